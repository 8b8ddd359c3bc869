/**
 * A period of service (a unit membership, a posting, a rank): `from` and `to` as precise as the
 * document gives them ("2018", "2022-06", "2022-06-14"), either open (null) when the text names
 * only one end ("until her retirement in 2021", "since 2019").
 *
 * Overlap rule, used by every query that asks "served together":
 * - a bound is widened to the whole year or month it names: from "2018" is 2018-01-01, to "2022-09"
 *   is 2022-09-30;
 * - an open end is NOT unbounded: a period with one known end stands for that end alone (nothing
 *   shows how long before "until 2021" the officer served), so it overlaps only what reaches it;
 * - a period with neither end known overlaps nothing: nothing shows the two served together;
 * - two periods overlap when the gap between them is at most the caller's window in days (0 when
 *   they intersect), so a window of 0 asks for true intersection.
 */
export interface Period {
  from: string | null;
  to: string | null;
}

/** A partial or whole ISO date: yyyy, yyyy-mm or yyyy-mm-dd. */
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** The first day a partial date can mean: "2018" is 2018-01-01. Null for anything unreadable. */
export function firstDay(partial: string | null | undefined): string | null {
  const m = partial ? PARTIAL_ISO.exec(partial) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The last day a partial date can mean: "2022-09" is 2022-09-30, "2023" is 2023-12-31. */
export function lastDay(partial: string | null | undefined): string | null {
  const m = partial ? PARTIAL_ISO.exec(partial) : null;
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(days).padStart(2, '0')}`;
}

/** The period as whole days, each open end standing for the known one (see the overlap rule). */
export function periodDays(p: Period): { start: string; end: string } | null {
  const start = firstDay(p.from ?? p.to);
  const end = lastDay(p.to ?? p.from);
  return start && end ? { start, end } : null;
}

const DAY_MS = 86_400_000;

/** Days between two periods: 0 when they intersect, null when either has no known end. */
export function daysBetweenPeriods(a: Period, b: Period): number | null {
  const x = periodDays(a);
  const y = periodDays(b);
  if (!x || !y) return null;
  const gap = Math.max(Date.parse(y.start) - Date.parse(x.end), Date.parse(x.start) - Date.parse(y.end), 0);
  return Math.round(gap / DAY_MS);
}

/** Whole days from one partial date's first day to another's; null when either is unknown. */
export function daysFrom(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = firstDay(a);
  const y = firstDay(b);
  return x && y ? Math.round((Date.parse(y) - Date.parse(x)) / DAY_MS) : null;
}
