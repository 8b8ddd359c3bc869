/**
 * A judgment's party who is the complainant, or speaks for one: a member of the public who
 * challenges the IOPC's or a force's handling of their complaint, or the relative of someone who
 * died. Privacy has already replaced their name, so the record refers to them by the role the
 * judgment gives them ("the claimant"), which is how a reader of the judgment knows them too.
 */
import type { ComplainantFact, PartyFact } from '../../../src/domain/extraction.js';
import { foldName } from '../../../src/domain/names.js';
import type { PartyRole } from '../../../src/domain/vocabulary.js';
import { RANK_SOURCE } from '../ranks.js';
import type { DocText } from '../../text.js';
import { bodyStart } from './body.js';

/** How far into the body a party is introduced; later mentions describe, they do not introduce. */
const OPENING_CHARS = 8000;

/**
 * "The appellant made a complaint", "the claimant is the mother of ...", "the applicant, the
 * complainant in the misconduct proceedings", "the appellant complained that the Interested Party
 * used force", "The claimant complained." (ending its sentence), "complained to the IOPC".
 * "Complained that/of" is left out (a chief constable claimant "complains" of a tribunal's error):
 * it counts only about an officer. So is victimhood: an officer party can be assaulted.
 */
const COMPLAINANT_PARTY_RE =
  /\b[Tt]he\s+(claimant|appellant|applicant)\b[^.]{0,80}?\b(?:made\s+(?:a|the)\s+complaint|complained(?=\s*[.;])|complained\s+to\s+(?:the\s+)?(?:IOPC|IPCC|Independent\s+Office|force|police|[A-Z][a-z]+\s+(?:Police|Constabulary)|Professional\s+Standards)|(?:is|was)\s+(?:the|a|an)\s+(?:[a-z]+\s+){0,2}(?:complainant|sister|brother|mother|father|son|daughter|widow|widower|husband|wife|partner|parent|relative)|,\s+(?:the|a)\s+complainant|complained\s+(?:to\s+[^.]{0,40}?\s+)?(?:that|about|of)\s+(?:the\s+(?:Interested\s+Party|officer|constable|sergeant)|(?:PC|PS|DC|DS|Sgt|Constable|Sergeant|Inspector)\s|an?\s+(?:police\s+)?officer))\b/g;

export function complainantParties(doc: DocText): ComplainantFact[] {
  const start = bodyStart(doc.text);
  const opening = doc.text.slice(start, start + OPENING_CHARS);
  const seen = new Set<string>();
  const out: ComplainantFact[] = [];
  for (const m of opening.matchAll(COMPLAINANT_PARTY_RE)) {
    const reference = `the ${m[1]!.toLowerCase()}`;
    if (seen.has(reference)) continue;
    seen.add(reference);
    const at = start + (m.index ?? 0);
    out.push({ reference, pseudonym: false, source: doc.span(at, at + m[0].length) });
  }
  return out;
}

/** A party that is an office or a body, not a private person. */
const OFFICE_PARTY =
  /\b(?:Chief\s+Constable|Commissioner|Director|Secretary\s+of\s+State|Office|Commission|Police|Constabulary|Panel|Tribunal|Authority|Council|Service|Chair|Ministry|Crown|King|Queen|Rex|Regina)\b/i;
/** The head of a force or body, party by office ("The Chief Constable of X", "Director General of the IOPC"). */
const HEAD_OF_BODY = /\b(?:Chief\s+Constable|Commissioner|Director|Secretary|College|Council|Commission|Office|Panel|Tribunal)\b/i;
/** A rank in a party's name: an officer, not a member of the public. */
const RANK_IN_PARTY = new RegExp(`(?:^|\\s)(?:${RANK_SOURCE})\\.?\\s`);
/** An anonymised officer party ("Officer W80", "Officer B"). */
const OFFICER_LABEL = /\bOfficer\s+(?:[A-Z]{1,2}\d{0,4}|\d{1,4})\b/;
const BRINGS: ReadonlySet<PartyRole> = new Set(['claimant', 'appellant']);

/**
 * The structure of a judicial review brought by a complainant: a private person brings it and the
 * officer whose conduct they complained of is the Interested Party ("R (on the application of Jo
 * Bloggs) v Police Misconduct Panel, PC Ann Lee Interested Party"). An officer challenging their
 * own case brings it against the force, which is then the interested party, if any.
 */
export function claimantAgainstOfficer(parties: readonly PartyFact[], officerSurnames: ReadonlySet<string>): ComplainantFact | null {
  // "Police Sergeant Ines Kowal" names an officer; "The Commissioner of Police of the Metropolis" an office.
  const isOfficer = (p: PartyFact) =>
    !HEAD_OF_BODY.test(p.name) &&
    (RANK_IN_PARTY.test(` ${p.name} `) || OFFICER_LABEL.test(p.name) || (!OFFICE_PARTY.test(p.name) && officerSurnames.has(foldName(p.name.split(/\s+/).pop() ?? ''))));
  const officerParty = parties.some((p) => p.role === 'interested_party' && isOfficer(p));
  const bringer = parties.find((p) => BRINGS.has(p.role));
  if (!officerParty || !bringer || OFFICE_PARTY.test(bringer.name) || isOfficer(bringer)) return null;
  return { reference: `the ${bringer.role}`, pseudonym: false, source: bringer.source };
}
