/**
 * Units and forces a review writes about, wherever they are named: by full name ("the
 * Parliamentary and Diplomatic Protection Command"), by an abbreviation the review defines or
 * the service uses ("PaDP", "MO19"), or by a force's name or short form ("the Met"). Findings and
 * recommendations hang off these names, so one unit gets one canonical name whichever form the
 * text uses.
 */
import { canonicalUnit, KNOWN_UNIT_ABBREVIATIONS, KNOWN_UNIT_NAMES } from '../../../src/domain/units.js';
import type { DocText } from '../../text.js';
import { findForces } from '../force.js';
import { escapeRegex, squash } from '../names.js';

/**
 * A capitalised name ending in a unit word, on one line: "Central West Basic Command Unit",
 * "Serious and Organised Crime Unit", "Roads Policing Unit". Up to six words, joined by spaces or
 * "and"/"of"; each word is a bounded token, so matching is linear.
 */
const UNIT_NAME_RE = /\b((?:[A-Z][A-Za-z'’-]+[ \t]+(?:(?:and|of|&)[ \t]+)?){1,6}(?:Command|Unit|Group|Team|Squad|Directorate|Division|Branch|Department|Hub))\b/g;

/** An abbreviation defined in brackets straight after a name: "... Command (PaDP)". */
const DEFINED_ABBREVIATION_RE = /^\s*\(\s*(?:the\s+)?["“]?([A-Z][A-Za-z0-9]{1,7})["”]?\s*\)/;

/**
 * Bodies with a unit word in their name that are not police units: the review's own team, the
 * IOPC and inspectorate, courts and government departments, committees and projects.
 */
const NOT_A_UNIT_RE =
  /\b(?:review|inspection|inspectorate|research|project|working|steering|advisory|college|court|government|home office|ministry|independent|parliament|committee|board|national|justice|health|prosecution|chapter|table|figure)\b/i;

/** Sentence openers and determiners that the name pattern takes in front of a name. */
const LEADING_NOISE_RE = /^(?:(?:The|A|An|In|Of|At|Both|Each|Every|Its|Their|His|Her|Our|This|That|But|And|Whereas|While|When|Within|Across|Officers|Members)\s+)+/;

/** A surname-like head ("Carrick's Team") or single word is too vague to be a unit. */
const MIN_UNIT_WORDS = 2;

export interface SubjectMention {
  type: 'unit' | 'force';
  /** Canonical name: the known unit's name, the name as defined in the review, or the force's full name. */
  name: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
}

const words = (s: string) => escapeRegex(s).split(' ').join('\\s+');

/**
 * The known full names (src/domain/units.ts, which also gives each its canonical name), longest
 * first, in any case and across line breaks; names that end in no unit word, older names.
 */
const KNOWN_FULL_RE = new RegExp(
  `(?<![A-Za-z])(?:${[...KNOWN_UNIT_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(words)
    .join('|')})(?![A-Za-z])`,
  'gi',
);

/** The known abbreviations, exactly as written ("PaDP", not "padp" inside a word): case-sensitive. */
const KNOWN_ABBR_RE = new RegExp(`(?<![A-Za-z0-9])(?:${KNOWN_UNIT_ABBREVIATIONS.map(escapeRegex).join('|')})(?![A-Za-z0-9])`, 'g');

const KNOWN_KEYS = new Set([...KNOWN_UNIT_NAMES, ...KNOWN_UNIT_ABBREVIATIONS].map((n) => n.toLowerCase()));

/** The canonical name of a known unit, or null for a name this module does not know. */
function knownName(text: string): string | null {
  const name = squash(text);
  return KNOWN_KEYS.has(name.toLowerCase()) ? canonicalUnit(name) : null;
}

/**
 * Every unit and force named in the document, in order. Abbreviations the review defines ("the
 * Serious Crime Unit (SCU)") are learnt on the way and found wherever they recur.
 */
export function findSubjects(doc: DocText, force: string | null): SubjectMention[] {
  const text = doc.text;
  const out: SubjectMention[] = [];
  const defined = new Map<string, string>();
  // Characters already taken by a mention: the first pattern to claim words keeps them.
  const taken = new Uint8Array(text.length);
  const add = (m: SubjectMention) => {
    if (taken.subarray(m.start, m.end).includes(1)) return;
    taken.fill(1, m.start, m.end);
    out.push(m);
  };

  for (const m of [...text.matchAll(KNOWN_FULL_RE), ...text.matchAll(KNOWN_ABBR_RE)]) {
    const raw = m[0];
    const name = knownName(raw);
    if (name) add({ type: 'unit', name, text: squash(raw), start: m.index ?? 0, end: (m.index ?? 0) + raw.length });
  }
  for (const m of text.matchAll(UNIT_NAME_RE)) {
    const raw = m[1] ?? '';
    const noise = LEADING_NOISE_RE.exec(raw)?.[0] ?? '';
    const name = squash(raw.slice(noise.length));
    const start = (m.index ?? 0) + noise.length;
    const end = (m.index ?? 0) + raw.length;
    if (name.split(' ').length < MIN_UNIT_WORDS || NOT_A_UNIT_RE.test(name)) continue;
    const canonical = canonicalUnit(name);
    add({ type: 'unit', name: canonical, text: name, start, end });
    const abbr = DEFINED_ABBREVIATION_RE.exec(text.slice(end, end + 20));
    if (abbr?.[1] && !knownName(abbr[1])) defined.set(abbr[1], canonical);
  }
  if (defined.size) {
    const re = new RegExp(`(?<![A-Za-z0-9])(${[...defined.keys()].map(escapeRegex).join('|')})(?![A-Za-z0-9])`, 'g');
    for (const m of text.matchAll(re)) {
      const abbr = m[1] ?? '';
      add({ type: 'unit', name: defined.get(abbr) ?? abbr, text: abbr, start: m.index ?? 0, end: (m.index ?? 0) + abbr.length });
    }
  }
  for (const f of findForces(doc)) {
    add({ type: 'force', name: f.force, text: squash(text.slice(f.start, f.end)), start: f.start, end: f.end });
  }
  // "the force" stands for the force the review is about.
  if (force) {
    for (const m of text.matchAll(THE_FORCE_RE)) add({ type: 'force', name: force, text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "the force" / "The Force" / "this force": the review's own force, by reference. */
const THE_FORCE_RE = /\b(?:[Tt]he|[Tt]his)\s+force\b(?!\s+(?:of|used|was\s+used))/g;

/** Subjects whose mention lies in [start, end). */
export function subjectsIn(subjects: readonly SubjectMention[], start: number, end: number): SubjectMention[] {
  let lo = 0;
  let hi = subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((subjects[mid] as SubjectMention).start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: SubjectMention[] = [];
  for (let i = lo; i < subjects.length && (subjects[i] as SubjectMention).start < end; i++) out.push(subjects[i] as SubjectMention);
  return out;
}

/** Unit names in a short text (a heading, a recommendation), canonical, without repeats. */
export function unitsNamedIn(subjects: readonly SubjectMention[], start: number, end: number): string[] {
  return [
    ...new Set(
      subjectsIn(subjects, start, end)
        .filter((s) => s.type === 'unit')
        .map((s) => s.name),
    ),
  ];
}
