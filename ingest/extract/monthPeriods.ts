/**
 * Conduct dated only by its months or years where a label or a column already says it is the
 * conduct: "Date(s) of alleged conduct: June 2015 - January 2016", a table cell "Jan-Apr 2013" under
 * "Date of conduct". The first month counts (a range's first day), as precise as the text: "2015-06",
 * or "2015" for a year alone.
 */
import { MONTH_SOURCE, monthIndex } from './months.js';

const YEAR = '(?:19|20)\\d{2}';

/**
 * A month or a year opening the text, maybe the first end of a range: "June 2015 - January 2016",
 * "Jan-Apr 2013" (one year for both months, written at the end), "2015 to 2016", "March 2019". Group
 * 1 the first month, 2 the year written after a second month, 3 the first month's own year, 4 a year alone. A day before the month
 * would make it a full date, read elsewhere, so the text must open on the month or the year.
 */
const MONTH_PERIOD = new RegExp(`^[ \\t]*(?:(${MONTH_SOURCE})\\.?(?:\\s*(?:-|–|to)\\s*${MONTH_SOURCE}\\.?\\s+(${YEAR})|\\s+(${YEAR}))|(${YEAR}))\\b(?![/.\\-]\\d)`, 'i');

export interface MonthPeriod {
  date: string;
  start: number;
  end: number;
}

/** The period opening `text` (offsets within it), or null when it opens on anything else. */
export function monthPeriodAt(text: string): MonthPeriod | null {
  const m = MONTH_PERIOD.exec(text);
  if (!m) return null;
  const year = m[2] ?? m[3] ?? m[4] ?? '';
  const month = m[1] ? monthIndex(m[1]) : 0;
  const start = m[0].length - m[0].trimStart().length;
  return { date: month ? `${year}-${String(month).padStart(2, '0')}` : year, start, end: m[0].length };
}
