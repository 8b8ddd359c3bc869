/**
 * Findings a case study gives its allegations by order: "The meeting found misconduct on the first
 * allegation; the second was not proven." A review lists an officer's allegations in one sentence
 * and tells the findings in the next by "first" and "second", away from the Standards, so the
 * finding read beside each Standard is the wrong one; here each ordinal sets its own allegation.
 */
import type { AllegationFact } from '../../../src/domain/extraction.js';
import type { Finding } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ORDINAL = `(${ORDINALS.join('|')})`;

/** "found misconduct on the first allegation", "found gross misconduct in respect of the second charge". Groups: 1 gross, 2 ordinal. */
const FOUND_ON_NTH_RE = new RegExp(`\\bfound\\s+(gross\\s+)?misconduct\\s+(?:on|for|in\\s+respect\\s+of|in)\\s+the\\s+${ORDINAL}\\s+(?:allegation|charge)\\b`, 'gi');

/** "the second was not proven", "the third allegation was not made out". Group 1 ordinal. */
const NTH_NOT_PROVEN_RE = new RegExp(`\\bthe\\s+${ORDINAL}\\s+(?:(?:allegation|charge)\\s+)?(?:was|were)\\s+not\\s+(?:proven|proved|made\\s+out)\\b`, 'gi');

/** How far before the findings an officer's list of allegations may be. */
const LIST_CHARS = 600;

/** The allegations of the officer listed last before `at`, in text order. */
function listBefore(doc: DocText, allegations: readonly AllegationFact[], at: number): AllegationFact[] {
  const before = allegations
    .map((a) => ({ a, at: doc.offsetOf(a.source) }))
    .filter((x) => x.at < at && at - x.at <= LIST_CHARS)
    .sort((x, y) => x.at - y.at);
  const last = before[before.length - 1];
  if (!last) return [];
  return before.filter((x) => x.a.officerKey === last.a.officerKey).map((x) => x.a);
}

/** Sets the findings an ordinal names on the officer's allegations listed just before. */
export function ordinalFindings(doc: DocText, allegations: readonly AllegationFact[]): void {
  const set = (at: number, ordinal: string, finding: Finding) => {
    const target = listBefore(doc, allegations, at)[ORDINALS.indexOf(ordinal.toLowerCase())];
    if (target) target.finding = finding;
  };
  for (const m of doc.text.matchAll(FOUND_ON_NTH_RE)) set(m.index ?? 0, m[2] ?? '', m[1] ? 'gross_misconduct' : 'misconduct');
  for (const m of doc.text.matchAll(NTH_NOT_PROVEN_RE)) set(m.index ?? 0, m[1] ?? '', 'not_proven');
}
