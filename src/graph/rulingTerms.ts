/**
 * A ruling's words as related rulings compare them: lower-cased tokens of four letters or more,
 * stop words and the redaction's pseudonyms left out, with how often each occurs. Counted once
 * when the ruling is written (the writer and the bench generator store them on the document as
 * `terms` and `termCounts`), so answering a question tokenises no other ruling's text; a document
 * written before they were stored has them counted from its pages on request, with the same result.
 */
import { STOPWORDS as STOPWORD_LIST, WordTokenizer } from '../nlp.js';

/** Through src/nlp.ts, not the package root, which runs dotenv and prints on stdout (see there). */
const STOPWORDS = new Set(STOPWORD_LIST);
/** Words that carry meaning: letters only (no numbers, citations or paragraph marks), four or more. */
const WORD_RE = /^[a-z]{4,}$/;
const tokenizer = new WordTokenizer();
/**
 * The redaction's pseudonyms (ingest/redact/pseudonyms.ts: "Complainant K7QXAM"): a code is a
 * private person's key, never a term to show, and may be all letters.
 */
const PSEUDONYM_RE = /\b(?:Complainant|Person) [A-Z2-7]{6}\b/g;

export interface TermCounts {
  /** Most frequent first, then alphabetical. */
  terms: string[];
  /** `termCounts[i]` is how often `terms[i]` occurs. */
  counts: number[];
}

/** The terms of a text with their counts, most frequent first (ties alphabetical). */
export function termCounts(text: string): TermCounts {
  const tokens = tokenizer.tokenize(text.replace(PSEUDONYM_RE, ' ').toLowerCase()).filter((w) => WORD_RE.test(w) && !STOPWORDS.has(w));
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { terms: sorted.map(([t]) => t), counts: sorted.map(([, n]) => n) };
}

/** A document's text as its pages join, in page order: what `termCounts` reads at write time and on request alike. */
export function joinPages(pages: readonly { num: number; text: string }[]): string {
  return [...pages].sort((a, b) => a.num - b.num).reduce((s, p) => s + '\n' + p.text, '');
}

/** Stores a ruling's terms on its document. */
export const SET_TERMS = `MATCH (d:Document {id: $id}) SET d.terms = $terms, d.termCounts = $counts`;
