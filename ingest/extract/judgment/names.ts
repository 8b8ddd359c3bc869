/** Tidying text read from a heading: one line, ordinary case for names printed in capitals. */

/** Any run of whitespace: pdf text breaks lines anywhere, and stored facts read as one line. */
const WHITESPACE_RUN_RE = /\s+/g;

/** `s` on one line with single spaces. */
export function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN_RE, ' ').trim();
}

/** Short words left in lower case inside a name ("Chief Constable of Essex Police"). */
const LOWER_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'at', 'by']);

/** Capitalised abbreviations that stay capitalised: ranks, bodies, post-nominals. */
const KEEP_UPPER = new Set([
  'PC',
  'DC',
  'PS',
  'DS',
  'DI',
  'DCI',
  'DCS',
  'CI',
  'PCSO',
  'IOPC',
  'IPCC',
  'NPCC',
  'PAT',
  'UK',
  'QC',
  'KC',
  'DBE',
  'CBE',
  'OBE',
  'MBE',
  'HHJ',
  'MR',
  'LJ',
  'NHS',
  'GMC',
  'HMRC',
  'CPS',
  'DPP',
  'II',
  'III',
  'IV',
]);

/** Words in a name: runs of letters with apostrophes and hyphens inside. */
const WORD_RE = /[A-Za-z][A-Za-z'’]*/g;

/** Everything but letters, to judge the case of a string by its letters alone. */
const NON_LETTER_RE = /[^A-Za-z]/g;

/** Lower-case letters a name in capitals may still hold ("McCLEAN", "MacDONALD"), as a share of its letters. */
const SHOUTING_LOWER_SHARE = 0.1;

/** Whether a string is printed in capitals (so its case carries no information). */
export function isShouting(s: string): boolean {
  const letters = s.replace(NON_LETTER_RE, '');
  const lower = letters.length - letters.replace(/[a-z]/g, '').length;
  return letters.length > 1 && lower <= letters.length * SHOUTING_LOWER_SHARE;
}

/** "Mc"/"Mac" and "O'"/"D'" prefixes, after which a surname starts again with a capital. */
const NAME_PREFIX_RE = /^(Mc|Mac(?=[A-Z]{3})|[OD]['’])([A-Za-z])/i;

/** One word of a capitalised name in ordinary case: "McCLEAN" -> "McClean", "O'CONNOR" -> "O'Connor". */
function nameCase(w: string): string {
  const lower = w[0] + w.slice(1).toLowerCase();
  const p = NAME_PREFIX_RE.exec(w);
  if (!p) return lower;
  const prefix = (p[1] ?? '')[0]!.toUpperCase() + (p[1] ?? '').slice(1).toLowerCase();
  return prefix + (p[2] ?? '').toUpperCase() + w.slice((p[1] ?? '').length + 1).toLowerCase();
}

/**
 * A court's cipher for an anonymised party ("R (on the application of ZQK)"): two or three capitals
 * standing as the whole name, kept as written because it is a label, not a surname (four capitals
 * alone, "LAKE", are more often a surname from a title line).
 */
export const CIPHER = /^[A-Z]{2,3}$/;

/** "THE CHIEF CONSTABLE OF ESSEX POLICE" -> "The Chief Constable of Essex Police"; mixed case is kept. */
export function tidyName(s: string): string {
  const one = oneLine(s);
  if (!isShouting(one) || CIPHER.test(one)) return one;
  let first = true;
  return one.replace(WORD_RE, (w) => {
    const lower = w.toLowerCase();
    const out = KEEP_UPPER.has(w) && w !== 'MR' ? w : !first && LOWER_WORDS.has(lower) ? lower : nameCase(w);
    first = false;
    return out;
  });
}
