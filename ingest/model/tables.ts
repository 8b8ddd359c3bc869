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
const HEADER_WORDS =
  /\b(?:officers?|rank|name|year|allegations?|findings?|outcomes?|sanctions?|date|hearing|heard|held|proceedings?|panel|standards?|breach(?:ed|es)?|results?|type|nature|area|collar|status|decisions?|notes?|reference|unit|role)\b/i;

/**
 * A row of column names: short cells without figures, most of them naming a column we know; one
 * column of a name we do not know ("Forum", "Panel type") does not make the header a row of facts.
 */
function isHeaderRow(cells: readonly Cell[]): boolean {
  if (!cells.length || !cells.every((c) => c.text.length <= 45 && !/\d/.test(c.text))) return false;
  return cells.filter((c) => HEADER_WORDS.test(c.text)).length * 3 >= cells.length * 2;
}

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
  // A continuation line's opening bar is no new cell: blank it (same length, so offsets hold).
  const flat = text.slice(start, end).replace(CONTINUATION_BAR, (m) => ' '.repeat(m.length));
  return { firstLine: first, lastLine: last, start, end, cells: cellsOf(flat.replace(/\n/g, ' '), start) };
}

/** A line opening with a bar and an empty first cell ("| team, and was ..."): the row above's last cell goes on. */
const LEADING_BAR = /^[ \t]*\|[ \t]*\S/;
const CONTINUATION_BAR = /\n[ \t]*\|/g;

/** A line that stops inside a cell: the next line's first words finish that cell, not a new one. */
const OPEN_CELL_END = /[^|\s]\s*$/;

/** The cells `next` adds to a row that `prev` ends: one fewer when `prev` broke off inside a cell. */
function joinedCells(text: string, prev: Segment, next: Segment): number {
  return OPEN_CELL_END.test(text.slice(prev.start, prev.end)) ? next.cells.length - 1 : next.cells.length;
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
        // A cell wrapped onto a line of its own ("Misconduct meeting") between two rows.
        (lines[j + 1]!.text.trim() !== '' &&
          (lines[j + 2]?.text.includes(' | ') === true || LEADING_BAR.test(lines[j + 2]?.text ?? '')) &&
          !lines[j]!.text.trimEnd().endsWith('.')))
    )
      j++;
    // Rows closed by a bar: most lines end with one (one wrapped row ending in a bar by chance is not the style).
    const table = lines.slice(i, j + 1);
    const closing = table.filter((l) => CLOSING_BAR.test(l.text)).length * 2 >= table.length;
    const segments: Segment[] = [];
    for (let k = i; k <= j; k++) {
      let last = k;
      if (closing) while (last < j && !CLOSING_BAR.test(lines[last]!.text)) last++;
      // A two-column page whose long values wrap onto lines that open with a bar (the label cell left
      // empty), with a stray word between them: those lines finish the row above.
      else
        while (last < j && (LEADING_BAR.test(lines[last + 1]!.text) || (!lines[last + 1]!.text.includes('|') && LEADING_BAR.test(lines[last + 2]?.text ?? '')))) last++;
      segments.push(segment(text, lines, k, last));
      k = last;
    }
    // A header wrapped after a cell is its leading segments of column names; its width is the table's.
    let headerWidth = 0;
    for (const s of segments) {
      if (!isHeaderRow(s.cells)) break;
      headerWidth += s.cells.length;
    }
    const width = Math.max(headerWidth, ...segments.map((s) => s.cells.length));
    const rows: Row[] = [];
    for (let k = 0; k < segments.length; k++) {
      let last = k;
      let count = segments[k]!.cells.length;
      while (count < width && last + 1 < segments.length && count + joinedCells(text, segments[last]!, segments[last + 1]!) <= width)
        count += joinedCells(text, segments[last]!, segments[++last]!);
      const s = segment(text, lines, segments[k]!.firstLine, segments[last]!.lastLine);
      rows.push({ cells: s.cells, firstLine: s.firstLine, lastLine: s.lastLine, start: s.start, end: s.end });
      k = last;
    }
    i = j;
    if (!rows.length || (rows.length === 1 && rows[0]!.cells.length < 2)) continue;
    const first = rows[0]!;
    const isHeader = rows.length > 1 && isHeaderRow(first.cells);
    out.push({ header: isHeader ? first.cells.map((c) => c.text) : null, rows: isHeader ? rows.slice(1) : rows, start: first.start, end: rows[rows.length - 1]!.end });
  }
  return out;
}

/**
 * A row's cell under the header column whose name matches `column`, if any; with several patterns
 * the first that names a column wins ("Panel's finding" before "Result" when both are columns).
 */
export function cellUnder(table: Table, row: Row, column: RegExp | readonly RegExp[]): Cell | null {
  if (!table.header) return null;
  for (const c of Array.isArray(column) ? column : [column]) {
    const i = table.header.findIndex((h) => (c as RegExp).test(h));
    if (i >= 0) return row.cells[i] ?? null;
  }
  return null;
}

/** The row holding offset `at` in any table, with its table. */
export function rowAt(tables: readonly Table[], at: number): { table: Table; row: Row } | null {
  for (const table of tables) {
    if (at < table.start || at >= table.end) continue;
    const row = table.rows.find((r) => r.start <= at && at < r.end);
    if (row) return { table, row };
  }
  return null;
}
