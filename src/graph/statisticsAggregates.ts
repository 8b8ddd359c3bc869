import neo4j from 'neo4j-driver';
import type { Read } from './read.js';
import { ALL_FORCES, CITED, CITED_FORCE, DAYS, GROSS_MISCONDUCT, SEP, type Scope } from './aggregateKeys.js';
import { rankOrder, type Bound, type RankedCase } from './write/citedRanking.js';
import { ANSWER_FIGURES, answerProperty, NO_DAYS, type AnswerFigure } from './write/durationAnswers.js';
import {
  DURATION_DIMENSIONS,
  grossMisconductShares,
  incidentToOutcome,
  SHARE_DIMENSIONS,
  split,
  type CitedCaseRow,
  type DurationDimension,
  type DurationRow,
  type ShareDimension,
  type ShareRow,
  type StatisticsFilter,
} from './statistics.js';

/**
 * The API's statistics, answered from the aggregates the writer keeps (src/graph/write/aggregates.ts)
 * instead of a scan of the facts: the same rows, groups and order as the full scans in
 * statistics.ts, which stay as the reference the tests compare against. Filters apply to the
 * aggregates' groups: force (case-insensitive) and years are part of every group.
 */

// ---------------------------------------------------------------------------------------------
// Gross misconduct proven, dismissed or not
// ---------------------------------------------------------------------------------------------

interface GrossMisconductAnswer {
  scope: Scope;
  force: string | null;
  standard: string | null;
  officers: number;
  dismissed: number;
  /** The overall scope's [year, officers, dismissed] within the filter; null for the others. */
  years: [number | null, number, number][] | null;
}

/**
 * Each scope's distinct officers and dismissed for the filter's years, read from its answers at
 * [first, last of its years inside them] (write/grossMisconductAnswers.ts), or the answer for no
 * year bound; the overall scope also gives its officers per year.
 */
const GROSS_MISCONDUCT_ANSWERS = `
  MATCH (s:StatisticsAggregate {kind: '${GROSS_MISCONDUCT}'})
  WHERE CASE WHEN $force IS NULL THEN s.scope IN ['all', 'force', 'standard']
             ELSE s.scope IN ['force', 'forceStandard'] AND toLower(s.force) = toLower($force) END
  WITH s, size(s.years) AS n, [k IN range(0, size(s.years) - 1) WHERE $fromYear IS NULL OR s.years[k] >= $fromYear] AS from,
       [k IN range(0, size(s.years) - 1) WHERE $toYear IS NULL OR s.years[k] <= $toYear] AS to
  WITH s, from, to, $fromYear IS NULL AND $toYear IS NULL AS unbounded, CASE WHEN head(from) <= last(to) THEN head(from) * n + last(to) END AS at
  RETURN s.scope AS scope, s.force AS force, s.standard AS standard,
         CASE WHEN unbounded THEN s.unboundedOfficers WHEN at IS NULL THEN 0 ELSE s.answerOfficers[at] END AS officers,
         CASE WHEN unbounded THEN s.unboundedDismissed WHEN at IS NULL THEN 0 ELSE s.answerDismissed[at] END AS dismissed,
         CASE WHEN s.scope = $overallScope THEN
           [k IN range(0, size(s.years) - 1) WHERE k IN from AND k IN to | [s.years[k], s.yearOfficers[k], s.yearDismissed[k]]]
           + CASE WHEN unbounded AND s.noYearOfficers > 0 THEN [[null, s.noYearOfficers, s.noYearDismissed]] ELSE [] END
         END AS years`;

export async function aggregateGrossMisconductShares(read: Read, filter: StatisticsFilter): Promise<Record<ShareDimension, ShareRow[]>> {
  // With a force filter the force's scopes stand for everyone and for each Standard.
  const overallScope: Scope = filter.force === null ? 'all' : 'force';
  const standardScope: Scope = filter.force === null ? 'standard' : 'forceStandard';
  const answers = await read<GrossMisconductAnswer>(GROSS_MISCONDUCT_ANSWERS, { ...filter, overallScope });
  // Two forces spelt alike but for case are one filter but two groups: too rare to answer ahead for, so the scan answers.
  if (filter.force !== null && new Set(answers.map((a) => a.force)).size > 1) return grossMisconductShares(read, filter);
  const rows: ShareRow[] = [];
  const push = (dimension: ShareDimension, key: string | number | null, officers: number, dismissed: number) => {
    if (officers > 0) rows.push({ dimension, key, officers, dismissed });
  };
  for (const a of answers) {
    if (a.scope === overallScope) {
      push('overall', null, a.officers, a.dismissed);
      for (const [year, officers, dismissed] of a.years ?? []) push('year', year, officers, dismissed);
    }
    if (a.scope === 'force') push('force', a.force, a.officers, a.dismissed);
    if (a.scope === standardScope) push('standard', a.standard, a.officers, a.dismissed);
  }
  return split(rows, SHARE_DIMENSIONS, (r) => r.officers);
}

// ---------------------------------------------------------------------------------------------
// Days from incident to outcome
// ---------------------------------------------------------------------------------------------

/**
 * Each days aggregate's answer for the filter's years, read at [first, last of its years inside
 * them] (durationAnswers.ts); aggregates with none of their years inside are left out, as the scan
 * leaves out groups with no proceeding.
 */
const DURATION_ANSWERS = `
  MATCH (s:StatisticsAggregate {kind: '${DAYS}'})
  WHERE CASE WHEN $force IS NULL THEN true ELSE s.scope = 'force' AND toLower(s.force) = toLower($force) END
  WITH s, size(s.years) AS n, [k IN range(0, size(s.years) - 1) WHERE $fromYear IS NULL OR s.years[k] >= $fromYear] AS from,
       [k IN range(0, size(s.years) - 1) WHERE $toYear IS NULL OR s.years[k] <= $toYear] AS to
  WITH s, head(from) * n + last(to) AS at WHERE head(from) <= last(to)
  RETURN s.scope AS scope, s.force AS force, ${ANSWER_FIGURES.map((f) => `s.${answerProperty(f)}[at] AS ${f}`).join(', ')}`;

type Answer = { scope: 'all' | 'force'; force: string | null } & Record<AnswerFigure, number>;

function answerRow(dimension: DurationDimension, a: Answer): DurationRow {
  const days = (x: number) => (x === NO_DAYS ? null : x);
  return {
    dimension,
    key: dimension === 'overall' ? null : a.force,
    count: a.count,
    inconsistent: a.inconsistent,
    median: days(a.median),
    p25: days(a.p25),
    p75: days(a.p75),
    p90: days(a.p90),
    min: days(a.min),
    max: days(a.max),
  };
}

export async function aggregateIncidentToOutcome(read: Read, filter: StatisticsFilter): Promise<Record<DurationDimension, DurationRow[]>> {
  const answers = await read<Answer>(DURATION_ANSWERS, { ...filter });
  const forces = answers.filter((a) => a.scope === 'force');
  // Two forces spelt alike but for case are one filter but two groups: too rare to answer ahead for, so the scan answers.
  if (filter.force !== null && forces.length > 1) return incidentToOutcome(read, filter);
  const overall = filter.force === null ? answers.find((a) => a.scope === 'all') : forces[0];
  const rows = forces.map((a) => answerRow('force', a));
  if (overall) rows.push(answerRow('overall', overall));
  return split(rows, DURATION_DIMENSIONS, (r) => r.count);
}

// ---------------------------------------------------------------------------------------------
// Cases most relied on
// ---------------------------------------------------------------------------------------------

/** With no filter the totals are the answer, in index order. */
const MOST_CITED_TOTALS = `
  MATCH (s:StatisticsAggregate) WHERE s.documentsTotal > 0
  WITH s ORDER BY s.documentsTotal DESC, s.citationsTotal DESC, s.citation LIMIT $limit
  OPTIONAL MATCH (c:Case {citation: s.citation})
  RETURN s.citation AS citation, c.court AS court, c.stub AS stub, s.documentsTotal AS citingDocuments, s.citationsTotal AS citations`;

/** A year value of a cited histogram ("" for none) within the filter, in Cypher. */
const CITED_YEAR_IN = (v: string) =>
  `CASE WHEN ${v} = '' THEN $fromYear IS NULL AND $toYear IS NULL ELSE ($fromYear IS NULL OR toInteger(${v}) >= $fromYear) AND ($toYear IS NULL OR toInteger(${v}) <= $toYear) END`;

/**
 * Cases with at least $atLeast citing documents in all (under the force filter, when given: its
 * citedForce aggregates), most first, with their counts within the years summed in the database:
 * no case further down can have more.
 */
function citedCandidates(prefix: '' | 'force'): string {
  const p = (name: string) => (prefix ? prefix + name[0]!.toUpperCase() + name.slice(1) : name);
  const sum = (hist: string) =>
    `reduce(n = 0, k IN range(0, size(s.${p(hist)}Values) - 1) | n + CASE WHEN ${CITED_YEAR_IN(`s.${p(hist)}Values[k]`)} THEN s.${p(hist)}Counts[k] ELSE 0 END)`;
  return `
    MATCH (s:StatisticsAggregate) WHERE ${prefix ? 's.forceLower = toLower($force) AND ' : ''}s.${p('documents')}Total >= $atLeast
    WITH s ORDER BY s.${p('documents')}Total DESC LIMIT $limit
    OPTIONAL MATCH (c:Case {citation: s.citation})
    RETURN s.citation AS citation, c.court AS court, c.stub AS stub, s.${p('documents')}Total AS total,
           ${sum('documents')} AS citingDocuments, ${sum('citations')} AS citations`;
}

const CITED_CANDIDATES = citedCandidates('');
const CITED_IN_FORCE_CANDIDATES = citedCandidates('force');

type Candidate = CitedCaseRow & { total: number };

const ranked = (a: { citingDocuments: number; citations: number; citation: string }, b: typeof a) =>
  b.citingDocuments - a.citingDocuments || b.citations - a.citations || (a.citation < b.citation ? -1 : a.citation > b.citation ? 1 : 0);

/**
 * The ranking kept ahead for the filter's scope and range (write/citedRankings.ts): for `from` the
 * one of the first year at or after the bound, for `to` the last at or before it, no citing
 * document having a year in between. Its first $limit cases, or one row with enough false when it
 * holds fewer and is not complete; no row when the scope has no citing document in the range.
 */
const RANKED = `
  MATCH (r:CitedRanking) WHERE r.scope = CASE WHEN $force IS NULL THEN '${ALL_FORCES}' ELSE '=' + toLower($force) END AND r.bound = $bound
    AND CASE $bound WHEN 'from' THEN r.year >= $year WHEN 'to' THEN r.year <= $year ELSE true END
  WITH r ORDER BY CASE WHEN $bound = 'to' THEN -r.year ELSE r.year END LIMIT 1
  WITH r, r.complete OR size(r.cases) >= $limit AS enough
  UNWIND CASE WHEN enough THEN range(0, size(r.cases) - 1)[..$limit] ELSE [null] END AS i
  OPTIONAL MATCH (c:Case {citation: r.cases[i]})
  RETURN enough, r.cases[i] AS citation, c.court AS court, c.stub AS stub, r.documents[i] AS citingDocuments, r.citations[i] AS citations
  ORDER BY i`;

/**
 * For a range with both bounds: the cases of the ranking from the first year at or after the lower
 * bound, each with its counts within both bounds from its aggregate, and that ranking's last entry.
 */
const RANKED_CANDIDATES = `
  MATCH (r:CitedRanking) WHERE r.scope = CASE WHEN $force IS NULL THEN '${ALL_FORCES}' ELSE '=' + toLower($force) END AND r.bound = 'from' AND r.year >= $fromYear
  WITH r ORDER BY r.year LIMIT 1
  UNWIND range(0, size(r.cases) - 1) AS i
  MATCH (s:StatisticsAggregate {key: CASE WHEN $force IS NULL THEN '${CITED}${SEP}' + r.cases[i] ELSE '${CITED_FORCE}${SEP}' + r.cases[i] + '${SEP}' + toLower($force) END})
  WITH r, i, CASE WHEN $force IS NULL THEN [s.documentsValues, s.documentsCounts, s.citationsValues, s.citationsCounts]
                  ELSE [s.forceDocumentsValues, s.forceDocumentsCounts, s.forceCitationsValues, s.forceCitationsCounts] END AS h
  OPTIONAL MATCH (c:Case {citation: r.cases[i]})
  RETURN r.cases[i] AS citation, c.court AS court, c.stub AS stub,
         reduce(n = 0, k IN range(0, size(h[0]) - 1) | n + CASE WHEN ${CITED_YEAR_IN('h[0][k]')} THEN h[1][k] ELSE 0 END) AS citingDocuments,
         reduce(n = 0, k IN range(0, size(h[2]) - 1) | n + CASE WHEN ${CITED_YEAR_IN('h[2][k]')} THEN h[3][k] ELSE 0 END) AS citations,
         r.complete AS complete, {citation: last(r.cases), documents: last(r.documents), citations: last(r.citations)} AS last`;

/**
 * Both bounds: a case outside the ranking from the lower bound on ranks below its last entry over
 * those years, so within fewer years too; when the page's last row ranks at or above that entry
 * (or the ranking holds every case), nothing outside can enter. Null when it cannot be told so.
 */
async function rankedWithinBoth(read: Read, filter: StatisticsFilter, limit: number): Promise<CitedCaseRow[] | null> {
  type Row = CitedCaseRow & { complete: boolean; last: RankedCase };
  const candidates = await read<Row>(RANKED_CANDIDATES, { force: filter.force, fromYear: neo4j.int(filter.fromYear!), toYear: neo4j.int(filter.toYear!) });
  // No ranking from the lower bound on: no citing document has a year in the range.
  if (!candidates.length) return [];
  const rows = candidates
    .filter((r) => r.citations > 0)
    .sort(ranked)
    .slice(0, limit)
    .map(({ complete: _, last: __, ...row }) => row);
  const { complete, last } = candidates[0]!;
  const edge = rows[limit - 1];
  if (complete || (edge && rankOrder({ citation: edge.citation, documents: edge.citingDocuments, citations: edge.citations }, last) <= 0)) return rows;
  return null;
}

/** The ranking's answer for the filter, or null when the rankings cannot give it. */
async function rankedAnswer(read: Read, filter: StatisticsFilter, limit: number): Promise<CitedCaseRow[] | null> {
  if (filter.fromYear !== null && filter.toYear !== null) return rankedWithinBoth(read, filter, limit);
  const bound: Bound = filter.fromYear !== null ? 'from' : filter.toYear !== null ? 'to' : 'all';
  const year = filter.fromYear ?? filter.toYear;
  const rows = await read<CitedCaseRow & { enough: boolean }>(RANKED, {
    force: filter.force,
    bound,
    year: year === null ? null : neo4j.int(year),
    limit: neo4j.int(limit),
  });
  if (rows.length && !rows[0]!.enough) return null;
  return rows.map(({ enough: _, ...row }) => row);
}

export async function aggregateMostCitedCases(read: Read, filter: StatisticsFilter, limit: number): Promise<CitedCaseRow[]> {
  if (limit <= 0) return [];
  if (filter.force === null && filter.fromYear === null && filter.toYear === null) {
    return read<CitedCaseRow>(MOST_CITED_TOTALS, { limit: neo4j.int(limit) });
  }
  const kept = await rankedAnswer(read, filter, limit);
  if (kept) return kept;
  const top = (candidates: Candidate[]) =>
    candidates
      .filter((r) => r.citations > 0)
      .sort(ranked)
      .slice(0, limit)
      .map(({ total: _, ...row }) => row);
  // The cases with most citing documents in all first; a case whose total is below the last
  // row's filtered count cannot enter, so one more read of those at or above it settles the rest.
  const cypher = filter.force === null ? CITED_CANDIDATES : CITED_IN_FORCE_CANDIDATES;
  const first = Math.max(limit * 20, 400);
  let candidates = await read<Candidate>(cypher, { ...filter, atLeast: 1, limit: neo4j.int(first) });
  let rows = top(candidates);
  const bar = rows.length === limit ? rows[limit - 1]!.citingDocuments : 1;
  if (candidates.length === first && candidates[first - 1]!.total >= bar) {
    candidates = await read<Candidate>(cypher, { ...filter, atLeast: bar, limit: neo4j.int(Number.MAX_SAFE_INTEGER) });
    rows = top(candidates);
  }
  return rows;
}
