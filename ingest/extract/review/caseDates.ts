/**
 * Dates of the first case a review summarises. An annual report or a bulletin tells its cases as
 * short summaries ("Case 1 - PC X (unit)\nHeard 9-11 September 2024. Between February and May
 * 2023 PC X used ..."): the first case's hearing and conduct are the record's dates, as a listing of
 * outcomes gives its first case's; so do case studies told in prose (caseStudyDates.ts). A review
 * with no such cases gives no dates: its own are periods studied, not events.
 */
import type { DateFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { findDates } from '../dates.js';
import { conductMonth } from '../judgment/conductPeriod.js';
import { caseStudyDates } from './caseStudyDates.js';

/** "Heard 9-11 September 2024", "Hearing date: ...", "Hearing held on ..." opening a line of a case summary. */
const HEARD_RE = /(?:^|\n)[ \t]*(?:Heard|Hearing\s+dates?\s*:|Hearing\s+held)\s+(?:on\s+)?/;

/** How far the case's text runs after its hearing line, for the month of the conduct. */
const CASE_CHARS = 600;

export function reviewCaseDates(doc: DocText): DateFact[] {
  const heard = HEARD_RE.exec(doc.text);
  // With no hearing line, the cases may be told in prose, dated by month.
  if (!heard) return caseStudyDates(doc);
  const at = heard.index + heard[0].length;
  const date = findDates(doc.text.slice(at, at + 60))[0];
  if (!date?.iso || date.start !== 0) return [];
  const facts: DateFact[] = [{ role: 'hearing', date: date.iso, source: doc.span(at, at + date.end) }];
  const month = conductMonth(doc.text, at + date.end);
  if (month && month.start < at + CASE_CHARS) facts.push({ role: 'incident', date: month.date, source: doc.span(month.start, month.end) });
  return facts;
}

/** The review's own dates, with a case's date added for each role they leave empty. */
export function withCaseDates(own: DateFact[], cases: DateFact[]): DateFact[] {
  const roles = new Set(own.map((d) => d.role));
  return [...own, ...cases.filter((d) => !roles.has(d.role))];
}
