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
  'PC', 'DC', 'PS', 'DS', 'DI', 'DCI', 'DCS', 'CI', 'PCSO', 'IOPC', 'IPCC', 'NPCC', 'PAT', 'UK', 'QC', 'KC',
  'DBE', 'CBE', 'OBE', 'MBE', 'HHJ', 'MR', 'LJ', 'NHS', 'GMC', 'HMRC', 'CPS', 'DPP', 'II', 'III', 'IV',
]);

/** Words in a name: runs of letters with apostrophes and hyphens inside. */
const WORD_RE = /[A-Za-z][A-Za-z'’]*/g;

/** Everything but letters, to judge the case of a string by its letters alone. */
const NON_LETTER_RE = /[^A-Za-z]/g;

/** Whether a string is printed in capitals (so its case carries no information). */
export function isShouting(s: string): boolean {
  const letters = s.replace(NON_LETTER_RE, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** "THE CHIEF CONSTABLE OF ESSEX POLICE" -> "The Chief Constable of Essex Police"; mixed case is kept. */
export function tidyName(s: string): string {
  const one = oneLine(s);
  if (!isShouting(one)) return one;
  let first = true;
  return one.replace(WORD_RE, (w) => {
    const lower = w.toLowerCase();
    const out = KEEP_UPPER.has(w) && w !== 'MR' ? w : !first && LOWER_WORDS.has(lower) ? lower : w[0] + lower.slice(1);
    first = false;
    return out;
  });
}
