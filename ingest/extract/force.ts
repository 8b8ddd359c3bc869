import { FORCES, PLACE_TITLES } from '../../src/domain/forces.js';
import type { DocText } from '../text.js';
import { escapeRegex, squash } from './names.js';

/** Place names' words, any spacing between them, "&" for "and" ("DEVON & CORNWALL POLICE"), a hyphen or a space ("Dyfed Powys"). */
const esc = (s: string) =>
  escapeRegex(s)
    .split(' ')
    .map((w) => (w === 'and' ? '(?:and|&)' : w.replace(/\\?-/g, '[-\\s]')))
    .join('\\s+');
/** "&" in a matched place, read as "and" to look the force up. */
const AMPERSAND = /\s*&\s*/g;

/** Every place word(s) with the force name it gives: a former place gives the former name. */
const PLACES: readonly (readonly [string, string])[] = FORCES.flatMap((f) => [
  [f.place, f.name] as const,
  ...(f.formerNames ?? []).filter((n) => n.place).map((n) => [n.place!, n.name] as const),
]);
/** Aliases and former full names, each with the name it gives. */
const ALIASES = new Map<string, string>(
  FORCES.flatMap((f) => [...(f.aliases ?? []).map((a) => [a, f.name] as const), ...(f.formerNames ?? []).map((n) => [n.name, n.name] as const)]),
);
/** Lookup keys: lower case, single spaces, "and" for "&", hyphens as spaces. */
const foldKey = (s: string) => squash(s).replace(AMPERSAND, ' and ').replace(/-/g, ' ').toLowerCase();
const BY_PLACE = new Map(PLACES.map(([p, n]) => [foldKey(p), n]));
const BY_ALIAS = new Map([...ALIASES].map(([a, n]) => [foldKey(a), n]));

/**
 * Any force name: "<Place> Police|Constabulary|Police Service", an office and its place ("Chief
 * Constable of <Place>", "Police and Crime Commissioner for <Place>": judgments name only the place), or an alias. Case-insensitive because
 * court headers and notices are often in capitals; longest places first so "West Midlands" beats
 * "Midlands"-like prefixes.
 */
const FORCE_PATTERN = (() => {
  const places = PLACES.map(([p]) => p)
    .sort((a, b) => b.length - a.length)
    .map(esc);
  const aliases = [...ALIASES.keys()].sort((a, b) => b.length - a.length).map(esc);
  const titles = PLACE_TITLES.map(esc).join('|');
  return new RegExp(
    `\\b(?:(${places.join('|')})\\s+(?:Police(?:\\s+Service)?|Constabulary)\\b|(?:${titles})\\s+(${places.join('|')})\\b|(${aliases.join('|')})(?![A-Za-z]))`,
    'gi',
  );
})();

/** "Police Federation", "Police Appeals Tribunal", "Police (Conduct) Regulations": national bodies and law. */
const NOT_A_FORCE_AFTER = /^\s+(?:Federation|Appeals?|Conduct|Regulations|Act|Chiefs)/i;
/** A force abbreviation ("MPS", "GMP", "PSNI"). */
const ABBREVIATION = /^[A-Z]{3,4}$/;
/** Mentions of a force that are not about the subject's force (the national bodies share words). */
const NOT_A_FORCE_CONTEXT = /(?:Federation|Appeals|Conduct|College|Chiefs|Reform|Regulations|Act)\s*$/i;

function forceFor(place: string | undefined, alias: string | undefined): string | null {
  if (place) return BY_PLACE.get(foldKey(place)) ?? null;
  return alias ? (BY_ALIAS.get(foldKey(alias)) ?? null) : null;
}

export interface ForceMention {
  force: string;
  start: number;
  end: number;
}

/** Every force mention, in order. */
export function findForces(doc: DocText): ForceMention[] {
  return forcesIn(doc.text);
}

/** The force a short text (a party's name) names, if any. */
export function forceNamedIn(text: string): string | null {
  return forcesIn(text)[0]?.force ?? null;
}

function forcesIn(text: string): ForceMention[] {
  const out: ForceMention[] = [];
  for (const m of text.matchAll(FORCE_PATTERN)) {
    const at = m.index ?? 0;
    // Capital abbreviations ("MPS", "GMP") only count in capitals; inside prose they are other words.
    if (m[3] && ABBREVIATION.test(m[3].toUpperCase()) && m[3] !== m[3].toUpperCase()) continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 20);
    if (NOT_A_FORCE_AFTER.test(after)) continue;
    if (NOT_A_FORCE_CONTEXT.test(text.slice(Math.max(0, at - 20), at))) continue;
    const force = forceFor(m[1] ?? m[2], m[3]);
    if (force) out.push({ force, start: at, end: at + m[0].length });
  }
  return out;
}

/**
 * The force the proceedings belong to: the most mentioned one, mentions in the opening 1,500
 * characters (header, title, caption) counting double; ties go to the earliest.
 */
export function extractForce(doc: DocText, mentions = findForces(doc)): ForceMention | null {
  const score = new Map<string, { n: number; first: ForceMention }>();
  for (const m of mentions) {
    const s = score.get(m.force) ?? { n: 0, first: m };
    s.n += m.start < 1500 ? 2 : 1;
    score.set(m.force, s);
  }
  let best: { n: number; first: ForceMention } | null = null;
  for (const s of score.values()) if (!best || s.n > best.n || (s.n === best.n && s.first.start < best.first.start)) best = s;
  return best?.first ?? null;
}
