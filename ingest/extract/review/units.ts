/**
 * The units a review's record keeps. A review's tables and prose name every unit it studied ("Dog
 * Support Unit 8 5 1"), but the units a reader looks up by are those of the officers it is about.
 * When it names officers in units, only their units stay; a review about units alone keeps them all.
 */
import type { OfficerFact, UnitFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { escapeRegex } from '../../../src/text/regex.js';
import { RANK_SOURCE } from '../ranks.js';

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

/**
 * A case summary's heading gives the officer's unit in brackets after their rank and name: "Case 1
 * - PC Jo Bloggs (Peterborough Response)", "Former DS Ann Lee (Economic Crime Unit)". The bracket
 * ends the line, and holds capitalised words only (not "(retired)" or "(2024)"). Group 1 the unit.
 */
const HEADING_UNIT_RE = new RegExp(
  `(?:^|\\n)[^\\n]{0,40}?(?:[Ff]ormer\\s+)?(?:${RANK_SOURCE})\\.?\\s+(?:[A-Z][A-Za-z'’-]+\\s+){0,3}[A-Z][A-Za-z'’-]+\\s*\\(((?:[A-Z][A-Za-z'’-]+|and|of|&)(?:\\s+(?:[A-Z][A-Za-z'’-]+|and|of|&)){1,6})\\)[ \\t]*(?=\\n|$)` +
    // An anonymised officer's heading describes them in the bracket, rank then unit: "Officer J (a
    // detective constable, Huntingdon CID)", "Officer K (a police sergeant, Peterborough response)".
    `|(?:^|\\n)[^\\n]{0,60}?\\bOfficer\\s+[A-Z]\\d{0,3}\\s*\\(\\s*(?:an?\\s+)?(?:(?:former|retired|serving)\\s+)?(?:police\\s+)?(?:${RANK_SOURCE}),\\s*([A-Z][A-Za-z'’-]+(?:\\s+(?:[A-Z][A-Za-z'’-]+|and|of|&)){0,5}(?:\\s+(?:response|custody|neighbourhood|patrol)(?:\\s+team)?)?)\\s*\\)[ \\t]*(?=\\n|$)`,
  'g',
);

/** Units a review's case headings give their officers. */
export function caseHeadingUnits(doc: DocText): UnitFact[] {
  const out: UnitFact[] = [];
  for (const m of doc.text.matchAll(HEADING_UNIT_RE)) {
    const raw = m[1] ?? m[2] ?? '';
    const name = raw.replace(/\s+/g, ' ');
    if (out.some((u) => u.name === name)) continue;
    const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
    out.push({ name, source: doc.span(at, at + raw.length), period: null });
  }
  return out;
}
