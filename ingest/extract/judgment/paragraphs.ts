/**
 * Numbered paragraphs. Judgments number "[1]" or "1." (the number often alone on its line in
 * pdf text); reviews number "6.1". Quoted paragraphs of other judgments, sub-paragraphs "1.1.",
 * page numbers and years that wrap to the start of a line look the same, so candidates are kept
 * only when they continue an increasing sequence, and the numbering scheme the document mostly
 * uses wins.
 */
import type { ParagraphFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { documentLines, lineIndexAt, type Line } from '../review/lines.js';

/** "[12]" at the start of a line: the bracketed style of modern judgments. */
const BRACKET_PARA_RE = /^[ \t]*\[(\d{1,4})\](?=\s)/gm;

/**
 * "12." at the start of a line followed by space or a line break. Demanding whitespace after the
 * dot rules out decimals ("1.3 miles") and sub-paragraphs ("1.1."), which the decimal pattern reads.
 */
const DOTTED_PARA_RE = /^[ \t]*(\d{1,4})\.(?=\s)/gm;

/** "6.12" (optionally "6.12.") at the start of a line: chapter.paragraph numbering of reviews. */
const DECIMAL_PARA_RE = /^[ \t]*(\d{1,3})\.(\d{1,3})\.?(?=\s)/gm;

/** How far a sequence may jump, to survive a paragraph lost to a bad page break. */
const MAX_GAP = 3;

export interface Paragraph {
  /** 12, or 6.12 read as a number for chapter-numbered reviews. */
  number: number;
  /** As printed: "12", "6.12". */
  label: string;
  /** Global offsets into the document text. */
  start: number;
  end: number;
}

interface Candidate {
  major: number;
  minor: number | null;
  start: number;
}

function collect(text: string, re: RegExp, decimal: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ major: Number(m[1]), minor: decimal ? Number(m[2]) : null, start: (m.index ?? 0) + lead });
  }
  return out;
}

/** Whether `next` may follow `prev` in one document's numbering. */
function follows(prev: Candidate, next: Candidate): boolean {
  if (prev.minor === null || next.minor === null) return next.major > prev.major && next.major <= prev.major + MAX_GAP;
  if (next.major === prev.major) return next.minor > prev.minor && next.minor <= prev.minor + MAX_GAP;
  return next.major > prev.major && next.major <= prev.major + MAX_GAP && next.minor <= MAX_GAP;
}

/**
 * The increasing chain through the candidates, greedy from the first candidate whose successor
 * appears soon after it (a lone "3." in a cover page does not start the numbering).
 */
function chain(cands: Candidate[]): Candidate[] {
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i] as Candidate;
    const hasNext = cands.slice(i + 1, i + 6).some((c) => follows(first, c));
    if (!hasNext && i < cands.length - 1) continue;
    const out = [first];
    for (let j = i + 1; j < cands.length; j++) {
      const c = cands[j] as Candidate;
      if (follows(out[out.length - 1] as Candidate, c)) out.push(c);
    }
    // A lone number is a stray line ("2024." wrapped from a date), unless it opens the text.
    return out.length > 1 || first.major === 1 ? out : [];
  }
  return [];
}

export function findParagraphs(text: string): Paragraph[] {
  const bracket = chain(collect(text, BRACKET_PARA_RE, false));
  const dotted = chain(collect(text, DOTTED_PARA_RE, false));
  const integers = bracket.length >= dotted.length ? bracket : dotted;
  // Decimals numbered under an integer paragraph that exists are its sub-paragraphs, not a scheme.
  const parents = new Set([...bracket, ...dotted].map((c) => c.major));
  const decimal = chain(collect(text, DECIMAL_PARA_RE, true).filter((c) => !parents.has(c.major)));
  const best = decimal.length > integers.length ? decimal : integers;
  return best.map((c, i) => {
    const next = best[i + 1];
    const end = next ? next.start : text.length;
    const label = c.minor === null ? String(c.major) : `${c.major}.${c.minor}`;
    return { number: Number(label), label, start: c.start, end: c.start + text.slice(c.start, end).trimEnd().length };
  });
}

/** The paragraph holding global offset `at`, by binary search; null before the first. */
export function paragraphAt(paras: readonly Paragraph[], at: number): Paragraph | null {
  let lo = 0;
  let hi = paras.length - 1;
  let found: Paragraph | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paras[mid] as Paragraph;
    if (p.start <= at) {
      found = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Numbered paragraphs as facts: the label as printed, where each starts and where it ends, on its
 * own page, so a paragraph that runs over a page break records both pages. A running header or
 * page number between a paragraph's last words and the next paragraph is not part of it, so a
 * paragraph that ends at the foot of a page ends on that page.
 */
export function paragraphFacts(doc: DocText, paras: readonly Paragraph[] = findParagraphs(doc.text)): ParagraphFact[] {
  const lines = paras.length ? documentLines(doc) : [];
  return paras.map((p) => {
    let end = p.end;
    for (let i = lineIndexAt(lines, p.end - 1); i >= 0; i--) {
      const l = lines[i] as Line;
      if (l.start >= p.end) continue;
      if (l.end <= p.start || !l.furniture) {
        end = Math.max(p.start + 1, Math.min(p.end, l.end));
        break;
      }
    }
    const first = doc.span(p.start, p.start, 0);
    // The end is the last character of the paragraph, so a paragraph ending exactly at a page break stays on its page.
    const last = doc.span(end - 1, end - 1, 0);
    return { number: p.number, label: p.label, page: first.page, start: first.start, endPage: last.page, end: last.start + 1 };
  });
}
