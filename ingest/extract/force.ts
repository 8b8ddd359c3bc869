import type { DocText } from '../text.js';
import { escapeRegex, squash } from './names.js';

/**
 * Territorial and special forces of the UK by canonical full name, with the other ways texts name
 * them. "Place Police" and "Place Constabulary" are both accepted for every force by FORCE_PATTERN,
 * so aliases are only needed for short forms ("the Met", "GMP") and the Metropolis.
 */
const FORCES: readonly { name: string; place: string; aliases?: string[] }[] = [
  { name: 'Metropolitan Police Service', place: 'Metropolitan', aliases: ['the Met', "Met's", 'Met Police', 'Police of the Metropolis', 'Police for the Metropolis', 'MPS'] },
  { name: 'City of London Police', place: 'City of London' },
  { name: 'Avon and Somerset Constabulary', place: 'Avon and Somerset' },
  { name: 'Bedfordshire Police', place: 'Bedfordshire' },
  { name: 'Cambridgeshire Constabulary', place: 'Cambridgeshire' },
  { name: 'Cheshire Constabulary', place: 'Cheshire' },
  { name: 'Cleveland Police', place: 'Cleveland' },
  { name: 'Cumbria Constabulary', place: 'Cumbria' },
  { name: 'Derbyshire Constabulary', place: 'Derbyshire' },
  { name: 'Devon and Cornwall Police', place: 'Devon and Cornwall' },
  { name: 'Dorset Police', place: 'Dorset' },
  { name: 'Durham Constabulary', place: 'Durham' },
  { name: 'Dyfed-Powys Police', place: 'Dyfed-Powys' },
  { name: 'Essex Police', place: 'Essex' },
  { name: 'Gloucestershire Constabulary', place: 'Gloucestershire' },
  { name: 'Greater Manchester Police', place: 'Greater Manchester', aliases: ['GMP'] },
  { name: 'Gwent Police', place: 'Gwent' },
  { name: 'Hampshire and Isle of Wight Constabulary', place: 'Hampshire and Isle of Wight', aliases: ['Hampshire Constabulary', 'Hampshire Police'] },
  { name: 'Hertfordshire Constabulary', place: 'Hertfordshire' },
  { name: 'Humberside Police', place: 'Humberside' },
  { name: 'Kent Police', place: 'Kent' },
  { name: 'Lancashire Constabulary', place: 'Lancashire' },
  { name: 'Leicestershire Police', place: 'Leicestershire' },
  { name: 'Lincolnshire Police', place: 'Lincolnshire' },
  { name: 'Merseyside Police', place: 'Merseyside' },
  { name: 'Norfolk Constabulary', place: 'Norfolk' },
  { name: 'North Wales Police', place: 'North Wales' },
  { name: 'North Yorkshire Police', place: 'North Yorkshire' },
  { name: 'Northamptonshire Police', place: 'Northamptonshire' },
  { name: 'Northumbria Police', place: 'Northumbria' },
  { name: 'Nottinghamshire Police', place: 'Nottinghamshire' },
  { name: 'South Wales Police', place: 'South Wales' },
  { name: 'South Yorkshire Police', place: 'South Yorkshire' },
  { name: 'Staffordshire Police', place: 'Staffordshire' },
  { name: 'Suffolk Constabulary', place: 'Suffolk' },
  { name: 'Surrey Police', place: 'Surrey' },
  { name: 'Sussex Police', place: 'Sussex' },
  { name: 'Thames Valley Police', place: 'Thames Valley' },
  { name: 'Warwickshire Police', place: 'Warwickshire' },
  { name: 'West Mercia Police', place: 'West Mercia' },
  { name: 'West Midlands Police', place: 'West Midlands' },
  { name: 'West Yorkshire Police', place: 'West Yorkshire' },
  { name: 'Wiltshire Police', place: 'Wiltshire' },
  { name: 'British Transport Police', place: 'British Transport' },
  { name: 'Civil Nuclear Constabulary', place: 'Civil Nuclear' },
  { name: 'Ministry of Defence Police', place: 'Ministry of Defence' },
  { name: 'Police Scotland', place: 'Scotland', aliases: ['Police Scotland'] },
  { name: 'Police Service of Northern Ireland', place: 'Northern Ireland', aliases: ['PSNI'] },
];

/** Place names' words, any spacing between them, and "&" for "and" ("DEVON & CORNWALL POLICE"). */
const esc = (s: string) =>
  escapeRegex(s)
    .split(' ')
    .map((w) => (w === 'and' ? '(?:and|&)' : w))
    .join('\\s+');
/** "&" in a matched place, read as "and" to look the force up. */
const AMPERSAND = /\s*&\s*/g;

/**
 * Any force name: "<Place> Police|Constabulary|Police Service", "Chief Constable of <Place>" (the
 * appropriate authority in judgments names only the place), or an alias. Case-insensitive because
 * court headers and notices are often in capitals; longest places first so "West Midlands" beats
 * "Midlands"-like prefixes.
 */
const FORCE_PATTERN = (() => {
  const places = [...FORCES].sort((a, b) => b.place.length - a.place.length).map((f) => esc(f.place));
  const aliases = FORCES.flatMap((f) => f.aliases ?? []).sort((a, b) => b.length - a.length).map(esc);
  return new RegExp(
    `\\b(?:(${places.join('|')})\\s+(?:Police(?:\\s+Service)?|Constabulary)\\b|Chief\\s+Constable\\s+of\\s+(${places.join('|')})\\b|(${aliases.join('|')})(?![A-Za-z]))`,
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
  const key = squash(place ?? alias ?? '').replace(AMPERSAND, ' and ').toLowerCase();
  for (const f of FORCES) {
    if (f.place.toLowerCase() === key) return f.name;
    if (f.aliases?.some((a) => a.toLowerCase() === key)) return f.name;
  }
  return null;
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
