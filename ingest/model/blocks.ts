import type { Line } from './lines.js';

/** A paragraph or list item: consecutive lines of one sentence flow. */
export interface Block {
  start: number;
  end: number;
  firstLine: number;
  lastLine: number;
  /** The number or letter of a numbered paragraph or list item ("3", "ii", "b"), else null. */
  number: string | null;
  /** The block is a heading line. */
  heading: boolean;
}

/**
 * A list or paragraph marker at a line start: "12.", "(3)", "3)", "(iv)", "(b)", "a)", a bullet.
 * Roman numerals and letters only in brackets or before ")", so "I." opening a sentence is prose.
 */
const MARKER = /^\s*(?:(\d{1,3})[.)](?=\s)|\((\d{1,3}|[ivx]{1,5}|[a-z])\)|([ivx]{1,5}|[a-z])\)|([•▪●◦\-–*]))\s*/;
/** The previous line ended a sentence (or a lead-in such as "in respect of:"). */
const ENDS_SENTENCE = /[.!?:;]["”’)]?\s*$/;

export function markerOf(text: string): string | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? (m[4] ? '•' : null);
}

/**
 * Paragraphs from the layout alone: pdf.js gives no blank line between them, so a block ends at a
 * blank line, before and after a heading, field or table row, before a list marker, and after a
 * line that ends a sentence while falling short of the page's width (the last line of a paragraph).
 * A field whose prose value runs the full width without ending its sentence ("Determination: ... found
 * that her") wraps onto the next line, which is still its paragraph.
 */
export function findBlocks(
  lines: readonly Line[],
  isHeading: (i: number) => boolean,
  isBreak: (i: number) => boolean,
  isField: (i: number) => boolean = () => false,
): Block[] {
  const widest = lines.reduce((w, l) => Math.max(w, l.text.length), 0);
  const out: Block[] = [];
  let cur: Block | null = null;
  const close = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text.trim()) {
      close();
      continue;
    }
    const heading = isHeading(i);
    const marker = markerOf(line.text);
    const field = isField(i);
    if (heading || isBreak(i) || field || marker !== null) close();
    if (!cur) cur = { start: line.start, end: line.end, firstLine: i, lastLine: i, number: marker === '•' ? null : marker, heading };
    else {
      cur.end = line.end;
      cur.lastLine = i;
    }
    const short = line.text.trimEnd().length < widest * 0.85;
    const wraps = field && !short && !ENDS_SENTENCE.test(line.text);
    if (heading || isBreak(i) || (field && !wraps) || (short && ENDS_SENTENCE.test(line.text))) close();
  }
  close();
  return out;
}
