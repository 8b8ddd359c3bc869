import type { DocText } from '../text.js';

/** One line of a page as pdf.js laid it out, with offsets into the document's joined text. */
export interface Line {
  /** Index in the document's line list. */
  index: number;
  page: number;
  /** The line's text without its trailing newline. */
  text: string;
  start: number;
  end: number;
}

/** A line break, of any platform's kind. */
const LINE_BREAK = /\r?\n/g;

/**
 * The document's lines. Derived from the text layout (pdf.js joins the items of one baseline into
 * a line and ends it with a newline), so offsets are exact in the text the extractors read.
 */
export function splitLines(doc: DocText): Line[] {
  const out: Line[] = [];
  const text = doc.text;
  let at = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    const end = m.index ?? 0;
    out.push({ index: out.length, page: doc.pages[doc.pageIndexAt(at)]?.num ?? 1, text: text.slice(at, end), start: at, end });
    at = end + m[0].length;
  }
  if (at < text.length) out.push({ index: out.length, page: doc.pages[doc.pageIndexAt(at)]?.num ?? 1, text: text.slice(at), start: at, end: text.length });
  return out;
}
