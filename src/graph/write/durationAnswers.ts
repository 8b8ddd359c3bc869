import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.js';
import { DAYS, GROSS_MISCONDUCT } from '../aggregateKeys.js';
import { grossMisconductAnswerProperties } from './grossMisconductAnswers.js';

/**
 * Days from incident to outcome, answered ahead for every year range. A days aggregate (one per
 * force and one for all) holds its histogram of (days, year); reading every histogram for each
 * request is most of the cost, so each aggregate also keeps the answer (count, inconsistent,
 * nearest-rank percentiles, min, max) for every range [years[i], years[j]] of its own years,
 * at i * n + j in n-by-n lists. A filter's range reads the entry of the first and last of the
 * aggregate's years inside it: the same proceedings, so the same answer.
 */

export const ANSWER_FIGURES = ['count', 'inconsistent', 'median', 'p25', 'p75', 'p90', 'min', 'max'] as const;
export type AnswerFigure = (typeof ANSWER_FIGURES)[number];

/** Property name of a figure's list. */
export const answerProperty = (f: AnswerFigure) => 'answer' + f[0]!.toUpperCase() + f.slice(1);

/** Stands for null in the percentile lists (no valid duration in the range): durations are never negative. */
export const NO_DAYS = -1;

/** The percentiles in ascending order, so one pass over the sorted days meets their ranks in turn. */
const RANKED: readonly [AnswerFigure, number][] = [
  ['p25', 0.25],
  ['median', 0.5],
  ['p75', 0.75],
  ['p90', 0.9],
];
const rank = new Array<number>(RANKED.length).fill(0);

/** From the histogram values (days * 10000 + year) and counts: the years, and each figure's n-by-n list. */
export function durationAnswers(values: number[], counts: number[]): { years: number[]; figures: Record<AnswerFigure, number[]> } {
  const entries = values.map((v, i) => {
    const year = ((v % 10000) + 10000) % 10000;
    return { year, days: (v - year) / 10000, count: counts[i]! };
  });
  const years = [...new Set(entries.map((e) => e.year))].sort((a, b) => a - b);
  const days = [...new Set(entries.filter((e) => e.days >= 0).map((e) => e.days))].sort((a, b) => a - b);
  const yearAt = new Map(years.map((y, i) => [y, i]));
  const dayAt = new Map(days.map((d, i) => [d, i]));
  const perYear = years.map(() => new Float64Array(days.length));
  const inconsistentPerYear = years.map(() => 0);
  for (const e of entries) {
    const y = yearAt.get(e.year)!;
    if (e.days < 0) inconsistentPerYear[y] = inconsistentPerYear[y]! + e.count;
    else perYear[y]![dayAt.get(e.days)!]! += e.count;
  }
  const n = years.length;
  const figures = Object.fromEntries(ANSWER_FIGURES.map((f) => [f, new Array<number>(n * n).fill(0)])) as Record<AnswerFigure, number[]>;
  for (let i = 0; i < n; i++) {
    const acc = new Float64Array(days.length);
    let total = 0;
    let inconsistent = 0;
    for (let j = i; j < n; j++) {
      const add = perYear[j]!;
      for (let k = 0; k < days.length; k++) {
        acc[k]! += add[k]!;
        total += add[k]!;
      }
      inconsistent += inconsistentPerYear[j]!;
      const at = i * n + j;
      figures.count[at] = total;
      figures.inconsistent[at] = inconsistent;
      for (const f of ['median', 'p25', 'p75', 'p90', 'min', 'max'] as const) figures[f][at] = NO_DAYS;
      if (!total) continue;
      // Nearest rank, as Cypher's percentileDisc: the value at 0-based rank ceil(p * n) - 1 (0 at
      // least). One pass over the days, the ranks in ascending order.
      for (let r = 0; r < RANKED.length; r++) rank[r] = Math.max(0, Math.ceil(RANKED[r]![1] * total) - 1);
      let next = 0;
      let seen = 0;
      let first = -1;
      let last = -1;
      for (let k = 0; k < days.length; k++) {
        const c = acc[k]!;
        if (!c) continue;
        if (first < 0) first = days[k]!;
        last = days[k]!;
        seen += c;
        while (next < RANKED.length && seen > rank[next]!) figures[RANKED[next++]![0]][at] = days[k]!;
      }
      figures.min[at] = first;
      figures.max[at] = last;
    }
  }
  return { years, figures };
}

/** The answers as properties of a days aggregate, integers as the migration stores them. */
export function answerProperties(values: number[], counts: number[]): Record<string, unknown> {
  const { years, figures } = durationAnswers(values, counts);
  const props: Record<string, unknown> = { years: years.map((y) => neo4j.int(y)) };
  for (const f of ANSWER_FIGURES) props[answerProperty(f)] = figures[f].map((x) => neo4j.int(x));
  return props;
}

/**
 * Adds the answers to aggregates that have none (days and gross misconduct): migration 011 builds
 * the histograms in Cypher, the answers are computed here.
 */
export async function completeStatisticsAnswers(graph: Graph): Promise<void> {
  const rows = await graph.read<{ key: string; kind: string; p: Record<string, unknown[]> }>(
    `MATCH (s:StatisticsAggregate) WHERE s.kind IN ['${DAYS}', '${GROSS_MISCONDUCT}'] AND s.years IS NULL RETURN s.key AS key, s.kind AS kind, properties(s) AS p`,
  );
  if (!rows.length) return;
  const props = (r: (typeof rows)[number]) =>
    r.kind === DAYS
      ? answerProperties(r.p.daysValues as number[], r.p.daysCounts as number[])
      : grossMisconductAnswerProperties(r.p.officersValues as string[], r.p.officersCounts as number[], r.p.dismissedValues as string[], r.p.dismissedCounts as number[]);
  await graph.run(`UNWIND $rows AS r MATCH (s:StatisticsAggregate {key: r.key}) SET s += r.props`, { rows: rows.map((r) => ({ key: r.key, props: props(r) })) });
}
