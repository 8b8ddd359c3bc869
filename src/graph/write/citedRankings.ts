import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.js';
import { ALL_FORCES, CITED, CITED_FORCE, SEP } from '../aggregateKeys.js';
import type { Run } from './run.js';
import {
  countsIn,
  moveRanking,
  needsRanking,
  rankAll,
  RANKING_KEPT,
  RANKING_SIZE,
  type Bound,
  type RankedCase,
  type Ranking,
  type YearCounts,
  type YearRange,
} from './citedRanking.js';

/**
 * The most-cited rankings kept ahead (citedRanking.ts), one CitedRanking node per scope and range
 * (schema/013_cited_rankings.cypher): a scope is all forces ('*') or one force lower-cased ('='
 * and the force, as the citedForce aggregates key it), a range is every year (`all`), the years
 * from one year on (`from`) or up to one year (`to`), for every year a citing document of the
 * scope has had. A request with one year bound reads the ranking of the nearest year inside it:
 * no citing document has a year in between.
 *
 * The writer moves them in the transaction that moves the cited aggregates (aggregates.ts), from
 * the cases whose histograms changed; a year a scope has not had before gets its rankings from its
 * neighbours' (the same documents count in both until this write). Rankings are never deleted: a
 * year whose documents are gone still ranks what is left, which is nothing in that year.
 */

export const scopeOf = (forceLower: string | null): string => (forceLower === null ? ALL_FORCES : '=' + forceLower);

const rankingKey = (scope: string, range: YearRange) => [scope, range.bound, range.year ?? ''].join(SEP);

/** A cited or citedForce aggregate's histograms before and after a write. */
export interface CitedChange {
  scope: string;
  citation: string;
  before: YearCounts;
  after: YearCounts;
}

/** A case's counts per year from its documents and citations histograms (parallel value and count lists). */
export function yearCounts(
  documentValues: readonly string[],
  documentCounts: readonly number[],
  citationValues: readonly string[],
  citationCounts: readonly number[],
): YearCounts {
  const out = new Map<string, [number, number]>();
  documentValues.forEach((v, i) => out.set(v, [documentCounts[i]!, 0]));
  citationValues.forEach((v, i) => {
    const c = out.get(v) ?? [0, 0];
    c[1] = citationCounts[i]!;
    out.set(v, c);
  });
  return out;
}

interface Stored {
  key: string;
  scope: string;
  bound: Bound;
  year: number | null;
  cases: string[];
  documents: number[];
  citations: number[];
  complete: boolean;
}

const toRanking = (s: Stored): Ranking => ({
  entries: s.cases.map((citation, i) => ({ citation, documents: Number(s.documents[i]), citations: Number(s.citations[i]) })),
  complete: s.complete,
});

/** A histogram value (a year, '' for none) inside the ranking's range, in Cypher: inRange (citedRanking.ts) again. */
const IN_RANGE = (v: string) =>
  `CASE WHEN ${v} = '' THEN $bound = 'all' ELSE $bound = 'all' OR ($bound = 'from' AND toInteger(${v}) >= $year) OR ($bound = 'to' AND toInteger(${v}) <= $year) END`;
const SUM_IN_RANGE = (values: string, counts: string) =>
  `reduce(n = 0, k IN range(0, size(${values}) - 1) | n + CASE WHEN ${IN_RANGE(`${values}[k]`)} THEN ${counts}[k] ELSE 0 END)`;

/** A scope's cited aggregates ranked in one range, in the database: for a ranking that ran short. */
const RANK_SCOPE = `
  MATCH (s:StatisticsAggregate) WHERE CASE WHEN $forceLower IS NULL THEN s.kind = '${CITED}' ELSE s.forceLower = $forceLower END
  WITH s, CASE WHEN s.kind = '${CITED}' THEN [s.documentsValues, s.documentsCounts, s.citationsValues, s.citationsCounts]
               ELSE [s.forceDocumentsValues, s.forceDocumentsCounts, s.forceCitationsValues, s.forceCitationsCounts] END AS h
  WITH s.citation AS citation, ${SUM_IN_RANGE('h[0]', 'h[1]')} AS documents, ${SUM_IN_RANGE('h[2]', 'h[3]')} AS citations
  WHERE documents > 0
  RETURN citation, documents, citations ORDER BY documents DESC, citations DESC, citation LIMIT $limit`;

async function rankScope(run: Run, scope: string, range: YearRange): Promise<Ranking> {
  const r = await run(RANK_SCOPE, {
    forceLower: scope === ALL_FORCES ? null : scope.slice(1),
    bound: range.bound,
    year: range.year === null ? null : neo4j.int(range.year),
    limit: neo4j.int(RANKING_KEPT + 1),
  });
  const cases = r.records.map((x) => ({ citation: x.get('citation') as string, documents: Number(x.get('documents')), citations: Number(x.get('citations')) }));
  return { entries: cases.slice(0, RANKING_KEPT), complete: cases.length <= RANKING_KEPT };
}

const WRITE_RANKINGS = `
  UNWIND $rows AS r
  MERGE (n:CitedRanking {key: r.key})
  SET n.scope = r.scope, n.bound = r.bound, n.year = r.year, n.cases = r.cases, n.documents = r.documents, n.citations = r.citations, n.complete = r.complete`;

const rankingRow = (scope: string, range: YearRange, r: Ranking) => ({
  key: rankingKey(scope, range),
  scope,
  bound: range.bound,
  year: range.year === null ? null : neo4j.int(range.year),
  cases: r.entries.map((e) => e.citation),
  documents: r.entries.map((e) => neo4j.int(e.documents)),
  citations: r.entries.map((e) => neo4j.int(e.citations)),
  complete: r.complete,
});

const sameRanking = (a: Ranking, b: Ranking) =>
  a.complete === b.complete &&
  a.entries.length === b.entries.length &&
  a.entries.every((e, i) => e.citation === b.entries[i]!.citation && e.documents === b.entries[i]!.documents && e.citations === b.entries[i]!.citations);

const numericYears = (counts: YearCounts) => [...counts.keys()].filter((v) => v !== '').map(Number);

/**
 * Moves the rankings of the scopes these changes touch. Call it in the transaction that changed
 * the aggregates, after they were written (a ranking that ran short is ranked afresh from them).
 */
export async function refreshRankings(run: Run, changes: readonly CitedChange[]): Promise<void> {
  if (!changes.length) return;
  const scopes = [...new Set(changes.map((c) => c.scope))];
  const stored = await run(
    `MATCH (n:CitedRanking) WHERE n.scope IN $scopes
     RETURN n.key AS key, n.scope AS scope, n.bound AS bound, n.year AS year, n.cases AS cases, n.documents AS documents, n.citations AS citations, n.complete AS complete`,
    { scopes },
  );
  const byScope = new Map<string, Map<string, { range: YearRange; ranking: Ranking }>>(scopes.map((s) => [s, new Map()]));
  for (const rec of stored.records) {
    const s = rec.toObject() as unknown as Stored;
    const year = s.year === null ? null : Number(s.year);
    byScope.get(s.scope)!.set(s.key, { range: { bound: s.bound, year }, ranking: toRanking(s) });
  }
  const rows: ReturnType<typeof rankingRow>[] = [];
  for (const scope of scopes) {
    const rankings = byScope.get(scope)!;
    const mine = changes.filter((c) => c.scope === scope);
    const have = (bound: Bound) => [...rankings.values()].filter((x) => x.range.bound === bound).map((x) => x.range.year!);
    const fromYears = have('from');
    const toYears = have('to');
    // New years take their neighbour's ranking as it stood before this write: nothing lay between.
    const added: { range: YearRange; ranking: Ranking }[] = [];
    const empty = (): Ranking => ({ entries: [], complete: true });
    const copy = (bound: Bound, year: number | null): Ranking => {
      const r = year === null ? undefined : rankings.get(rankingKey(scope, { bound, year }));
      return r ? { entries: [...r.ranking.entries], complete: r.ranking.complete } : empty();
    };
    if (!rankings.has(rankingKey(scope, { bound: 'all', year: null }))) added.push({ range: { bound: 'all', year: null }, ranking: empty() });
    for (const year of new Set(mine.flatMap((c) => numericYears(c.after)))) {
      if (!fromYears.includes(year)) {
        const above = fromYears.filter((y) => y > year);
        added.push({ range: { bound: 'from', year }, ranking: copy('from', above.length ? Math.min(...above) : null) });
      }
      if (!toYears.includes(year)) {
        const below = toYears.filter((y) => y < year);
        added.push({ range: { bound: 'to', year }, ranking: copy('to', below.length ? Math.max(...below) : null) });
      }
    }
    for (const a of added) rankings.set(rankingKey(scope, a.range), a);
    const isNew = new Set(added.map((a) => rankingKey(scope, a.range)));
    for (const [key, { range, ranking }] of rankings) {
      const changed: RankedCase[] = [];
      for (const c of mine) {
        const before = countsIn(range, c.before);
        const after = countsIn(range, c.after);
        if (before.documents !== after.documents || before.citations !== after.citations) changed.push({ citation: c.citation, ...after });
      }
      if (!changed.length && !isNew.has(key)) continue;
      let moved = moveRanking(ranking, changed, RANKING_KEPT);
      if (needsRanking(moved, RANKING_SIZE)) moved = await rankScope(run, scope, range);
      // Most writes move cases far below a ranking's last entry: nothing to write.
      if (!isNew.has(key) && sameRanking(moved, ranking)) continue;
      rows.push(rankingRow(scope, range, moved));
    }
  }
  if (rows.length) await run(WRITE_RANKINGS, { rows });
}

/**
 * Ranks every scope and range afresh from the cited aggregates, for a graph whose aggregates were
 * built without them (migration 011, `rebuildStatistics`): runs once, until the marker is removed.
 */
export async function buildRankings(graph: Graph): Promise<void> {
  const [done] = await graph.read<{ n: number }>('MATCH (b:CitedRankingsBuilt) RETURN count(b) AS n');
  if (done && done.n > 0) return;
  const aggregates = await graph.read<{ kind: string; citation: string; forceLower: string | null; h: [string[], number[], string[], number[]] }>(
    `MATCH (s:StatisticsAggregate) WHERE s.kind IN ['${CITED}', '${CITED_FORCE}']
     RETURN s.kind AS kind, s.citation AS citation, s.forceLower AS forceLower,
            CASE WHEN s.kind = '${CITED}' THEN [s.documentsValues, s.documentsCounts, s.citationsValues, s.citationsCounts]
                 ELSE [s.forceDocumentsValues, s.forceDocumentsCounts, s.forceCitationsValues, s.forceCitationsCounts] END AS h`,
  );
  const scopes = new Map<string, { citation: string; years: YearCounts }[]>();
  for (const a of aggregates) {
    const scope = scopeOf(a.kind === CITED ? null : a.forceLower);
    let list = scopes.get(scope);
    if (!list) scopes.set(scope, (list = []));
    list.push({ citation: a.citation, years: yearCounts(a.h[0], a.h[1].map(Number), a.h[2], a.h[3].map(Number)) });
  }
  const rows: ReturnType<typeof rankingRow>[] = [];
  for (const [scope, cases] of scopes) {
    const years = [...new Set(cases.flatMap((c) => numericYears(c.years)))];
    const ranges: YearRange[] = [
      { bound: 'all', year: null },
      ...years.flatMap((year) => [
        { bound: 'from' as const, year },
        { bound: 'to' as const, year },
      ]),
    ];
    for (const range of ranges)
      rows.push(
        rankingRow(
          scope,
          range,
          rankAll(
            cases.map((c) => ({ citation: c.citation, ...countsIn(range, c.years) })),
            RANKING_KEPT,
          ),
        ),
      );
  }
  await graph.write(async (tx) => {
    await tx.run('MATCH (n:CitedRanking) DETACH DELETE n');
    for (let i = 0; i < rows.length; i += 500) await tx.run(WRITE_RANKINGS, { rows: rows.slice(i, i + 500) });
    await tx.run("MERGE (:CitedRankingsBuilt {id: 'cited-rankings'})");
  });
}
