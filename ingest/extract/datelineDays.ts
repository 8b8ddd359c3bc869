/**
 * News counts days from its own dateline: "ended yesterday", "from Monday to Wednesday this week, 12 to
 * 14 October". The dateline's day gives those words their calendar.
 */
import type { DayMonth, Found } from './sittingDays.js';

const DAY_MS = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** How far a yearless date may lie from the dateline and still be the same week's news. */
const SAME_WEEK_DAYS = 7;

/**
 * A yearless date within a week of the dateline ("this week, 12 to 14 October" under 15 October 2026)
 * is that week's: it takes the dateline's year (or the one before, across New Year). A date further
 * off keeps no year, as the text does not give one.
 */
export function yearFromDateline(found: Found[], published: string, dayMonth: DayMonth): void {
  const year = Number(published.slice(0, 4));
  for (const f of found) {
    if (f.iso) continue;
    const dm = dayMonth(f);
    if (!dm) continue;
    for (const y of [year, year - 1, year + 1]) {
      const iso = `${y}-${String(dm.month).padStart(2, '0')}-${String(dm.day).padStart(2, '0')}`;
      const days = Math.abs(Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${published}T00:00:00Z`)) / DAY_MS;
      if (!Number.isNaN(days) && days <= SAME_WEEK_DAYS && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) {
        f.iso = iso;
        break;
      }
    }
  }
}

/**
 * "The hearing ended yesterday", "was sacked today", "the panel ruled yesterday": the verdict's day,
 * counted back from the dateline. Group 1 or 2 is the word.
 */
const RELATIVE_VERDICT =
  /\b(?:hearing|meeting)\b[^.\n]{0,80}?\b(?:ended|concluded|finished|closed)\s+(yesterday|today)\b|\b(?:ruled|sacked|dismissed|decided|found\s+(?:to\s+have|guilty|that))\b[^.\n]{0,60}?\b(yesterday|today)\b/i;

/** The decision's day told as "yesterday" or "today" under a dateline `published`. */
export function relativeVerdict(text: string, published: string): { date: string; start: number; end: number } | null {
  const m = RELATIVE_VERDICT.exec(text);
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? '').toLowerCase();
  return { date: word === 'yesterday' ? addDays(published, -1) : published, start: m.index, end: m.index + m[0].length };
}
