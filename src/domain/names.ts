/**
 * The one place names are folded for comparison and keying. Every stage that asks "is this the
 * same name?" (redaction, extraction, resolution, the writer's keys) folds with these, so "Sir Seán
 * O'Brien-Smith", "SEAN O’BRIEN-SMITH" and "Mr Sean OBrien-Smith" are one name everywhere.
 *
 * One exception is kept on purpose: `storedHashFold`, the older fold that pseudonym codes and
 * redacted-name hashes were made from. Those are HMACs stored in existing graphs; folding their
 * input differently would give every complainant a new pseudonym and forget every name redacted
 * before, so it stays byte for byte what it was (a unit test pins its output).
 */

/** Accents NFKD leaves as separate marks ("é" -> "e" + U+0301). */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Apostrophes and hyphens inside a name join its parts: O'Brien, O’Brien and OBrien are one name, as are Brien-Smith and Brien‐Smith. */
const JOINERS = /['’‘`\-‐‑–]/g;
/** Anything but a letter or digit separates words (spaces, dots, commas, brackets). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** How a text addresses or honours someone, not part of who they are. Judicial titles (Lord, Lady Justice) are roles, handled by redaction. */
export const NAME_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame']);

/** A name or word folded for comparison: no accents, lower case, apostrophes and hyphens joined, other punctuation a single space. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(JOINERS, '').replace(SEPARATORS, ' ').trim();
}

/** The folded words of a person's name, titles dropped ("Sir Seán O'Brien-Smith" -> ["sean", "obriensmith"]). */
export function nameWords(name: string): string[] {
  return foldName(name)
    .split(' ')
    .filter((w) => w && !NAME_TITLES.has(w));
}

/** The whole name as one key. */
export const nameKey = (name: string): string => nameWords(name).join(' ');

/** The surname's key: the last word of the name. */
export const surnameKey = (name: string): string => nameWords(name).at(-1) ?? '';

/** The first names' key, or null for a surname alone. */
export function firstNamesKey(name: string): string | null {
  const words = nameWords(name);
  return words.length > 1 ? words.slice(0, -1).join(' ') : null;
}

/** "The" in front of a body's name does not make another party. */
const LEADING_THE = /^the /;

/**
 * A judgment party's name as a key across rulings: "THE CHIEF CONSTABLE OF ESSEX POLICE" in one
 * caption and "The Chief Constable of Essex Police" in another are one party. Titles stay: a
 * party's name is as the caption gives it, and "Dr" may be the only thing telling two parties apart.
 */
export const partyNameKey = (name: string): string => foldName(name).replace(LEADING_THE, '');

/** Titles the stored-hash fold has always dropped (not "sir" or "dame": see the module comment). */
const STORED_HASH_TITLES = /\b(?:mr|mrs|ms|miss|dr|mx)\b\.?/g;
/** The stored-hash fold turns every run of non-letters (apostrophes and hyphens too) into one space. */
const STORED_HASH_NOT_LETTERS = /[^\p{L}]+/gu;

/**
 * The fold pseudonym codes and redacted-name hashes are made from. Frozen: see the module comment.
 * Not for comparing names; use `foldName`, `nameKey` or `surnameKey`.
 */
export function storedHashFold(name: string): string {
  return name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(STORED_HASH_TITLES, ' ').replace(STORED_HASH_NOT_LETTERS, ' ').trim();
}
