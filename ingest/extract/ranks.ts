import type { Rank } from '../../src/domain/vocabulary.js';

/**
 * Rank words as texts write them, longest first so "Detective Chief Inspector" is never read as
 * "Chief Inspector". Keys are folded (lower case, dots and extra spaces removed).
 */
const RANK_ALIASES: readonly (readonly [string, Rank])[] = [
  // Welsh forces publish in Welsh first: ranks in Welsh word order, with the soft mutation after
  // "y" or "Prif" ("y Cwnstabl", "Prif Gwnstabl", "Ditectif Ringyll") written either way.
  ['swyddog cymorth cymunedol yr heddlu', 'Police Community Support Officer'],
  ['dirprwy brif gwnstabl', 'Deputy Chief Constable'],
  ['prif gwnstabl cynorthwyol', 'Assistant Chief Constable'],
  ['ditectif brif arolygydd', 'Detective Chief Inspector'],
  ['ditectif arolygydd', 'Detective Inspector'],
  ['ditectif gwnstabl', 'Detective Constable'],
  ['ditectif cwnstabl', 'Detective Constable'],
  ['ditectif rhingyll', 'Detective Sergeant'],
  ['ditectif ringyll', 'Detective Sergeant'],
  ['prif uwch-arolygydd', 'Chief Superintendent'],
  ['uwch-arolygydd', 'Superintendent'],
  ['prif arolygydd', 'Chief Inspector'],
  ['prif gwnstabl', 'Chief Constable'],
  ['cwnstabl heddlu', 'Police Constable'],
  ['gwnstabl heddlu', 'Police Constable'],
  ['rhingyll heddlu', 'Police Sergeant'],
  ['ringyll heddlu', 'Police Sergeant'],
  ['arolygydd', 'Inspector'],
  ['cwnstabl', 'Police Constable'],
  ['gwnstabl', 'Police Constable'],
  ['rhingyll', 'Police Sergeant'],
  ['ringyll', 'Police Sergeant'],
  ['deputy assistant commissioner', 'Deputy Assistant Commissioner'],
  ['detective chief superintendent', 'Detective Chief Superintendent'],
  ['detective superintendent', 'Detective Superintendent'],
  ['detective chief inspector', 'Detective Chief Inspector'],
  ['police community support officer', 'Police Community Support Officer'],
  ['assistant chief constable', 'Assistant Chief Constable'],
  ['deputy chief constable', 'Deputy Chief Constable'],
  ['assistant commissioner', 'Assistant Commissioner'],
  ['deputy commissioner', 'Deputy Commissioner'],
  ['chief superintendent', 'Chief Superintendent'],
  ['detective inspector', 'Detective Inspector'],
  ['detective constable', 'Detective Constable'],
  ['detective sergeant', 'Detective Sergeant'],
  // The Special Constabulary's own ranks are all special constables in the canonical list.
  ['special chief inspector', 'Special Constable'],
  ['special superintendent', 'Special Constable'],
  ['special chief officer', 'Special Constable'],
  ['special inspector', 'Special Constable'],
  ['special sergeant', 'Special Constable'],
  ['special constable', 'Special Constable'],
  ['police constable', 'Police Constable'],
  ['police sergeant', 'Police Sergeant'],
  ['chief inspector', 'Chief Inspector'],
  ['chief constable', 'Chief Constable'],
  // Police staff job titles written before a name as a rank is ("Detention Officer Jo Bloggs").
  ['custody detention officer', 'Police Staff'],
  ['contact centre operator', 'Police Staff'],
  ['control room operator', 'Police Staff'],
  ['custody assistant', 'Police Staff'],
  ['call handler', 'Police Staff'],
  ['police staff investigator', 'Police Staff'],
  ['detention officer', 'Police Staff'],
  ['police staff member', 'Police Staff'],
  ['member of police staff', 'Police Staff'],
  ['police staff', 'Police Staff'],
  ['superintendent', 'Superintendent'],
  ['commissioner', 'Commissioner'],
  ['commander', 'Commander'],
  ['inspector', 'Inspector'],
  ['sergeant', 'Police Sergeant'],
  ['constable', 'Police Constable'],
  ['ch supt', 'Chief Superintendent'],
  ['ch insp', 'Chief Inspector'],
  ['chief insp', 'Chief Inspector'],
  ['det supt', 'Detective Superintendent'],
  ['supt', 'Superintendent'],
  ['insp', 'Inspector'],
  ['pcso', 'Police Community Support Officer'],
  ['dcs', 'Detective Chief Superintendent'],
  ['dsupt', 'Detective Superintendent'],
  ['dci', 'Detective Chief Inspector'],
  ['sgt', 'Police Sergeant'],
  ['acc', 'Assistant Chief Constable'],
  ['dcc', 'Deputy Chief Constable'],
  ['dac', 'Deputy Assistant Commissioner'],
  ['pc', 'Police Constable'],
  ['ps', 'Police Sergeant'],
  ['dc', 'Detective Constable'],
  ['ds', 'Detective Sergeant'],
  ['di', 'Detective Inspector'],
  ['ci', 'Chief Inspector'],
  ['sc', 'Special Constable'],
  ['spc', 'Special Constable'],
];

const RANK_BY_ALIAS = new Map(RANK_ALIASES);

/** "p.s." -> "ps": dots between single letters join them into the abbreviation. */
const DOTTED_INITIALS = /\b([a-z])\.(?=[a-z]\b)/g;

const DOTS = /\./g;
const SPACES = /\s+/g;
/** Words before a rank that do not change it ("former PC", "acting Inspector"). */
const RANK_PREFIX = /^(former|ex|then|retired|acting|temporary|t)\s*-?\s*/;
/** A lower-case letter, which gets a case-insensitive character class. */
const LOWER_LETTER = /[a-z]/;

/** Folds "P.S.", "Det. Supt" and line-broken words to the alias keys above. */
export function foldRank(text: string): string {
  return text.toLowerCase().replace(DOTTED_INITIALS, '$1').replace(DOTS, ' ').replace(SPACES, ' ').trim();
}

/** The canonical rank for rank words as written, or null when the words are not a rank. */
export function normaliseRank(text: string): Rank | null {
  const f = foldRank(text).replace(RANK_PREFIX, '');
  return RANK_BY_ALIAS.get(f) ?? null;
}

/**
 * Regex source matching any rank as written (full words case-insensitively, abbreviations in
 * capitals only, so "pc" inside prose or "di" in Italian never count). Used inside officer patterns.
 */
export const RANK_SOURCE = (() => {
  const words = RANK_ALIASES.map(([a]) => a).filter((a) => a.length > 4 || a.includes(' '));
  const wordAlt = words.map((w) => w.split(' ').map(ci).join('\\s+')).join('|');
  // Dotted abbreviations ("P.S.", "D.C.") appear in court headers. A special constable is "SC" or
  // "SPC", never after other capitals ("UKSC" is the Supreme Court).
  const abbr = 'PCSO|DCS|DCI|DSupt|Det\\.?\\s+Supt|Ch\\.?\\s+Supt|Supt|Insp|Sgt|ACC|DCC|DAC|(?<![A-Za-z])SP?C|PC|PS|DC|DS|DI|CI|P\\.C\\.|P\\.S\\.|D\\.C\\.|D\\.S\\.';
  return `(?:${wordAlt}|(?:${abbr})(?![A-Za-z]))`;
})();

/** "sergeant" -> "[Ss][Ee]..." so only the rank words, not the whole pattern, ignore case. */
function ci(word: string): string {
  return [...word].map((c) => (LOWER_LETTER.test(c) ? `[${c.toUpperCase()}${c}]` : c)).join('');
}
