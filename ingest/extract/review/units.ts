/**
 * The units a review's record keeps. A review's tables and prose name every unit it studied ("Dog
 * Support Unit 8 5 1"), but the units a reader looks up by are those of the officers it is about.
 * When it names officers in units, only their units stay; a review about units alone keeps them all.
 */
import type { OfficerFact, UnitFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { escapeRegex } from '../../../src/text/regex.js';

/** How far after an officer's mention their unit may be named ("Officer B, a constable in the X Unit"). */
const UNIT_AFTER_CHARS = 160;

/** A sentence end between the officer and a unit: the unit is another sentence's. */
const SENTENCE_END_RE = /[.;]\s/;

/** An abbreviation as printed ("TSG"): capitals only. */
const ABBREVIATION_RE = /^[A-Z]{2,6}$/;

/** Capital initials of a name's words ("Tactical Support Group" -> "TSG"). */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

/**
 * The unit named right after an officer's mention, in the same sentence, or null. An abbreviation
 * takes the full name the review spells out for it ("Tactical Support Group (TSG)"), which may not
 * be the national unit the same letters usually mean.
 */
export function reviewUnitFor(doc: DocText, o: OfficerFact, units: readonly UnitFact[]): string | null {
  const at = doc.offsetOf(o.source);
  const window = doc.text.slice(at, at + UNIT_AFTER_CHARS);
  const stop = window.search(SENTENCE_END_RE);
  const sentence = (stop < 0 ? window : window.slice(0, stop)).replace(/\s+/g, ' ');
  // A unit is kept where first named, so it is looked for by name in the officer's sentence.
  const named = units
    .map((u) => ({ u, index: sentence.search(new RegExp(`(?<![A-Za-z])${escapeRegex(u.name)}(?![A-Za-z])`)) }))
    .filter(({ index }) => index >= 0)
    .sort((a, b) => a.index - b.index)[0]?.u;
  if (!named) return null;
  if (!ABBREVIATION_RE.test(named.name)) return named.name;
  return units.find((u) => u !== named && initials(u.name) === named.name)?.name ?? named.name;
}

export function officersUnits(units: readonly UnitFact[], officers: readonly OfficerFact[]): UnitFact[] {
  const held = new Set(officers.map((o) => o.unit).filter((u): u is string => u !== null));
  if (!held.size) return [...units];
  return units.filter((u) => held.has(u.name));
}
