import type { Period } from '../../src/domain/periods.js';

/**
 * Periods of service written beside a unit or a rank: "(2018 to 2023)", "between June and September
 * 2022", "from March 2019 until 2021", "since 2020", "until her retirement in 2021", "at the time".
 * Each shape is a row of PERIOD_SHAPES: its pattern and how its groups make a Period.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const YEAR = '((?:19|20)\\d{2})';
/** "to", "until", "till" or a dash join the two ends of a range. */
const TO = '\\s*(?:to|until|till|-|–|—)\\s*';
/** Career events that end a period: "until her retirement in 2021". */
const END_EVENT = "(?:(?:his|her|their|the officer['’]s)\\s+(?:retirement|resignation|dismissal|transfer|promotion|move)\\s+in\\s+)?";

/** "June" and "2022" to "2022-06"; a year alone stays "2022". */
function partial(month: string | undefined, year: string | undefined): string | null {
  if (!year) return null;
  if (!month) return year;
  return `${year}-${String(MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
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

/** The first range of dates anywhere in `text` (an allegation's "between June and September 2022"). */
export function firstPeriod(text: string): PeriodMatch | null {
  let best: PeriodMatch | null = null;
  for (const shape of PERIOD_SHAPES.filter((s) => s.conduct)) {
    const m = shape.re.exec(text);
    if (!m || (best && m.index >= best.start)) continue;
    const p = shape.read(m);
    if (p.atTheTime || !p.from || !p.to) continue;
    best = { from: p.from, to: p.to, atTheTime: false, start: m.index, end: m.index + m[0].length };
  }
  return best;
}
