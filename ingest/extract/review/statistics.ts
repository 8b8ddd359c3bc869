/**
 * Figures a review quotes: counts ("11,472 allegations"), percentages ("43% were closed"),
 * proportions ("nine in ten officers"), each with what it counts and the clause it sits in. A
 * figure whose noun the sentence leaves out ("Of the 6,318 officers ..., 1,642 had more than one")
 * counts what the sentence counted before it. Years, dates, and numbers that name something
 * (chapters, recommendations, paragraphs, regulations) are not statistics.
 */
import type { StatisticFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { oneLine } from '../judgment/names.js';
import { clip } from './lines.js';
import type { Sentence } from './sentences.js';

/** "43%", "19 per cent", "2.5 percent". */
const PERCENT_RE = /(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent\b)/g;

/**
 * A whole number: "1,809", "412". Not part of a word or code ("MO19"), a decimal or paragraph
 * number ("6.1"), a fraction or year range ("2013/14"), money, or a percentage.
 */
const NUMBER_RE = /(?<![\w.,/£$€-])(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\w/%]|[.,]\d|\s?(?:%|per\s?cent\b))/g;

/** "nine in ten", "one in five", "1 in 4", "two out of three". */
const RATIO_RE = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\b/gi;

/** Up to four lower-case words after a figure: the noun it counts is among them. */
const WORDS_AFTER_RE = /^[ \t\n]+(?:\(\d{1,3}(?:\.\d{1,2})?\s?%\)[ \t\n]+)?((?:[a-z][a-z'-]*[ \t\n]+){0,3}[a-z][a-z'-]*)/;

/**
 * A verb straight after a figure, so the noun was left out: "1,642 had more than one", "97 were
 * still serving", "41 of those 52 were withdrawn", "214 (19%) had at least one".
 */
const ELIDED_VERB_RE =
  /^[ \t\n]+(?:\(\d{1,3}(?:\.\d{1,2})?\s?%\)[ \t\n]+)?(?:of\s+(?:them|those|these)(?:\s+\d[\d,]*)?\s+)?(?:had|have|has|were|was|are|is|remained|resigned|retired|left|received|faced|reported|said|told|described|experienced|did|would|could|included|involved)\b/;

/** "of the 1,021 allegations", "of allegations": what a percentage is of. */
const OF_WHAT_RE = /^[ \t\n]+of[ \t\n]+(?:the[ \t\n]+|all[ \t\n]+|those[ \t\n]+)?(?:\d[\d,]*[ \t\n]+)?((?:[a-z][a-z'-]*[ \t\n]+){0,2}[a-z][a-z'-]*)/;

/** "Of the PaDP officers serving ...", "Of those 1,642 officers": the population a sentence then counts in. */
const OF_THE_RE = /\b[Oo]f\s+(?:the|those|these)\s+(?:\d[\d,]*\s+)?((?:[A-Za-z][A-Za-z'-]*\s+){0,2}?[a-z][a-z-]*(?:s|people|staff|women|men))\b/;

/** "Of the 87," with no noun: the population is a figure given before, whose noun the paragraph knows. */
const OF_THE_FIGURE_RE = /\b[Oo]f\s+(?:the|those|these)\s+(\d{1,3}(?:,\d{3})+|\d{1,7})\b(?![ \t\n]+[a-z])/;

/** "41 of those 52 were withdrawn": a figure after "of those" refers back to one already counted. */
const REFERS_BACK_RE = /\bof\s+(?:the|those|these)\s+$/i;

/** Words before a number that make it a name or reference, not a count. */
const REFERENCE_BEFORE_RE =
  /\b(?:chapter|recommendations?|table|figure|page|pages|paragraphs?|paras?|section|sections|regulations?|reg|schedule|annex|appendix|part|rule|article|case\s+study|no|number|standard|level|phase|tier|stage|category|type|box|operation|op|pc|ps|dc|ds|officer|collar|warrant|s|ss|grade|version|volume|vol|room|route|area)\.?\s*$/i;

/** Words before a year-like number that make it a date: "in 2022", "since 2013", "March 2023". */
const DATE_BEFORE_RE =
  /\b(?:in|since|from|between|until|till|by|during|of|to|and|year|years|before|after|early|late|mid|summer|winter|spring|autumn|january|february|march|april|may|june|july|august|september|october|november|december)\s*[-–]?\s*$/i;

/** A figure followed by a month name is a day of a date. */
const MONTH_AFTER_RE = /^[ \t\n]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Words that can follow a figure but are not what it counts: function words, and nouns of time
 * or measure that the pattern would otherwise take for a plural.
 */
const NOT_MEASURE = new Set(
  (
    'of those these this that his hers its yes us thus less unless across always perhaps whereas does goes towards plus besides ' +
    'was is has as was or and but the a an to in on at by for with from per cent percent more than over under about around ' +
    'between within'
  ).split(' '),
);

/** Plural nouns without a final "s". */
const IRREGULAR_PLURALS = new Set(['people', 'staff', 'women', 'men', 'children', 'police']);

/** Where a figure's clause ends: a full stop or semicolon, a comma, or "and" before the next figure. */
const CLAUSE_END_RE = /[.;:!?]\s|[.;:!?]$|,\s|\s+and\s+(?=\d)|\s+compared\s+with\b/;

/** How much of the clause is kept. */
const DESCRIPTION_CHARS = 160;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

/** Thousands separators, dropped before a figure is read as a number. */
const THOUSANDS_RE = /,/g;

/** Spaces and line breaks between words. */
const WORD_GAP_RE = /\s+/;

function numberOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word.replace(THOUSANDS_RE, ''));
}

function isPlural(word: string): boolean {
  return IRREGULAR_PLURALS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_MEASURE.has(word));
}

/** The counted noun among the words after a figure: modifiers then a plural ("individual officers"). */
function measureIn(words: string): string | null {
  const ws = words.split(WORD_GAP_RE);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (NOT_MEASURE.has(w)) return null;
    if (isPlural(w)) return ws.slice(0, i + 1).join(' ');
  }
  return null;
}

/** The clause without the brackets its cut left unmatched: "19%) had" -> "19% had". */
function balanced(s: string): string {
  const drop = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')' && open.pop() === undefined) drop.add(i);
  }
  for (const i of open) drop.add(i);
  return [...s]
    .filter((_, i) => !drop.has(i))
    .join('')
    .trim();
}

/** A year 1900-2099 written without a thousands comma. */
const YEAR_RE = /^(?:19|20)\d\d$/;

interface Found {
  start: number;
  end: number;
  value: number;
  text: string;
  unit: StatisticFact['unit'];
  measure: string | null;
}

/** Statistics in the given sentences; `doc` gives the offsets their sources are cut from. */
export function findStatistics(doc: DocText, sentences: readonly Sentence[]): StatisticFact[] {
  const text = doc.text;
  const out: StatisticFact[] = [];
  // What each figure counted, within the paragraph, for a later "Of the 87, 52 were ...".
  let counted = new Map<number, string>();
  let paragraph: string | null = null;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      counted = new Map();
      paragraph = s.paragraph;
    }
    const raw = text.slice(s.start, s.end);
    const found: Found[] = [];
    const covered: [number, number][] = [];
    const free = (a: number, b: number) => !covered.some(([x, y]) => a < y && b > x);

    for (const m of raw.matchAll(RATIO_RE)) {
      const a = numberOf(m[1] ?? '');
      const b = numberOf(m[2] ?? '');
      if (!(a > 0 && b > a)) continue;
      const at = m.index ?? 0;
      covered.push([at, at + m[0].length]);
      const words = WORDS_AFTER_RE.exec(raw.slice(at + m[0].length))?.[1] ?? '';
      found.push({ start: at, end: at + m[0].length, value: a / b, text: m[0], unit: 'ratio', measure: measureIn(words) });
    }
    for (const m of raw.matchAll(PERCENT_RE)) {
      const at = m.index ?? 0;
      covered.push([at, at + m[0].length]);
      const of = OF_WHAT_RE.exec(raw.slice(at + m[0].length))?.[1];
      found.push({ start: at, end: at + m[0].length, value: Number(m[1]), text: m[0], unit: 'percent', measure: of ? measureIn(of) : null });
    }
    for (const m of raw.matchAll(NUMBER_RE)) {
      const at = m.index ?? 0;
      const digits = m[1] ?? '';
      if (!free(at, at + m[0].length)) continue;
      const before = raw.slice(Math.max(0, at - 20), at);
      const after = raw.slice(at + m[0].length, at + m[0].length + 80);
      if (REFERENCE_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after)) continue;
      if (YEAR_RE.test(digits) && DATE_BEFORE_RE.test(before)) continue;
      const measure = measureIn(WORDS_AFTER_RE.exec(after)?.[1] ?? '');
      // Without a noun, only a figure followed by a verb is a count ("97 were still serving").
      if (!measure && (YEAR_RE.test(digits) || !ELIDED_VERB_RE.test(after) || REFERS_BACK_RE.test(before))) continue;
      found.push({ start: at, end: at + m[0].length, value: numberOf(digits), text: digits, unit: 'count', measure });
    }
    found.sort((a, b) => a.start - b.start);

    // A figure with no noun counts what the sentence counted last, or the population it opened with.
    const figure = OF_THE_FIGURE_RE.exec(raw)?.[1];
    const population = OF_THE_RE.exec(raw)?.[1] ?? (figure ? counted.get(numberOf(figure)) : undefined) ?? null;
    let last: string | null = population;
    for (const f of found) {
      if (f.measure) last = f.measure;
      else f.measure = last;
      if (f.unit === 'count' && f.measure) counted.set(f.value, f.measure);
      const rest = raw.slice(f.start);
      const stop = CLAUSE_END_RE.exec(rest.slice(f.text.length));
      const clause = rest.slice(0, stop ? f.text.length + stop.index : rest.length);
      // The source is the whole sentence: the population a figure counts is often named before it.
      const span = doc.span(s.start, s.end);
      out.push({
        value: f.value,
        text: f.text,
        unit: f.unit,
        measure: f.measure,
        description: clip(balanced(oneLine(clause)), DESCRIPTION_CHARS),
        paragraph: s.paragraph,
        source: { ...span, quote: clip(s.text, 200) },
      });
    }
  }
  return out;
}
