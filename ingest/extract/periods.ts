import type { Period } from '../../src/domain/periods.js';
import { MONTH_SOURCE, monthIndex } from './months.js';

/**
 * Periods of service written beside a unit or a rank: "(2018 to 2023)", "between June and September
 * 2022", "from March 2019 until 2021", "since 2020", "until her retirement in 2021", "at the time".
 * Each shape is a row of PERIOD_SHAPES: its pattern and how its groups make a Period.
 */

const MONTH = `(${MONTH_SOURCE})`;
const YEAR = '((?:19|20)\\d{2})';
/** "to", "until", "till" or a dash join the two ends of a range. */
const TO = '\\s*(?:to|until|till|-|–|—)\\s*';
/** Career events that end a period: "until her retirement in 2021". */
const END_EVENT = "(?:(?:his|her|their|the officer['’]s)\\s+(?:retirement|resignation|dismissal|transfer|promotion|move)\\s+in\\s+)?";

/** "June" and "2022" to "2022-06"; a year alone stays "2022". */
function partial(month: string | undefined, year: string | undefined): string | null {
  if (!year) return null;
  if (!month) return year;
  return `${year}-${String(monthIndex(month)).padStart(2, '0')}`;
}

export interface PeriodMatch extends Period {
  /** True for "at the time": the period is that of the conduct, which the document dates elsewhere. */
  atTheTime: boolean;
  /** Offsets of the words read, within the text searched. */
  start: number;
  end: number;
}

interface Shape {
  /** Why the shape exists, as it reads in documents. */
  example: string;
  re: RegExp;
  read: (m: RegExpExecArray) => Period & { atTheTime?: boolean };
  /** A range that can date conduct ("between June and September 2022"), not only service. */
  conduct?: boolean;
}

/** Every shape, most specific first: the first that matches nearest the unit wins. */
const PERIOD_SHAPES: readonly Shape[] = [
  {
    // Bracketed after the unit's name; "present" and "date" leave the end open.
    example: '(2018 to 2023), (March 2019 - present)',
    re: new RegExp(`\\(\\s*(?:from\\s+)?(?:${MONTH}\\s+)?${YEAR}${TO}(?:(?:${MONTH}\\s+)?${YEAR}|(present|date|now))\\s*\\)`, 'i'),
    read: (m) => ({ from: partial(m[1], m[2]), to: m[5] ? null : partial(m[3], m[4]) }),
  },
  {
    // Both months of one year: the year is written once, at the end.
    example: 'between June and September 2022',
    re: new RegExp(`\\b(?:between|from)\\s+${MONTH}(?:\\s+${YEAR})?\\s+(?:and|to|until)\\s+${MONTH}\\s+${YEAR}`, 'i'),
    read: (m) => ({ from: partial(m[1], m[2] ?? m[4]), to: partial(m[3], m[4]) }),
    conduct: true,
  },
  {
    example: 'between 2017 and 2019, from 2018 to 2023',
    re: new RegExp(`\\b(?:between|from)\\s+(?:${MONTH}\\s+)?${YEAR}\\s+(?:and|to|until|till)\\s+(?:${MONTH}\\s+)?${YEAR}`, 'i'),
    read: (m) => ({ from: partial(m[1], m[2]), to: partial(m[3], m[4]) }),
    conduct: true,
  },
  {
    example: 'since 2020, from May 2021',
    re: new RegExp(`\\b(?:since|from)\\s+(?:${MONTH}\\s+)?${YEAR}`, 'i'),
    read: (m) => ({ from: partial(m[1], m[2]), to: null }),
  },
  {
    example: 'until her retirement in 2021, until March 2020',
    re: new RegExp(`\\buntil\\s+${END_EVENT}(?:${MONTH}\\s+)?${YEAR}`, 'i'),
    read: (m) => ({ from: null, to: partial(m[1], m[2]) }),
  },
  {
    // The conduct's own date says when; the caller fills it in.
    example: 'at the time, at the material time',
    re: /\bat\s+the\s+(?:material\s+)?time\b/i,
    read: () => ({ from: null, to: null, atTheTime: true }),
  },
  {
    example: 'in 2019, in June 2022, during 2020',
    re: new RegExp(`\\b(?:in|during)\\s+(?:${MONTH}\\s+)?${YEAR}\\b`, 'i'),
    read: (m) => ({ from: partial(m[1], m[2]), to: partial(m[1], m[2]) }),
  },
];

/**
 * Where a clause ends: the period must be in the unit's own sentence. A line starting with a
 * capital is the next field or sentence ("Posting: PaDP\nIt is alleged that between ..."); a
 * wrapped line goes on in lower case or with the bracket.
 */
const SENTENCE_END = /[.;](?:\s|$)|\n\s*\n|\n(?=[ \t]*[A-Z])/;

/** How far after a unit's name its period is looked for. */
const LOOKAHEAD_CHARS = 120;

/**
 * The period written after a unit's name in `text` (which starts right after the name), in the
 * same sentence. The nearest shape wins, so a later date of some other event is not taken.
 */
export function periodAfter(text: string): PeriodMatch | null {
  const stop = text.slice(0, LOOKAHEAD_CHARS).search(SENTENCE_END);
  const window = text.slice(0, stop < 0 ? LOOKAHEAD_CHARS : stop);
  let best: PeriodMatch | null = null;
  for (const shape of PERIOD_SHAPES) {
    const m = shape.re.exec(window);
    if (!m || (best && m.index >= best.start)) continue;
    const p = shape.read(m);
    best = { from: p.from, to: p.to, atTheTime: p.atTheTime ?? false, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const CONDUCT_SHAPES = PERIOD_SHAPES.filter((s) => s.conduct);

/** The first range of dates anywhere in `text` (an allegation's "between June and September 2022"). */
export function firstPeriod(text: string): PeriodMatch | null {
  return firstOf(CONDUCT_SHAPES.map((shape) => shape.re.exec(text)));
}

/** firstPeriod's choice among each conduct shape's first match: the earliest, the first shape on a tie; an unusable one is passed over. */
function firstOf(matches: (RegExpExecArray | null)[]): PeriodMatch | null {
  let best: PeriodMatch | null = null;
  CONDUCT_SHAPES.forEach((shape, i) => {
    const m = matches[i];
    if (!m || (best && m.index >= best.start)) return;
    const p = shape.read(m);
    if (p.atTheTime || !p.from || !p.to) return;
    best = { from: p.from, to: p.to, atTheTime: false, start: m.index, end: m.index + m[0].length };
  });
  return best;
}

/**
 * firstPeriod(text.slice(offset)) for ever later offsets, without searching the rest of a long
 * text again at each one. A shape's first match at or after an offset is still its first from a
 * later offset when it starts after that one: a match between them would have been found first,
 * as the text to the right and each \b's left neighbour are the same from either offset. Only at
 * the offset itself can a slice match where the whole text did not (\b holds at a slice's start),
 * so that place is tried on its own.
 */
export function periodScanner(text: string): (offset: number) => PeriodMatch | null {
  const sticky = CONDUCT_SHAPES.map((shape) => new RegExp(shape.re.source, shape.re.flags + 'y'));
  /** Per shape: the offset last searched from, and its first match from there (absolute index), if any. */
  const last: ({ from: number; at: number; m: RegExpExecArray | null } | null)[] = CONDUCT_SHAPES.map(() => null);
  const first = (i: number, offset: number): { at: number; m: RegExpExecArray | null } => {
    const rest = text.slice(offset);
    const seen = last[i];
    let found: { at: number; m: RegExpExecArray | null };
    if (seen && seen.from === offset) return seen;
    if (seen && seen.from < offset) {
      const re = sticky[i] as RegExp;
      re.lastIndex = 0;
      const here = re.exec(rest);
      if (here) found = { at: offset, m: here };
      else if (!seen.m || seen.at > offset) found = seen;
      else found = search(i, rest, offset);
    } else found = search(i, rest, offset);
    last[i] = { from: offset, ...found };
    return found;
  };
  const search = (i: number, rest: string, offset: number) => {
    const m = (CONDUCT_SHAPES[i] as Shape).re.exec(rest);
    return { at: m ? offset + m.index : -1, m };
  };
  return (offset) =>
    firstOf(
      CONDUCT_SHAPES.map((_, i) => {
        const { at, m } = first(i, offset);
        if (!m) return null;
        // The same groups, placed relative to this offset as a search of the slice would give them.
        const moved = Object.assign([...m], { index: at - offset, input: m.input, groups: m.groups }) as unknown as RegExpExecArray;
        return moved;
      }),
    );
}
