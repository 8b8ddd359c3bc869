/**
 * The most-cited ranking of one scope (all forces, or one force) over one range of years, kept
 * ahead so a request reads its answer instead of ranking candidates. Pure functions; the writer
 * (citedRankings.ts) stores and maintains them.
 *
 * A ranking holds the first `size` cases in the order the API answers (citing documents, then
 * citations, then citation), each with its counts in the range. `complete` says it holds every case
 * with a citing document in the range; otherwise every case it does not hold ranks below its last
 * entry. That is what lets a write move a ranking exactly knowing only the cases whose counts it
 * changed: a case left out was unchanged, so it still ranks below the old last entry.
 */

export interface RankedCase {
  citation: string;
  documents: number;
  citations: number;
}

export interface Ranking {
  entries: RankedCase[];
  complete: boolean;
}

/** Enough for the largest page the API serves by default (API_MAX_PAGE_SIZE); a larger page is answered by ranking candidates. */
export const RANKING_SIZE = 100;
/**
 * Entries kept beyond RANKING_SIZE, so that a write lowering a few cases' counts (a document deleted
 * or read again) leaves enough certain entries: ranking a scope afresh scans its every cited case
 * (0.1 s and more at UK scale), and without slack one such case at the bottom made a write pay it.
 */
export const RANKING_KEPT = 150;

/** Most citing documents first, then most citations, then citation: the API's order, a total one. */
export function rankOrder(a: RankedCase, b: RankedCase): number {
  return b.documents - a.documents || b.citations - a.citations || (a.citation < b.citation ? -1 : a.citation > b.citation ? 1 : 0);
}

/**
 * The range a ranking answers: `all` every citing document (year-less ones too, as the API's
 * answer with no year bound), `from` decision years at or after `year`, `to` at or before it. A
 * year-less citing document counts only under `all`, as in the full scan.
 */
export type Bound = 'all' | 'from' | 'to';

export interface YearRange {
  bound: Bound;
  year: number | null;
}

/** Whether a histogram value (a year, '' for none) falls in the range. */
export function inRange(range: YearRange, value: string): boolean {
  if (range.bound === 'all') return true;
  if (value === '') return false;
  const year = Number(value);
  return range.bound === 'from' ? year >= range.year! : year <= range.year!;
}

/** A case's citing documents and citations per year value ('' for none). */
export type YearCounts = ReadonlyMap<string, readonly [documents: number, citations: number]>;

export function countsIn(range: YearRange, years: YearCounts): { documents: number; citations: number } {
  let documents = 0;
  let citations = 0;
  for (const [value, [d, c]] of years) {
    if (!inRange(range, value)) continue;
    documents += d;
    citations += c;
  }
  return { documents, citations };
}

/** The first `size` of these cases (those with a citing document), and whether that is all of them. */
export function rankAll(cases: Iterable<RankedCase>, size: number): Ranking {
  const entries = [...cases].filter((c) => c.documents > 0).sort(rankOrder);
  return { entries: entries.slice(0, size), complete: entries.length <= size };
}

/**
 * The ranking after a write that changed these cases' counts in the range (their new counts; a
 * case with no citing document left has documents 0). Exact, and as long as it can be: entries
 * ranking at or above the old last entry are certain (every case not held ranked below it and
 * did not move); below it a case not held might outrank them, so they are dropped and the ranking
 * is no longer complete. The caller ranks the scope afresh when it comes back shorter than `size`
 * and not complete.
 */
export function moveRanking(old: Ranking, changed: readonly RankedCase[], size: number): Ranking {
  const moved = new Set(changed.map((c) => c.citation));
  const merged = [...old.entries.filter((e) => !moved.has(e.citation)), ...changed.filter((c) => c.documents > 0)].sort(rankOrder);
  const last = old.entries[old.entries.length - 1];
  const certain = old.complete || !last ? merged : merged.filter((e) => rankOrder(e, last) <= 0);
  // An incomplete ranking with no entries knows nothing: rank afresh.
  if (!old.complete && !last) return { entries: [], complete: false };
  return { entries: certain.slice(0, size), complete: old.complete && certain.length <= size };
}

/** Whether a ranking can no longer answer a full page of `size` and must be ranked afresh from the aggregates. */
export const needsRanking = (r: Ranking, size: number): boolean => !r.complete && r.entries.length < size;
