import type { OfficerFact, PartyFact } from '../../src/domain/extraction.js';
import type { DocText } from '../text.js';
import { escapeRegex, squash, titleCase } from './names.js';
import { RANK_SOURCE, normaliseRank } from './ranks.js';

/**
 * A judgment that never gives its officer a rank before the name still describes the party:
 * "The claimant, a former police constable of Cumbria Constabulary", "The appellant is a serving
 * police sergeant", "The appellant was a police constable" (past tense: no longer serving). The party's caption name is then the officer under review.
 */
const PARTY_DESCRIBED = new RegExp(
  `\\b[Tt]he\\s+(claimant|appellant|applicant|interested party)\\s*,?\\s+(?:(is|was)\\s+)?(?:a|an)\\s+(?:(former|retired|serving)\\s+)?(?:police\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
  'g',
);
/** A caption party that is an office or a body, not a person: it cannot be the officer. */
const INSTITUTION = /\b(?:chief|commissioner|police|panel|tribunal|office|authority|council|secretary|director|king|queen|constabulary)\b/i;

/**
 * The officer a judgment is about when the officer extractor found none named with a rank: the
 * person party the judgment describes as a police officer.
 */
export function officerFromParties(doc: DocText, parties: readonly PartyFact[]): OfficerFact | null {
  for (const m of doc.text.matchAll(PARTY_DESCRIBED)) {
    const role = (m[1] ?? '').toLowerCase().replace(' ', '_');
    const party = parties.find((p) => p.role === role && !INSTITUTION.test(p.name));
    const rank = normaliseRank(m[4] ?? '');
    if (!party || !rank) continue;
    const name = titleCase(squash(party.name));
    // Point at the name where it appears in the caption, so the mention quotes the person.
    const at = new RegExp(escapeRegex(party.name).replace(/ /g, '\\s+'), 'i').exec(doc.text);
    const start = at?.index ?? m.index ?? 0;
    const end = at ? start + at[0].length : start + m[0].length;
    return {
      key: 'o1',
      name,
      label: null,
      rank,
      rankText: m[4] ?? null,
      warrantNumber: null,
      // "was a police constable": the judgment speaks of service that has ended.
      former: m[3] ? /former|retired/i.test(m[3]) : m[2] === 'was' ? true : null,
      force: null,
      unit: null,
      source: doc.span(start, end),
    };
  }
  return null;
}
