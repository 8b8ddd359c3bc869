/**
 * People a review's case summaries say were wronged, described but never named: the partners whose
 * records an officer looked up ("viewed reports concerning his former partner and her new
 * partner"), the colleague an officer demeaned ("made remarks to and about a female constable").
 * A review tells each case in a sentence or two, so the person is the object of the conduct's
 * preposition, and a second person joined by "and" is a second complainant.
 */
import type { ComplainantFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';

/** A partner by possessive: "his former partner", "her new partner", "their ex-wife". */
const PARTNER = '(?:his|her|their)\\s+(?:(?:former|new|ex-|estranged)\\s*)?(?:partner|wife|husband|girlfriend|boyfriend)';

/** Records or conduct about partners, one or two of them: groups 1 and 2. */
const PARTNERS_RE = new RegExp(
  `\\b(?:reports|records|information|details|messages|searches|checks)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:concerning|about|on|relating\\s+to|regarding)\\s+(${PARTNER})(?:\\s+and\\s+(${PARTNER}))?\\b`,
  'gi',
);

/** A colleague demeaned or targeted by remarks: "remarks to and about a female constable". */
const COLLEAGUE_RE =
  /\b(?:remarks|comments|messages|jokes|behaviour)\s+(?:(?:to\s+and\s+)?about|towards|directed\s+at|to)\s+(an?\s+(?:female|male|junior|young|probationary|student)\s+(?:constable|colleague|officer|sergeant|member\s+of\s+staff))\b/gi;

/** Words that describe the person a case concerns: "a vulnerable witness", "a 15-year-old girl". */
const PERSON_ADJECTIVES = ['vulnerable', 'young', 'elderly', 'older', 'female', 'male', 'junior', 'teenage', 'disabled', 'local', 'distressed', 'lone', 'pregnant'];

/**
 * People a case study describes without naming: members of the public an officer dealt with and
 * colleagues below them. Police ranks are left out but for trainees: "a constable" in a case
 * study is usually the officer it is about.
 */
const PERSON_NOUNS = [
  'trainee officer',
  'student officer',
  'trainee',
  'cadet',
  'member of the public',
  'shop worker',
  'shop assistant',
  'witness',
  'caller',
  'woman',
  'man',
  'girl',
  'boy',
  'child',
  'teenager',
  'neighbour',
  'colleague',
  'victim',
  'detainee',
  'prisoner',
  'motorist',
  'driver',
  'student',
  'resident',
  'customer',
];

const PERSON = `an?\\s+(?:(?:${PERSON_ADJECTIVES.join('|')}|\\d{1,2}-year-old)\\s+){0,2}(?:${PERSON_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|')})`;

/**
 * A described person an officer's conduct was aimed at or who acted in the case: their trait
 * mocked ("mocking a trainee officer's religion", "comments about a caller's accent"), or their
 * own act ("a disclosure made to her by a vulnerable witness", "filmed by a shop worker"). A bare
 * "about a colleague" or "towards a member of the public" is too often a review's general prose,
 * and "reported by a colleague" names a reporter, not someone the conduct was aimed at.
 * Group 1 the trait's owner, group 2 the actor.
 */
const DESCRIBED_PERSON_RE = new RegExp(
  `\\b(?:mocking|targeting|insulting|about|towards|at)\\s+(${PERSON})['’]s\\s|(?<!\\b(?:reported|referred|assessed|investigated|handled|dealt\\s+with|seen|told|interviewed|supervised|reviewed|examined|made|written|signed)\\s)\\bby\\s+(${PERSON})(?![A-Za-z'’-])`,
  'g',
);

/**
 * A complaint or report just before "by": "a complaint of rudeness made by a shopkeeper"
 * tallies an officer's record of complaints, which a review lists as history, not a case's conduct.
 */
const COMPLAINT_BEFORE_RE = /\b(?:complaints?|allegations?|reports?|referrals?)\b[^.;,]{0,30}$/i;

/** How far before "by" a complaint is looked for. */
const COMPLAINT_BEFORE_CHARS = 40;

/** A person noun standing alone in a description, for telling whether two descriptions are one. */
const PERSON_NOUN_RE = new RegExp(`\\b(?:${PERSON_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

/** The head of a description: "a woman he met on duty" and "a woman" are one person. */
const headWord = (reference: string) => (PERSON_NOUN_RE.exec(reference)?.[0] ?? reference.split(/\s+/).pop() ?? reference).toLowerCase().replace(/\s+/g, ' ');

/** `known` are the complainants found already; a description of the same kind of person is theirs. */
export function reviewVictims(doc: DocText, known: readonly string[] = []): ComplainantFact[] {
  const out: ComplainantFact[] = [];
  const add = (phrase: string | undefined, start: number) => {
    if (!phrase) return;
    const reference = phrase.replace(/\s+/g, ' ').replace(/^A\b/, 'a');
    if (out.some((c) => c.reference === reference)) return;
    if (known.some((k) => k.toLowerCase() === reference.toLowerCase())) return;
    out.push({ reference, pseudonym: false, source: doc.span(start, start + phrase.length) });
  };
  for (const m of doc.text.matchAll(PARTNERS_RE)) {
    const at = m.index ?? 0;
    add(m[1], at + m[0].indexOf(m[1] ?? ''));
    if (m[2]) add(m[2], at + m[0].lastIndexOf(m[2]));
  }
  for (const m of doc.text.matchAll(COLLEAGUE_RE)) add(m[1], (m.index ?? 0) + m[0].indexOf(m[1] ?? ''));
  // A person described in passing is one already found when a description has the same head word.
  const heads = new Set([...known, ...out.map((c) => c.reference)].map(headWord));
  for (const m of doc.text.matchAll(DESCRIBED_PERSON_RE)) {
    const phrase = m[1] ?? m[2] ?? '';
    const at = m.index ?? 0;
    if (m[2] && COMPLAINT_BEFORE_RE.test(doc.text.slice(Math.max(0, at - COMPLAINT_BEFORE_CHARS), at))) continue;
    const head = headWord(phrase);
    if (heads.has(head)) continue;
    heads.add(head);
    add(phrase, at + m[0].lastIndexOf(phrase));
  }
  return out;
}
