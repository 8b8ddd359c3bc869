import { sentenceTokenizer } from './sentenceTokenizer.js';

export interface Sentence {
  start: number;
  end: number;
}

/**
 * Abbreviations whose full stop never ends a sentence in legal and police writing: "R v Smith",
 * "para. 12", "No. 3", "P.C. Jones", "Det. Supt", "Mr. Khan", "s. 5". Matched as whole words.
 */
export const ABBREVIATIONS = [
  'v',
  'vs',
  'para',
  'paras',
  'No',
  'Nos',
  'PC',
  'PS',
  'DC',
  'DS',
  'P.C',
  'P.S',
  'D.C',
  'D.S',
  'Det',
  'Supt',
  'Insp',
  'Sgt',
  'Ch',
  'Con',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Reg',
  'Regs',
  'reg',
  's',
  'ss',
  'Sch',
  'art',
  'Art',
  'cf',
  'e.g',
  'i.e',
  'etc',
  'p',
  'pp',
  'Ltd',
  'Co',
  'LJ',
  'J',
];
/** Every abbreviation followed by its full stop, as whole words. */
const ABBREVIATION = new RegExp(`(?<![A-Za-z.])(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, '\\.')).join('|')})\\.(?=\\s|$)`, 'g');
/** Stands in for an abbreviation's full stop: one character, so offsets do not move. */
const HIDDEN_STOP = '\u2024';
/** Line breaks inside a paragraph are spaces to the tokenizer (same length: offsets hold). */
const NEWLINE = /\n/g;

let tokenizer: ReturnType<typeof sentenceTokenizer> | null = null;

/**
 * The sentences of one block with offsets into the document text. natural's tokenizer splits;
 * abbreviations are hidden from it first (its own list matches inside words: "Ms." in "terms.").
 */
export function splitSentences(text: string, start: number, end: number): Sentence[] {
  const raw = text.slice(start, end).replace(NEWLINE, ' ');
  const masked = raw.replace(ABBREVIATION, (m) => m.slice(0, -1) + HIDDEN_STOP);
  tokenizer ??= sentenceTokenizer();
  const out: Sentence[] = [];
  let cursor = 0;
  for (const s of tokenizer.tokenize(masked)) {
    const at = masked.indexOf(s, cursor);
    if (at < 0) continue;
    out.push({ start: start + at, end: start + at + s.length });
    cursor = at + s.length;
  }
  if (!out.length && raw.trim()) out.push({ start, end });
  return out;
}
