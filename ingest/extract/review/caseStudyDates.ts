/**
 * Dates of the first case study a review tells in prose: "Case study A\nOfficer P ... during March
 * 2023 ... At a hearing in January 2024 the panel found ...". An inspection or a commissioner's
 * review dates a case by month, in the running text, with no "Heard" line; as with a listing of
 * outcomes, the first case's hearing and the first date of its events are the record's dates. The
 * hearing is the first one dated in the text; the case it belongs to starts at the case heading
 * above it (or its paragraph), and the events are the first date in that case before the hearing.
 */
import type { DateFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { monthIndex } from '../months.js';

/** Months in full: a review writes them out in prose. */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * A date in prose, by day or by month, the first of a range: "6 November 2023", "March 2023",
 * "between January and June 2023". Groups: 1 day, 2 month, 3 year.
 */
const PROSE_DATE = `(?:(\\d{1,2})\\s+)?(${MONTH})(?:\\s+(?:and|to|-|–)\\s+(?:\\d{1,2}\\s+)?${MONTH})?\\s+((?:19|20)\\d{2})\\b`;

/**
 * One case's hearing or meeting dated: "At a hearing in January 2024", "A misconduct hearing in
 * October 2024 found", "a misconduct meeting on 3 March 2025". Singular, so a review's counts of
 * hearings held in a year are not a case's hearing.
 */
const CASE_HEARING_RE = new RegExp(
  `\\b(?:[Aa]|[Tt]he)\\s+(?:(?:gross\\s+)?misconduct\\s+|accelerated\\s+)?(?:hearing|meeting)\\s+(?:was\\s+)?(?:held\\s+)?(?:in|on)\\s+${PROSE_DATE}`,
);

const PROSE_DATE_RE = new RegExp(`(?<![A-Za-z0-9])${PROSE_DATE}`, 'g');

/** A case heading on its own line: "Case study 2", "Case study B: Officer K", "Case 3", "Example 1". */
const CASE_HEADING_RE = /(?:^|\n)[ \t]*(?:Case\s+study|Case|Example)\s+[A-Z0-9]{1,3}\b[^\n]{0,80}(?=\n)/g;

/**
 * Where a paragraph starts: a blank line, or a numbered paragraph ("3.1 Police Constable ...")
 * when the text has lost its blank lines, as a PDF's often does.
 */
const PARAGRAPH_START_RE = /\n[ \t]*\n|\n[ \t]*\d{1,2}\.\d{1,2}[ \t]+(?=[A-Z])/g;

/** How far above its hearing a case's heading may be. */
const CASE_CHARS = 1500;

function isoOf(m: RegExpExecArray | RegExpMatchArray, day: number, month: number, year: number): string {
  const mm = String(month).padStart(2, '0');
  return m[day] ? `${m[year]}-${mm}-${String(Number(m[day])).padStart(2, '0')}` : `${m[year]}-${mm}`;
}

/** The last match of `re` that starts in [from, to). */
function lastStart(re: RegExp, text: string, from: number, to: number): number | null {
  let at: number | null = null;
  for (const m of text.slice(from, to).matchAll(re)) at = from + (m.index ?? 0);
  return at;
}

export function caseStudyDates(doc: DocText): DateFact[] {
  const text = doc.text;
  const hearing = CASE_HEARING_RE.exec(text);
  if (!hearing) return [];
  const at = hearing.index;
  const end = at + hearing[0].length;
  // The date's groups sit after the phrase's own words; read them again from the date itself.
  const dateAt = at + hearing[0].search(new RegExp(`(?:\\d{1,2}\\s+)?${MONTH}`));
  const facts: DateFact[] = [{ role: 'hearing', date: isoOf(hearing, 1, monthIndex(hearing[2] ?? ''), 3), source: doc.span(dateAt, end) }];
  const from = Math.max(0, at - CASE_CHARS);
  // The case starts at whichever comes last: its heading or its paragraph. With neither in reach, the
  // text above the hearing is the report's own (its title, its publication date), not the case.
  const starts = [lastStart(CASE_HEADING_RE, text, from, at), lastStart(PARAGRAPH_START_RE, text, from, at)].filter((n): n is number => n !== null);
  if (!starts.length) return facts;
  const caseStart = Math.max(...starts);
  for (const m of text.slice(caseStart, at).matchAll(PROSE_DATE_RE)) {
    const start = caseStart + (m.index ?? 0);
    facts.push({ role: 'incident', date: isoOf(m, 1, monthIndex(m[2] ?? ''), 3), source: doc.span(start, start + m[0].length) });
    break;
  }
  return facts;
}
