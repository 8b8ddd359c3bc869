/**
 * A party the caption leaves out. A one-line title ("R (on the application of the Chief Constable
 * of X) v Police Appeals Tribunal") names the claimant and the defendant only, yet the officer whose
 * case it is takes part as the interested party; the judgment then introduces them by role and
 * name in its opening ("The interested party, Jo Bloggs, holds the rank of ..."). That name is the
 * party's as much as a caption's would be.
 */
import type { PartyFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { bodyStart } from './body.js';
import { oneLine } from './names.js';

/** Parties are introduced at the start of a judgment; later appositions name witnesses and cases. */
const OPENING_CHARS = 3000;

/**
 * "The interested party, Jo Anne Bloggs," / "The Interested Party, Police Sergeant Jo Bloggs,": the
 * role, then a name of capitalised words closed by a comma (a body, "the Chief Constable of X",
 * has a lower-case word and never closes so). Group 1 the name; the run is bounded, so it is linear.
 */
const INTRODUCED_IP_RE = /\b[Tt]he\s+(?:[Ff]irst\s+|[Ss]econd\s+)?[Ii]nterested\s+[Pp]arty\s*,\s+((?:[A-Z][A-Za-z'’-]+\s+){1,4}[A-Z][A-Za-z'’-]+)\s*,/;

/** The caption's parties, with an interested party the opening introduces when the caption has none. */
export function withOpeningParties(doc: DocText, parties: readonly PartyFact[]): PartyFact[] {
  if (!parties.length || parties.some((p) => p.role === 'interested_party')) return [...parties];
  const start = bodyStart(doc.text);
  const m = INTRODUCED_IP_RE.exec(doc.text.slice(start, start + OPENING_CHARS));
  if (!m) return [...parties];
  const at = start + m.index + m[0].indexOf(m[1]!);
  return [...parties, { name: oneLine(m[1]!), role: 'interested_party', source: doc.span(at, at + m[1]!.length) }];
}
