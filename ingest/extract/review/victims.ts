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

export function reviewVictims(doc: DocText): ComplainantFact[] {
  const out: ComplainantFact[] = [];
  const add = (phrase: string | undefined, start: number) => {
    if (!phrase) return;
    const reference = phrase.replace(/\s+/g, ' ').replace(/^A\b/, 'a');
    if (out.some((c) => c.reference === reference)) return;
    out.push({ reference, pseudonym: false, source: doc.span(start, start + phrase.length) });
  };
  for (const m of doc.text.matchAll(PARTNERS_RE)) {
    const at = m.index ?? 0;
    add(m[1], at + m[0].indexOf(m[1] ?? ''));
    if (m[2]) add(m[2], at + m[0].lastIndexOf(m[2]));
  }
  for (const m of doc.text.matchAll(COLLEAGUE_RE)) add(m[1], (m.index ?? 0) + m[0].indexOf(m[1] ?? ''));
  return out;
}
