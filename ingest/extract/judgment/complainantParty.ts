/**
 * A judgment's party who is the complainant, or speaks for one: a member of the public who
 * challenges the IOPC's or a force's handling of their complaint, or the relative of someone who
 * died. Privacy has already replaced their name, so the record refers to them by the role the
 * judgment gives them ("the claimant"), which is how a reader of the judgment knows them too.
 */
import type { ComplainantFact, PartyFact } from '../../../src/domain/extraction.js';
import type { PartyRole } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';
import { bodyStart } from './body.js';
import { CIPHER } from './names.js';
import { personOf, type PersonParty } from './subject.js';

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

const BRINGS: ReadonlySet<PartyRole> = new Set(['claimant', 'appellant']);
/** A label that anonymises an officer ("Officer W80"), unlike a court's cipher for a private claimant ("QRT"). */
const OFFICER_LABEL = /^Officer\b/;

/**
 * The structure of a judicial review brought by a complainant: a private person brings it and the
 * officer whose conduct they complained of is the Interested Party ("R (on the application of Jo
 * Bloggs) v Police Misconduct Panel, PC Ann Lee Interested Party"). An officer challenging their
 * own case brings it against the force, which is then the interested party, if any.
 */
export function claimantAgainstOfficer(parties: readonly PartyFact[], officerSurnames: ReadonlySet<string>): ComplainantFact | null {
  // The caption's own reading of a party (subject.ts): a person or a body, with any rank or label it prints.
  const isOfficer = (p: PersonParty | null) => p !== null && (p.rank !== null || OFFICER_LABEL.test(p.label ?? '') || officerSurnames.has(p.surname));
  const officerParty = parties.some((p) => p.role === 'interested_party' && isOfficer(personOf(p)));
  const bringer = parties.find((p) => BRINGS.has(p.role));
  const person = bringer ? personOf(bringer) : null;
  if (!officerParty || !bringer || !person || isOfficer(person)) return null;
  return { reference: `the ${bringer.role}`, pseudonym: false, source: bringer.source };
}

/** A complainant referred to by their party role ("the claimant", "the applicant"); group 1 the role. */
const ROLE_REFERENCE_RE = /^the\s+(claimant|appellant|applicant)$/i;

/** "The applicant" is the claimant of an application for judicial review. */
const roleOfReference = (word: string): PartyRole => (word.toLowerCase() === 'appellant' ? 'appellant' : 'claimant');

/**
 * A complainant party the caption names by a court's cipher ("R (on the application of KWT)") is
 * referred to by that cipher: it is the court's own name for them, chosen so that no real name is
 * printed, and it is how the judgment and any report of it know them, where "the claimant" is
 * merely their role in this one case.
 */
export function withPartyCiphers(found: readonly ComplainantFact[], parties: readonly PartyFact[]): ComplainantFact[] {
  const out: ComplainantFact[] = [];
  for (const c of found) {
    const role = ROLE_REFERENCE_RE.exec(c.reference)?.[1];
    const holders = role ? parties.filter((p) => p.role === roleOfReference(role)) : [];
    const label = holders.length === 1 ? personOf(holders[0]!)?.label : null;
    const reference = label && CIPHER.test(label) ? label : c.reference;
    if (!out.some((o) => o.reference.toLowerCase() === reference.toLowerCase())) out.push({ ...c, reference });
  }
  return out;
}
