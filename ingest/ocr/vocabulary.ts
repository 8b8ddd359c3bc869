import { RANKS, STANDARDS } from '../../src/domain/vocabulary.js';

/**
 * Words the extractors and the complainant finder key on. OCR misreads one letter of a word
 * often enough ("camplainant", "misconduet") that a single slip costs a fact or, worse, lets a
 * complainant's name through unredacted because the role before it was not recognised. The
 * words of the ranks and standards come from the domain vocabulary; the rest are the cues
 * of roles, findings, outcomes and headings.
 */
const CUE_WORDS = [
  'complainant',
  'complainants',
  'complained',
  'complaint',
  'claimant',
  'defendant',
  'appellant',
  'respondent',
  'victim',
  'detainee',
  'officer',
  'officers',
  'misconduct',
  'allegation',
  'allegations',
  'breached',
  'amounted',
  'proven',
  'dismissed',
  'dismissal',
  'without',
  'notice',
  'warning',
  'written',
  'barred',
  'hearing',
  'outcome',
  'findings',
  'tribunal',
  'appeals',
  'judgment',
  'judicial',
  'review',
  'neutral',
  'citation',
  'standards',
  'professional',
  'behaviour',
  'constabulary',
  'police',
  'decision',
];

/** Shorter words have too many neighbours one letter away ("panel", "pane", "paned") to correct safely. */
const MIN_LENGTH = 6;

const VOCABULARY: readonly string[] = [
  ...new Set([...CUE_WORDS, ...[...RANKS, ...STANDARDS].flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))].filter((w) => w.length >= MIN_LENGTH)),
];
const KNOWN = new Set(VOCABULARY);

/** Edit distance of at most one (a letter changed, added or lost), without building the table. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The word in the case pattern of what OCR read: "CAMPLAINANT" -> "COMPLAINANT", "Camplainant" -> "Complainant". */
function inCaseOf(read: string, word: string): string {
  if (read === read.toUpperCase()) return word.toUpperCase();
  if (read[0] === read[0]?.toUpperCase()) return word[0]?.toUpperCase() + word.slice(1);
  return word;
}

/** Runs of letters: the words OCR read, without the punctuation stuck to them. */
const WORD_RE = /\p{L}+/gu;

/**
 * Words that differ only in their last letter are usually two forms of one word ("hearings",
 * "breaches", "officer"/"offices"), not a misreading: they are left alone.
 */
function otherForm(a: string, b: string): boolean {
  return a.slice(0, -1) === b.slice(0, -1) || a === b.slice(0, -1) || b === a.slice(0, -1);
}

/**
 * A word one letter away from exactly one vocabulary word, and not itself one or another form of
 * one, is taken to be that word misread. Two candidates leave it as read.
 */
export function correctOcrWords(text: string): string {
  return text.replace(WORD_RE, (read) => {
    const lower = read.toLowerCase();
    if (lower.length < MIN_LENGTH - 1 || KNOWN.has(lower)) return read;
    const near = VOCABULARY.filter((w) => oneEditApart(lower, w));
    if (near.some((w) => otherForm(lower, w))) return read;
    return near.length === 1 ? inCaseOf(read, near[0] as string) : read;
  });
}
