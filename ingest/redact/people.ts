import { foldName } from '../../src/domain/names.js';
import type { NameMention } from './names.js';
import { isComplainantMention, publicRoleOf, type PublicRole } from './roles.js';

/** One person the document names, with every mention that was read as theirs. */
export interface Person {
  /** The fullest name written for them, without honorific ("Amara Okafor", or "Okafor" alone). */
  words: string[];
  role: PublicRole | null;
  complainant: boolean;
  /** A pseudonym found for one of their forms in earlier documents. */
  known: string | null;
  /** Named only by a first name given alone ("your son, Kyle"). */
  firstNameOnly?: boolean;
}

/** Lower-case letters: a name with any is written in mixed case. */
const HAS_LOWER = /\p{Ll}/u;
const surnameOf = (words: readonly string[]) => foldName(words[words.length - 1] ?? '');
const fullOf = (words: readonly string[]) => words.map(foldName).join(' ');

/**
 * Groups mentions into people: the same full name is one person; a surname alone ("Mrs Wood") is
 * the person of that surname when the document names one (several: each of them, so the surname is
 * redacted for all), else a person of its own. A public role said of any mention makes the person
 * public; a title-and-surname role ("Mr Hollis (Chair)") makes every person of that surname public
 * unless the document says one of them complained.
 */
export function groupPeople(text: string, mentions: readonly NameMention[], forcedPrivate: readonly string[][]): Person[] {
  const byFull = new Map<string, Person>();
  const add = (words: string[]) => {
    const k = fullOf(words);
    let p = byFull.get(k);
    if (!p) byFull.set(k, (p = { words, role: null, complainant: false, known: null }));
    // Running text's mixed case is the better spelling than a heading's capitals ("O'Connor", not "O'CONNOR").
    else if (HAS_LOWER.test(words.join('')) && !HAS_LOWER.test(p.words.join(''))) p.words = words;
    return p;
  };
  for (const words of forcedPrivate) add(words).complainant = true;
  const multi = mentions.filter((m) => m.words.length > 1);
  const single = mentions.filter((m) => m.words.length === 1);
  for (const m of multi) mark(text, add(m.words), m);
  for (const m of single) {
    // A first name given alone ("her son, Lewis") is nobody's surname, though an officer may bear it ("DC Mark Lewis").
    const same = m.firstNameOnly ? [] : [...byFull.values()].filter((p) => p.words.length > 1 && surnameOf(p.words) === surnameOf(m.words));
    for (const p of same.length ? same : [add(m.words)]) {
      mark(text, p, m, same.length > 1);
      if (m.firstNameOnly && !same.length) p.firstNameOnly = true;
    }
  }
  for (const p of byFull.values()) if (p.complainant) p.role = null;
  return [...byFull.values()];
}

/** A surname shared by several people gives none of them a role ("Mr Wood, counsel" and "Grace Wood"). */
function mark(text: string, p: Person, m: NameMention, ambiguous = false): void {
  const role = publicRoleOf(text, m);
  if (role && !ambiguous) p.role ??= role;
  if (isComplainantMention(text, m)) p.complainant = true;
}
