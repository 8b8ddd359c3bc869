/**
 * Tesseract's TSV output turned into page text and a confidence. TSV, not plain text, because it
 * gives each word its confidence and box: the page's confidence is the mean over its words, and
 * specks of dust read as words can be told from real ones by size and confidence.
 */

export interface OcrWord {
  block: number;
  par: number;
  line: number;
  height: number;
  /** 0 to 100, as tesseract reports it. */
  conf: number;
  text: string;
}

export interface OcrPage {
  text: string;
  /** Mean confidence of the words kept, 0 to 1; null when no word was read. */
  confidence: number | null;
  words: number;
}

/** The TSV level of a word row (1 page, 2 block, 3 paragraph, 4 line, 5 word). */
const WORD_LEVEL = 5;

/**
 * A speck is read as a "word" of a character or two, much smaller than the page's type: a letter
 * read with little confidence, or a mark of punctuation ("." ";" "«" "*", read at 10 to 78 on
 * the benchmark's scans). Small words under those bars go; a real short word ("a", "1.") is the
 * height of its line's type or read with confidence, and stays, and so does a printed dash
 * ("17 - 21 February", read at 92), which a date range needs. Measured by bench/ocr-settings.ts.
 */
export const SPECK = { maxHeightShare: 0.5, maxConf: 50, maxPunctuationConf: 80 } as const;

/** A word with a letter or digit in it; punctuation alone is not. */
const ALPHANUMERIC_RE = /[\p{L}\p{N}]/u;

export function parseTsvWords(tsv: string): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || Number(f[0]) !== WORD_LEVEL) continue;
    const text = (f.slice(11).join('\t') ?? '').trim();
    if (!text) continue;
    words.push({ block: Number(f[2]), par: Number(f[3]), line: Number(f[4]), height: Number(f[9]), conf: Number(f[10]), text });
  }
  return words;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1] as number) : 0;
}

/** Words that are specks rather than type (see SPECK). */
export function dropSpecks(words: readonly OcrWord[]): OcrWord[] {
  const typical = median(words.map((w) => w.height));
  const speck = (w: OcrWord) => w.conf < SPECK.maxConf || (w.conf < SPECK.maxPunctuationConf && !ALPHANUMERIC_RE.test(w.text));
  return words.filter((w) => !(w.height < typical * SPECK.maxHeightShare && speck(w)));
}

/**
 * Words laid out as pdf.js lays out a text layer, which the extractors were written against: a
 * line per line, and no blank lines. Tesseract's own text output puts a blank line between the
 * paragraphs and blocks it finds, and it finds them mid-sentence on a speckled page ("breached
 * standards of" / "honesty and integrity"), which cut facts in two.
 */
export function layoutWords(words: readonly OcrWord[]): string {
  let text = '';
  let prev: OcrWord | null = null;
  for (const w of words) {
    if (prev) text += prev.block !== w.block || prev.par !== w.par || prev.line !== w.line ? '\n' : ' ';
    text += w.text;
    prev = w;
  }
  return text;
}

export function ocrPageFromTsv(tsv: string, options: { dropSpecks: boolean } = { dropSpecks: true }): OcrPage {
  const all = parseTsvWords(tsv);
  const words = options.dropSpecks ? dropSpecks(all) : all;
  const scored = words.filter((w) => w.conf >= 0);
  const confidence = scored.length ? scored.reduce((s, w) => s + w.conf, 0) / scored.length / 100 : null;
  return { text: layoutWords(words), confidence: confidence === null ? null : Math.round(confidence * 1000) / 1000, words: words.length };
}
