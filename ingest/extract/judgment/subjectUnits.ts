/**
 * The unit a judgment says its officer served in, in the words it uses to describe them: "Both
 * worked in the Criminal Justice and Custody Department", "an inspector who led the Harbour
 * Neighbourhood Team", "then a constable on the Eastgate response team". The general unit finder
 * keeps away from departments whose names sound like the courts' or the law's ("Criminal Justice"),
 * and from lower-case team names; a judgment's description of its officer is specific enough to
 * read them. Only the opening of the body is read: cited cases describe other officers.
 */
import type { UnitFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { RANK_SOURCE } from '../ranks.js';
import { ROLE_WORD_SOURCE } from '../roleWords.js';
import { bodyStart } from './body.js';

/** How far into the body the officer is described. */
const OPENING_CHARS = 8000;

/**
 * A unit's name: capitalised words ending in a unit word ("Criminal Justice and Custody
 * Department"), or a place and a lower-case kind of team ("Newport Central response team", "the
 * Brighton and Hove Response and Patrol team"), or the custody suite a custody officer works in
 * ("Eastgate custody suite"), which is their post, or a place's district ("the Kirklees district").
 */
const UNIT_SOURCE =
  "((?:[A-Z][A-Za-z'’-]+\\s+(?:(?:and|of|&)\\s+)?){1,5}(?:Unit|Command|Team|Department|Squad|Branch|Group|Hub)|(?:[A-Z][A-Za-z'’-]+\\s+(?:(?:and|of|&)\\s+)?){1,5}(?:(?:response|neighbourhood|investigation|custody|patrol)\\s+)?team|(?:[A-Z][A-Za-z'’-]+\\s+){1,3}custody\\s+suite|(?:[A-Z][A-Za-z'’-]+\\s+){1,2}(?:district|division|borough))\\b";

/**
 * Serving in a unit ("worked in the", "posted to the", "on duty at the"), leading it ("led the"), or
 * a rank in it ("a constable on the"), the rank maybe with its role ("a custody sergeant at the",
 * "the duty inspector for the").
 */
const SERVED_IN_RE = new RegExp(
  `\\b(?:(?:worked|served|working|serving|volunteered|volunteering|posted|stationed|based|attached|on\\s+duty)\\s+(?:in|to|on|with|at)|led|(?:a|an|the)\\s+(?:police\\s+|${ROLE_WORD_SOURCE}\\s+)?(?:${RANK_SOURCE}|officer)\\s+(?:in|on|with|at|for))\\s+the\\s+${UNIT_SOURCE}`,
  'g',
);

/**
 * The units the text describes its officer serving in. A judgment's opening only (`opening`), since
 * cited cases describe other officers; an outcome or notice describes no one else that way.
 */
export function subjectUnits(doc: DocText, opening = true): UnitFact[] {
  const start = opening ? bodyStart(doc.text) : 0;
  const read = doc.text.slice(start, opening ? start + OPENING_CHARS : undefined);
  const out: UnitFact[] = [];
  for (const m of read.matchAll(SERVED_IN_RE)) {
    const raw = m[1] ?? '';
    const name = raw.replace(/\s+/g, ' ').trim();
    if (out.some((u) => u.name === name)) continue;
    const at = start + (m.index ?? 0) + m[0].lastIndexOf(raw);
    out.push({ name, source: doc.span(at, at + raw.length), period: null });
  }
  return out;
}

/** The units found otherwise, with the officer's own units added where no found name holds them. */
export function withSubjectUnits(found: readonly UnitFact[], own: readonly UnitFact[]): UnitFact[] {
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const out = [...found];
  for (const u of own) {
    const k = fold(u.name);
    if (!out.some((f) => fold(f.name).includes(k) || k.includes(fold(f.name)))) out.push(u);
  }
  return out;
}
