/**
 * Lines of a review with global offsets, and the page furniture among them. Reports print a running
 * header ("Independent Review of ... – Final Report") and footer ("Chapter 6 – page 3") on every
 * page; pdf text puts them inside paragraphs that cross a page break, and a footer such as
 * "Chapter 6 – page 3" would otherwise read as a chapter heading.
 */
import type { DocText } from '../../text.js';
import { isPageFurniture } from '../../model/pageFurniture.js';
import { oneLine } from '../judgment/names.js';

export interface Line {
  /** Global offsets into the document text of the line's words (leading and trailing blanks left out). */
  start: number;
  end: number;
  /** The words, single-spaced. */
  text: string;
  /** True for a running header, footer or page number. */
  furniture: boolean;
}

/** Digit runs, so "Chapter 6 – page 1" and "Chapter 6 – page 2" are the same footer. */
const DIGITS_RE = /\d+/g;

/**
 * Running headers sit in the first two lines of a page (a title and a chapter line), footers on the
 * last. A recommendation heading one line above the foot of two pages is not a footer.
 */
const HEAD_LINES = 2;
const FOOT_LINES = 1;

/**
 * Share of pages a line shape must sit on to be furniture (and never fewer than two), so that two
 * recommendation headings that happen to end two pages of a long report are not taken for a footer.
 */
const FURNITURE_SHARE = 0.5;

/** A page's lines with offsets relative to the page. */
function pageLines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const words = raw.trim();
    if (words) out.push({ start: at + lead, end: at + lead + words.length, text: oneLine(words) });
    at += raw.length + 1;
  }
  return out;
}

const furnitureKey = (s: string) => s.replace(DIGITS_RE, '#').toLowerCase();

/**
 * Every non-blank line of the document in order. A line is furniture when it is a page number, or
 * when a line of the same shape (digits aside) sits at the edge of at least two pages.
 */
export function documentLines(doc: DocText): Line[] {
  const perPage = doc.pages.map((p) => pageLines(p.text));
  const pagesWith = new Map<string, Set<number>>();
  perPage.forEach((lines, i) => {
    const edges = [...lines.slice(0, HEAD_LINES), ...lines.slice(Math.max(HEAD_LINES, lines.length - FOOT_LINES))];
    for (const l of edges) {
      const k = furnitureKey(l.text);
      pagesWith.set(k, (pagesWith.get(k) ?? new Set()).add(i));
    }
  });
  const needed = Math.max(2, Math.ceil(doc.pages.length * FURNITURE_SHARE));
  const out: Line[] = [];
  let pageStart = 0;
  perPage.forEach((lines, i) => {
    lines.forEach((l, j) => {
      const edge = j < HEAD_LINES || j >= lines.length - FOOT_LINES;
      const repeated = edge && (pagesWith.get(furnitureKey(l.text))?.size ?? 0) >= needed;
      out.push({ start: pageStart + l.start, end: pageStart + l.end, text: l.text, furniture: repeated || isPageFurniture(l.text) });
    });
    // DocText joins pages with two line breaks.
    pageStart += (doc.pages[i]?.text.length ?? 0) + 2;
  });
  return out;
}

/** Index of the first line ending after `at`, by binary search. */
export function lineIndexAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as Line).end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of [start, end) on one line, furniture lines inside the range left out. */
export function cleanText(doc: DocText, lines: readonly Line[], start: number, end: number): string {
  let out = '';
  let at = start;
  for (let i = lineIndexAt(lines, start); i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.start >= end) break;
    if (!l.furniture) continue;
    out += doc.text.slice(at, l.start) + ' ';
    at = l.end;
  }
  out += doc.text.slice(at, end);
  return oneLine(out);
}

/** Clips one-line text to `max` characters on a word boundary. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return s.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}
