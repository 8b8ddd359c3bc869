/**
 * Sentences of a review's prose, with global offsets and the paragraph each sits in. Findings and
 * statistics are read a sentence at a time: a finding is a sentence, and a figure's meaning ("Of
 * the 1,642 officers ..., 376 had ...") does not reach past its sentence.
 */
import type { DocText } from '../../text.js';
import { paragraphAt, type Paragraph } from '../judgment/paragraphs.js';
import { cleanText, type Line } from './lines.js';

export interface Sentence {
  start: number;
  end: number;
  /** One line, page furniture removed. */
  text: string;
  paragraph: string | null;
}

/**
 * The end of a sentence: a full stop, question or exclamation mark (closing quotes and brackets
 * kept with it) before white space and a capital, digit or opening quote, or at the end.
 */
const SENTENCE_END_RE = /[.!?]["”’')\]]*(?=\s+["“‘(]?[A-Z0-9]|\s*$)/g;

/** Words whose full stop is not a sentence end: titles, "e.g.", "para.", a judge's "J." and the like. */
const ABBREVIATION_BEFORE_RE =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|para|paras|p|pp|e\.g|i\.e|cf|etc|Ltd|Co|v|vs|J|LJ|al|approx|Sgt|Insp|Supt|Det|Ch|Rt|Hon|Sir|[A-Z])$/;

/** A paragraph's own number at its start: "6.1 ", "12. ", "[12] ". */
const PARAGRAPH_LABEL_RE = /^\s*(?:\[\d{1,4}\]|\d{1,3}(?:\.\d{1,3})?\.?)\s+/;

/** Sentences shorter than this are headings, labels or fragments. */
const MIN_SENTENCE_CHARS = 12;

/**
 * Sentences in the document's prose. `breaks` are global offsets where prose stops (headings,
 * recommendations) and `skip` ranges hold no prose for this purpose.
 */
export function findSentences(
  doc: DocText,
  lines: readonly Line[],
  paras: readonly Paragraph[],
  breaks: readonly number[],
  skip: readonly [number, number][],
): Sentence[] {
  const text = doc.text;
  const cuts = [...new Set([0, ...paras.map((p) => p.start), ...breaks, text.length])].sort((a, b) => a - b);
  const paraStarts = new Set(paras.map((p) => p.start));
  const out: Sentence[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    let from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    if (skip.some(([a, b]) => from < b && to > a)) continue;
    const label = PARAGRAPH_LABEL_RE.exec(text.slice(from, Math.min(to, from + 12)));
    if (label && paraStarts.has(from + (label[0].length - label[0].trimStart().length))) from += label[0].length;
    const segment = text.slice(from, to);
    const paragraph = paragraphAt(paras, from)?.label ?? null;
    let at = 0;
    const push = (s: number, e: number) => {
      const lead = segment.slice(s, e).length - segment.slice(s, e).trimStart().length;
      const start = from + s + lead;
      const end = from + s + segment.slice(s, e).trimEnd().length;
      if (end - start < MIN_SENTENCE_CHARS) return;
      const clean = cleanText(doc, lines, start, end);
      if (clean.length >= MIN_SENTENCE_CHARS) out.push({ start, end, text: clean, paragraph });
    };
    for (const m of segment.matchAll(SENTENCE_END_RE)) {
      const stop = (m.index ?? 0) + m[0].length;
      if (ABBREVIATION_BEFORE_RE.test(segment.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))) continue;
      push(at, stop);
      at = stop;
    }
    if (at < segment.length) push(at, segment.length);
  }
  return out;
}
