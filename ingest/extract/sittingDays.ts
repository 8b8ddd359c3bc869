/**
 * Day-of-hearing arithmetic: outcomes dated only against the hearing's own days ("on its third day,
 * Wednesday", "on the fourth sitting day, 6 February", "on the day of the hearing", "the following
 * morning", "announced its decision on the Friday"). A hearing's first day, or its list of sitting
 * days, is the calendar these words count on.
 */

/** A date expression found in a text: its ISO day (null when its year is not written) and where it is. */
export interface Found {
  iso: string | null;
  start: number;
  end: number;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = WEEKDAYS.join('|');
/** Counting words for a hearing's days; "final" and "last" count from its end. */
const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ORDINAL_DAY = `${ORDINAL_DAYS.join('|')}|final|last`;

const DAY_MS = 86_400_000;
const toDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => toIso(new Date(toDate(iso).getTime() + n * DAY_MS));
const weekdayOf = (iso: string) => WEEKDAYS[toDate(iso).getUTCDay()]!;
const isWeekend = (iso: string) => /^S/.test(weekdayOf(iso));

/**
 * Words naming the outcome or the end of the hearing, the cue that a counted day in the same sentence
 * is the day of the decision ("the panel gave its decision", "the hearing concluded ... when", "... and gave her a final written warning").
 */
const DECIDING =
  /\b(?:decisions?|outcomes?|determinations?|sanctions?|findings|verdict|concluded|ended|finished|closed|dismissed|dismissal|(?:final\s+)?written\s+warning|management\s+advice|reduced\s+in\s+rank)\b/i;

/**
 * "on the third day, Wednesday", "on its fourth day, Friday 5 December", "on the afternoon of the second
 * day", "on the fourth sitting day, 6 February": a day counted from the hearing's first; group 1 the
 * ordinal, group 2 a weekday written after it. A date written after it is read from the dates found.
 */
const COUNTED_DAY = new RegExp(
  `\\bon\\s+(?:the|its)\\s+(?:(?:morning|afternoon|evening)\\s+of\\s+(?:the|its)\\s+)?(${ORDINAL_DAY})\\s+(?:sitting\\s+|working\\s+)?day\\b(?:\\s+of\\s+the\\s+(?:hearing|meeting))?(?:,?\\s+(${WEEKDAY})\\b)?`,
  'gi',
);

/**
 * "reached its decision on the day of the hearing", "announcing her decision at the end of the
 * hearing", "the outcome was given at the close of the meeting", a letter's "I gave you my decision
 * orally at the end of the meeting", "I reached my decision on the day": the decision came on the
 * hearing's (last) day. Past tense only: a notice's "will be announced at the end of the hearing" dates nothing yet.
 */
const SAME_DAY =
  /\b(?:reached|gave|announced|announcing|delivered|delivering|giving|made|handed\s+down)\s+(?:(?:you|him|her|them|the\s+officer)\s+)?(?:(?:its|her|his|their|the|our|my)\s+)?(?:decisions?|outcomes?|determinations?|sanctions?|findings)\b[^.]{0,60}?\b(?:on\s+the\s+(?:same\s+)?day(?:\s+of\s+the\s+(?:hearing|meeting)|(?=\s*[.,;)]|\s+(?:itself|and)\b))|at\s+the\s+(?:end|close|conclusion)\s+of\s+the\s+(?:hearing|meeting))\b|\b(?:decisions?|outcomes?|determinations?|sanctions?)\s+(?:was|were)\s+(?:given|announced|made|delivered|reached)\b[^.]{0,40}?\b(?:on\s+the\s+(?:same\s+)?day\s+of\s+the\s+(?:hearing|meeting)|at\s+the\s+(?:end|close|conclusion)\s+of\s+the\s+(?:hearing|meeting))\b/i;
/** SAME_DAY's words that name the hearing's last day rather than its only one. */
const AT_THE_END = /\b(?:end|close|conclusion)\s+of\b/i;

/**
 * "announced the outcome the following morning", "gave its sanction the next day": one day after the
 * last date written before it in the sentence.
 */
const NEXT_DAY =
  /\b(?:decisions?|outcomes?|determinations?|sanctions?|verdict)\b[^.]{0,40}?\b(?:the\s+(?:following|next)\s+(?:morning|day|afternoon)|the\s+day\s+after)\b|\b(?:the\s+(?:following|next)\s+(?:morning|day|afternoon)|the\s+day\s+after)\b[^.]{0,40}?\b(?:decisions?|outcomes?|determinations?|sanctions?|verdict)\b/gi;

/**
 * "announced its decision on the Friday", "Announcing its decision on Wednesday afternoon", "The
 * hearing concluded on Thursday": the sitting day of that weekday. A date right after the weekday
 * ("on Friday 5 May") is a date of its own, read elsewhere.
 */
const ON_WEEKDAY = new RegExp(
  `\\b(?:decisions?|outcomes?|determinations?|sanctions?|verdict|concluded|ended|finished)\\b[^.\\n]{0,50}?\\bon\\s+(?:the\\s+)?(${WEEKDAY})\\b(?![ \\t]*,?[ \\t]*(?:the\\s+)?\\d)`,
  'g',
);

/** A notice's words for what is still to come ("will be announced on the Friday"): no decision has a day yet. */
const FUTURE = /\b(?:will|shall|to\s+be|is\s+(?:due|expected|scheduled))\b/i;

/** Between two days of one sitting's list: a comma, "and", or a range's "to". */
const LIST_JOIN = /^[\s,]*(?:and|&)?\s*(?:[A-Z][a-z]{2,8}\s+)?$/;
const RANGE_JOIN = /^\s*(?:to|until|-|–)\s*(?:[A-Z][a-z]{2,8}\s+)?$/;
/** The day numbers written inside one date expression ("2, 3 and 5 February", "Tuesday 27th and Wednesday 28th January", "9 to 11 March"), with what joins them. */
const DAY_NUMBER = /\b(\d{1,2})(?:st|nd|rd|th)?\b/g;
const RANGE_WORD = /^\s*(?:to|until|-|–)\s*$/;
/** The longest hearing counted: a range longer than this is no sitting. */
const MAX_SITTING = 15;

/** Every day from one to another, skipping a weekend unless the range starts or ends on one. */
function daysBetween(from: string, to: string): string[] {
  if (to <= from) return [from];
  const keepWeekend = isWeekend(from) || isWeekend(to);
  const out: string[] = [];
  for (let d = from; d <= to && out.length < MAX_SITTING; d = addDays(d, 1)) if (keepWeekend || !isWeekend(d)) out.push(d);
  return out;
}

/**
 * The sitting days a hearing date gives: the days listed inside its own expression ("2, 3 and 5
 * February 2026", "9 to 11 March"), else that date and the dates joined to it ("Tue 3 Mar 2026 and Wed 4
 * Mar 2026", "02/03/2026 - 04/03/2026"). A range counts every working day in it.
 */
export function sittingDays(text: string, f: Found, found: readonly Found[]): string[] {
  if (!f.iso) return [];
  const words = text.slice(f.start, f.end);
  const [y, m] = f.iso.split('-');
  const nums = [...words.matchAll(DAY_NUMBER)].filter((n) => n[0].length <= 4 && !/^\d{4}$/.test(n[0]));
  // Only a single month's days: "1 April and 30 June 2022" names two months and is read as one day.
  if (
    nums.length > 1 &&
    !/\d[/.]/.test(words) &&
    (words.match(/\b[A-Z][a-z]{2,8}\b/g) ?? []).filter((w) => !WEEKDAYS.some((d) => d.startsWith(w.slice(0, 3)))).length === 1
  ) {
    const out: string[] = [];
    nums.forEach((n, i) => {
      const day = `${y}-${m}-${n[1]!.padStart(2, '0')}`;
      const prev = nums[i - 1];
      const join = prev ? words.slice((prev.index ?? 0) + prev[0].length, n.index ?? 0) : '';
      if (prev && RANGE_WORD.test(join.replace(/\b[A-Z][a-z]+day\b/g, ''))) out.push(...daysBetween(out[out.length - 1]!, day).slice(1));
      else out.push(day);
    });
    if (out.every((d) => !Number.isNaN(toDate(d).getTime()) && toIso(toDate(d)) === d)) return out;
    return [f.iso];
  }
  const days = [f.iso];
  let prev = f;
  for (const g of found) {
    if (g.start <= prev.start) continue;
    const gap = text.slice(prev.end, g.start);
    if (!g.iso) break;
    if (RANGE_JOIN.test(gap)) days.push(...daysBetween(days[days.length - 1]!, g.iso).slice(1));
    else if (LIST_JOIN.test(gap)) days.push(g.iso);
    else break;
    prev = g;
  }
  return days;
}

/** A yearless day and month after a hearing's first day: the first such day on or after it. */
export function dayAfter(first: string, month: number, day: number): string | null {
  for (const year of [Number(first.slice(0, 4)), Number(first.slice(0, 4)) + 1]) {
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (toIso(toDate(iso)) === iso && iso >= first) return iso;
  }
  return null;
}

/** The first day on or after `from` that falls on `weekday`. */
function nextWeekday(from: string, weekday: string): string {
  let d = from;
  while (weekdayOf(d) !== weekday) d = addDays(d, 1);
  return d;
}

/** The nth (1-based) sitting day: the list's, else the nth working day from the first; a weekday written with it settles which. */
function countedDay(days: readonly string[], n: number | 'last', weekday: string | undefined): string | null {
  if (n === 'last') return days.length > 1 ? days[days.length - 1]! : null;
  if (days.length > 1) {
    const listed = days[n - 1];
    return listed && (!weekday || weekdayOf(listed) === weekday) ? listed : null;
  }
  let d = days[0]!;
  for (let k = 1; k < n; k++) {
    d = addDays(d, 1);
    while (isWeekend(d)) d = addDays(d, 1);
  }
  return weekday && weekdayOf(d) !== weekday ? nextWeekday(addDays(days[0]!, n - 1), weekday) : d;
}

/** The day and month of a date expression whose year is not written ("Friday 5 December", "4 March"). */
export type DayMonth = (f: Found) => { month: number; day: number } | null;

/** Where the sentence around `at` starts and ends. */
function sentenceAround(text: string, at: number, end: number): [number, number] {
  const before = text.slice(0, at);
  const s = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n\n'));
  const e = text.slice(end).search(/\.(?:\s|$)|\n\s*\n/);
  return [s < 0 ? 0 : s + 2, e < 0 ? text.length : end + e];
}

export interface SittingDecision {
  date: string;
  start: number;
  end: number;
}

/**
 * The decision's day counted against the hearing's `days` (its first day, or its list), from the
 * first cue that gives one. `dayMonth` reads a yearless date's day and month, which the hearing's
 * first day gives a year.
 */
export function decisionOnSittingDay(text: string, days: readonly string[], found: readonly Found[], dayMonth: DayMonth): SittingDecision | null {
  const first = days[0];
  if (!first) return null;
  const resolve = (f: Found): string | null => {
    if (f.iso) return f.iso;
    const dm = dayMonth(f);
    return dm ? dayAfter(first, dm.month, dm.day) : null;
  };
  for (const m of text.matchAll(COUNTED_DAY)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const [s, e] = sentenceAround(text, at, end);
    const sentence = text.slice(s, at) + ' ' + text.slice(end, e);
    if (!DECIDING.test(sentence) || FUTURE.test(sentence)) continue;
    // A date written right after the count ("on its fourth day, Friday 5 December") says which day outright.
    const written = found.find((f) => f.start >= end && /^[\s,]*$/.test(text.slice(end, f.start)));
    const given = written ? resolve(written) : null;
    if (given && given >= first) return { date: given, start: at, end: written!.end };
    const word = m[1]!.toLowerCase();
    const n = word === 'final' || word === 'last' ? 'last' : ORDINAL_DAYS.indexOf(word) + 1;
    const weekday = m[2] ? WEEKDAYS.find((d) => d.toLowerCase() === m[2]!.toLowerCase()) : undefined;
    const day = countedDay(days, n, weekday);
    if (day) return { date: day, start: at, end };
  }
  const same = SAME_DAY.exec(text);
  if (same) {
    const day = AT_THE_END.test(same[0]) ? days[days.length - 1]! : days.length === 1 ? first : null;
    if (day) return { date: day, start: same.index, end: same.index + same[0].length };
  }
  for (const m of text.matchAll(NEXT_DAY)) {
    const at = m.index ?? 0;
    const [s] = sentenceAround(text, at, at + m[0].length);
    if (FUTURE.test(m[0])) continue;
    const before = found.filter((f) => f.start >= s && f.end <= at + m[0].length).pop();
    const day = before ? resolve(before) : null;
    if (day && day >= first) return { date: addDays(day, 1), start: at, end: at + m[0].length };
  }
  for (const m of text.matchAll(ON_WEEKDAY)) {
    if (FUTURE.test(m[0])) continue;
    const weekday = m[1]!;
    const listed = days.find((d) => weekdayOf(d) === weekday);
    const day = listed ?? (days.length === 1 ? nextWeekday(first, weekday) : null);
    if (day) return { date: day, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}
