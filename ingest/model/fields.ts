import type { Line } from './lines.js';
import type { Table } from './tables.js';

/** A labelled value: "Finding: gross misconduct", a label line with its value below, or a two-column row. */
export interface Field {
  /** The label folded to lower case with single spaces ("date of hearing"). */
  label: string;
  value: string;
  start: number;
  valueStart: number;
  end: number;
}

/**
 * Labels written without a colon ("Findings Proven", "Sanction Dismissal without notice"): only
 * these known words count, so an ordinary line is never read as a field.
 */
const BARE_LABEL = /^\s*(Findings?|Outcome|Sanction|Result|Decision|Allegations?\s+(?:Proven|Not\s+Proven))\b\s+(?!of\b|and\b|for\b|to\b|in\b|was\b|is\b)(\S.{0,60})$/i;
/**
 * A known label alone on its line with no colon, its value on the next line: a two-column table
 * whose cells the text layer put one under the other ("Finding" above "Gross misconduct proven").
 * Only these words count, so a short heading is never read as a label.
 */
const LABEL_LINE =
  /^\s*((?:Name\s+of\s+)?Officers?(?:\s+concerned)?|Rank|Force|Unit|Hearing\s+dates?|Dates?(?:\(s\))?\s+of\s+(?:the\s+)?(?:hearing|meeting|decision|outcome|publication|incident|(?:alleged\s+)?(?:mis)?conduct)|Decision\s+date|(?:Outcome|Decision|Determination|Sanction)\s+(?:notified|given|issued|announced|communicated|made|delivered)|Meeting\s+dates?|(?:Hearing|Meeting)\s+held(?:\s+on)?|Standards?(?:\s+of\s+Professional\s+Behaviour)?(?:\s+(?:found\s+(?:to\s+(?:be|have\s+been)\s+)?|alleged\s+to\s+(?:be|have\s+been)\s+)?breached)?|Allegations?|Findings?|Outcome|Sanction|Result)\s*$/i;

/** "Label: value" (or "Label ........ value", dot leaders) with a short label of capitalised or small words (no sentence before the colon). */
const INLINE = /^\s*([A-Z][A-Za-z()'’/&\- ]{0,48}?)\s*(?::|\.{3,})\s*(\S.*)?$/;
/** A label has at most this many words; more is a sentence leading into a list. */
const MAX_LABEL_WORDS = 6;
/** Words of a sentence, not a label ("It was alleged that ...:"). */
const SENTENCE_WORDS = /\b(?:was|were|is|are|has|have|that|which|who|said|will)\b/;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** Labels whose value is a list, one item a line ("Standards breached" above "Use of Force" and "Confidentiality"). */
const LIST_LABEL = /^\s*(?:Standards?|Allegations?)\b/i;
/** A list item line: short, not blank, and neither a field nor a label of its own. */
const isListItem = (l: Line | undefined) => Boolean(l && l.text.trim() && l.text.length <= 80 && !INLINE.test(l.text) && !LABEL_LINE.test(l.text));
const squashLines = (ls: readonly Line[]) => ls.map((l) => l.text.trim()).join('; ');

/** A line of prose the page wrapped: long, and its sentence not ended. */
const WRAPPED_AT_WIDTH = 70;
const SENTENCE_OPEN = /[^.;:!?]["”’)]?\s*$/;
/** How many lines a wrapped field value may run to. */
const MAX_WRAPPED_LINES = 8;

/**
 * The last line of an inline field's value: a prose value wrapped at the page's width ("Allegation:
 * On or about ... failed to record and pass on" / "intelligence ... contrary to the" / "standard of
 * Duties and Responsibilities.") runs on over the lines below until its sentence ends, a blank line,
 * or a line that is a field of its own.
 */
function wrappedValueEnd(lines: readonly Line[], i: number): number {
  let last = i;
  while (last - i < MAX_WRAPPED_LINES) {
    const here = lines[last]!.text;
    const next = lines[last + 1];
    if (here.trim().length < WRAPPED_AT_WIDTH || !SENTENCE_OPEN.test(here) || !next?.text.trim()) break;
    if (INLINE.test(next.text) || LABEL_LINE.test(next.text) || next.text.includes(' | ')) break;
    last++;
  }
  return last;
}

/** Fields of the text: inline, label-then-value lines, bare known labels, and two-column table rows. */
export function findFields(lines: readonly Line[], tables: readonly Table[]): Field[] {
  const out: Field[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.includes(' | ')) continue;
    const m = INLINE.exec(line.text);
    if (m && (m[1] ?? '').split(/\s+/).length <= MAX_LABEL_WORDS && !SENTENCE_WORDS.test(m[1] ?? '')) {
      const label = fold(m[1] ?? '');
      if (m[2]) {
        const valueStart = line.start + line.text.indexOf(m[2], (m[1] ?? '').length);
        const last = wrappedValueEnd(lines, i);
        const value = [m[2], ...lines.slice(i + 1, last + 1).map((l) => l.text)].map((t) => t.trim()).join(' ');
        out.push({ label, value, start: line.start, valueStart, end: lines[last]!.end });
        i = last;
        continue;
      }
      // The label alone: its value is the next line (short, so it may look like a heading), unless that is itself a field.
      const next = lines[i + 1];
      if (next && next.text.trim() && !INLINE.test(next.text)) {
        out.push({ label, value: next.text.trim(), start: line.start, valueStart: next.start, end: next.end });
      }
      continue;
    }
    const alone = LABEL_LINE.exec(line.text);
    const below = lines[i + 1];
    if (alone && below && below.text.trim() && !INLINE.test(below.text) && !LABEL_LINE.test(below.text)) {
      // A list label ("Standards ... breached") holds one item a line until a blank line or the next label.
      let last = i + 1;
      if (LIST_LABEL.test(alone[1] ?? '')) while (isListItem(lines[last + 1])) last++;
      const end = lines[last]!;
      out.push({ label: fold(alone[1] ?? ''), value: squashLines(lines.slice(i + 1, last + 1)), start: line.start, valueStart: below.start, end: end.end });
      i = last;
      continue;
    }
    const b = BARE_LABEL.exec(line.text);
    if (b)
      out.push({
        label: fold(b[1] ?? ''),
        value: (b[2] ?? '').trim(),
        start: line.start,
        valueStart: line.start + line.text.indexOf(b[2] ?? '', (b[1] ?? '').length),
        end: line.end,
      });
  }
  for (const t of tables) {
    if (t.header) continue;
    for (const r of t.rows) {
      if (r.cells.length !== 2) continue;
      const [k, v] = r.cells as [NonNullable<(typeof r.cells)[0]>, NonNullable<(typeof r.cells)[0]>];
      if (k.text.split(/\s+/).length > MAX_LABEL_WORDS) continue;
      out.push({ label: fold(k.text.replace(/:$/, '')), value: v.text, start: k.start, valueStart: v.start, end: v.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
