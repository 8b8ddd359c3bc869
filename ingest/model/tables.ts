import type { Line } from './lines.js';

/** One cell of a table row, with offsets into the document text. */
export interface Cell {
  text: string;
  start: number;
  end: number;
}

export interface Row {
  cells: Cell[];
  /** The first and last line the row spans (a long row wraps over several lines). */
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
}

export interface Table {
  /** The header's cell texts, or null for a two-column "label | value" table without one. */
  header: string[] | null;
  rows: Row[];
  start: number;
  end: number;
}

/** Cells are separated by a bar with spaces round it, as the text layer renders ruled tables. */
const CELL_SEPARATOR = / *\| */g;
/** A row written with a closing bar: its lines run on until one ends with the bar. */
const CLOSING_BAR = /\|\s*$/;
/** Words that mark a header row: it names columns, not facts about an officer. */
const HEADER_WORDS = /\b(?:officer|rank|name|year|allegations?|findings?|outcomes?|sanctions?|date|hearing|standards?|breach|result|type|nature|area|collar)\b/i;

function cellsOf(text: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) cells.push({ text: t.replace(/\s+/g, ' '), start: at + from + lead, end: at + from + lead + t.length });
  };
  for (const m of text.matchAll(CELL_SEPARATOR)) {
    push(m.index ?? 0);
    from = (m.index ?? 0) + m[0].length;
  }
  push(text.length);
  return cells;
}

/** A run of lines holding separators, the unit rows are built from. */
interface Segment {
  firstLine: number;
  lastLine: number;
  start: number;
  end: number;
  cells: Cell[];
}

function segment(text: string, lines: readonly Line[], first: number, last: number): Segment {
  const start = lines[first]!.start;
  const end = lines[last]!.end;
  return { firstLine: first, lastLine: last, start, end, cells: cellsOf(text.slice(start, end).replace(/\n/g, ' '), start) };
}

/**
 * Tables: runs of lines holding cell separators. A line that stops inside a cell (no closing bar
 * where the table uses them) runs on into the next one; then lines are joined into rows until a
 * row has as many cells as the widest one, so a header or row wrapped after a cell is whole again.
 * The first row is a header when every cell is a short column name; a table of two columns without
 * one is a list of "label | value" fields.
 */
export function findTables(text: string, lines: readonly Line[]): Table[] {
  const out: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.text.includes(' | ') && !CLOSING_BAR.test(lines[i]!.text)) continue;
    let j = i;
    while (
      j + 1 < lines.length &&
      (lines[j + 1]!.text.includes('|') ||
        (CLOSING_BAR.test(lines[j]!.text) === false && lines.slice(i, j + 1).some((l) => CLOSING_BAR.test(l.text)) && lines[j + 2]?.text.includes('|')))
    )
      j++;
    const closing = lines.slice(i, j + 1).some((l) => CLOSING_BAR.test(l.text));
    const segments: Segment[] = [];
    for (let k = i; k <= j; k++) {
      let last = k;
      if (closing) while (last < j && !CLOSING_BAR.test(lines[last]!.text)) last++;
      segments.push(segment(text, lines, k, last));
      k = last;
    }
    // A header wrapped after a cell is its leading segments of column names; its width is the table's.
    let headerWidth = 0;
    for (const s of segments) {
      if (!s.cells.every((c) => c.text.length <= 45 && HEADER_WORDS.test(c.text))) break;
      headerWidth += s.cells.length;
    }
    const width = Math.max(headerWidth, ...segments.map((s) => s.cells.length));
    const rows: Row[] = [];
    for (let k = 0; k < segments.length; k++) {
      let last = k;
      let count = segments[k]!.cells.length;
      while (count < width && last + 1 < segments.length && count + segments[last + 1]!.cells.length <= width) count += segments[++last]!.cells.length;
      const s = segment(text, lines, segments[k]!.firstLine, segments[last]!.lastLine);
      rows.push({ cells: s.cells, firstLine: s.firstLine, lastLine: s.lastLine, start: s.start, end: s.end });
      k = last;
    }
    i = j;
    if (!rows.length || (rows.length === 1 && rows[0]!.cells.length < 2)) continue;
    const first = rows[0]!;
    const isHeader = rows.length > 1 && first.cells.every((c) => c.text.length <= 45 && HEADER_WORDS.test(c.text));
    out.push({ header: isHeader ? first.cells.map((c) => c.text) : null, rows: isHeader ? rows.slice(1) : rows, start: first.start, end: rows[rows.length - 1]!.end });
  }
  return out;
}

/** A row's cell under the header column whose name matches `column`, if any. */
export function cellUnder(table: Table, row: Row, column: RegExp): Cell | null {
  if (!table.header) return null;
  const i = table.header.findIndex((h) => column.test(h));
  return i >= 0 ? (row.cells[i] ?? null) : null;
}
