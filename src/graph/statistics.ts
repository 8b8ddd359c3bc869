import neo4j from 'neo4j-driver';
import type { Read } from './read.js';
import { DISMISSED_IN_STATISTICS as DISMISSED } from '../domain/vocabulary.js';
import { ISO_DATE } from './aggregateKeys.js';

/**
 * The statistics as full scans of the facts: the reference that defines each answer. The API
 * answers from the aggregates the writer keeps (statisticsAggregates.ts), which must give exactly
 * these rows (tests/integration/statistics-aggregates.test.ts), and falls back to a scan where two
 * forces differ only in case. Each takes a read function, so the same Cypher runs under the API's
 * query timeout or straight on the driver. A breakdown costs one scan for all its groupings (UNWIND
 * into (dimension, key) rows): the overall figure and three breakdowns read the graph once.
 */

export interface StatisticsFilter {
  /** Case-insensitive force name. */
  force: string | null;
  fromYear: number | null;
  toYear: number | null;
}

/** Year of an ISO date string or a Cypher date; null when there is none. */
const yearOf = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE toInteger(substring(toString(${v}), 0, 4)) END`;
const YEAR_WHERE = `($fromYear IS NULL OR year >= $fromYear) AND ($toYear IS NULL OR year <= $toYear)`;

export type Key = string | number | null;

/** Unknown (null) groups go last, whatever the order. */
export function byKey(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** Rows of one (dimension, key) query split by dimension; `size` orders the groups, largest first, except years (oldest first). */
export function split<D extends string, R extends { dimension: D; key: Key }>(rows: R[], dimensions: readonly D[], size: (r: R) => number): Record<D, R[]> {
  const out = Object.fromEntries(dimensions.map((d) => [d, [] as R[]])) as Record<D, R[]>;
  for (const r of rows) out[r.dimension]?.push(r);
  for (const d of dimensions) out[d].sort((a, b) => (d === 'year' ? 0 : size(b) - size(a)) || byKey(a.key, b.key));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Gross misconduct proven, dismissed or not
// ---------------------------------------------------------------------------------------------

export const SHARE_DIMENSIONS = ['overall', 'standard', 'force', 'year'] as const;
export type ShareDimension = (typeof SHARE_DIMENSIONS)[number];

export interface ShareRow {
  dimension: ShareDimension;
  key: Key;
  officers: number;
  dismissed: number;
}

/**
 * Officer-level, not allegation-level: an officer counts once per group however many gross
 * misconduct findings they have in it, and counts as dismissed when any proceeding in that group
 * that found gross misconduct against them also dismissed them (the outcome received by that
 * officer, not a co-accused). Years are of the decision date, else the hearing date; the force is
 * the proceeding's, else the officer's. `[standard]` keeps a finding with no standard as a null
 * group, where collect() would drop it.
 */
export const GROSS_MISCONDUCT = `
  MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a:Allegation {finding: 'gross_misconduct'})-[:AGAINST]->(o:Officer)
  WITH p, o, a.standard AS standard, coalesce(p.force, o.force) AS force, coalesce(p.decisionDate, p.hearingDate) AS decided
  WHERE $force IS NULL OR toLower(force) = toLower($force)
  WITH p, o, standard, force, ${yearOf('decided')} AS year
  WHERE ${YEAR_WHERE}
  WITH p, o, force, year, collect(DISTINCT [standard]) AS standards
  WITH o, force, year, standards, EXISTS { (p)-[:HAS_OUTCOME]->(oc:Outcome)<-[:RECEIVED]-(o) WHERE oc.outcome IN $dismissed } AS dismissedHere
  UNWIND [['overall', null], ['force', force], ['year', year]] + [s IN standards | ['standard', s[0]]] AS g
  WITH g[0] AS dimension, g[1] AS key, o, max(CASE WHEN dismissedHere THEN 1 ELSE 0 END) AS dismissed
  RETURN dimension, key, count(o) AS officers, sum(dismissed) AS dismissed`;

export async function grossMisconductShares(read: Read, filter: StatisticsFilter): Promise<Record<ShareDimension, ShareRow[]>> {
  const rows = await read<ShareRow>(GROSS_MISCONDUCT, { ...filter, dismissed: DISMISSED });
  return split(rows, SHARE_DIMENSIONS, (r) => r.officers);
}

// ---------------------------------------------------------------------------------------------
// Days from incident to outcome
// ---------------------------------------------------------------------------------------------

export const DURATION_DIMENSIONS = ['overall', 'force'] as const;
export type DurationDimension = (typeof DURATION_DIMENSIONS)[number];

export interface DurationRow {
  dimension: DurationDimension;
  key: string | null;
  /** Proceedings with both dates and a non-negative duration. */
  count: number;
  /** Proceedings left out because their outcome is dated before their incident. */
  inconsistent: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  p90: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Days from the incident to the outcome date (decision, else hearing) of proceedings that were
 * decided: they record an outcome or a finding, so a hearing notice does not count. A ruling records
 * no proceeding and never lends one the court's dates (it REVIEWS and DESCRIBES it). Percentiles
 * are nearest-rank (percentileDisc), so each is the duration of a real proceeding. The degree
 * check on HAS_OUTCOME comes first because it is the cheap one.
 */
export const INCIDENT_TO_OUTCOME = `
  MATCH (p:Proceeding)
  WHERE p.incidentDate IS NOT NULL AND coalesce(p.decisionDate, p.hearingDate) IS NOT NULL
    AND ($force IS NULL OR toLower(p.force) = toLower($force))
  WITH p, toString(p.incidentDate) AS incident, toString(coalesce(p.decisionDate, p.hearingDate)) AS outcome
  WHERE incident =~ $isoDate AND outcome =~ $isoDate
  WITH p, incident, outcome, ${yearOf('outcome')} AS year
  WHERE ${YEAR_WHERE}
    AND (EXISTS { (p)-[:HAS_OUTCOME]->() } OR EXISTS { (p)-[:HAS_ALLEGATION]->(a) WHERE a.finding IS NOT NULL })
  WITH p.force AS force, duration.inDays(date(substring(incident, 0, 10)), date(substring(outcome, 0, 10))).days AS days
  UNWIND [['overall', null], ['force', force]] AS g
  WITH g[0] AS dimension, g[1] AS key, days, CASE WHEN days >= 0 THEN days END AS valid
  RETURN dimension, key, count(valid) AS count, count(CASE WHEN days < 0 THEN 1 END) AS inconsistent,
         percentileDisc(valid, 0.5) AS median, percentileDisc(valid, 0.25) AS p25,
         percentileDisc(valid, 0.75) AS p75, percentileDisc(valid, 0.9) AS p90, min(valid) AS min, max(valid) AS max`;

export async function incidentToOutcome(read: Read, filter: StatisticsFilter): Promise<Record<DurationDimension, DurationRow[]>> {
  const rows = await read<DurationRow>(INCIDENT_TO_OUTCOME, { ...filter, isoDate: ISO_DATE });
  return split(rows, DURATION_DIMENSIONS, (r) => r.count);
}

// ---------------------------------------------------------------------------------------------
// Cases most relied on
// ---------------------------------------------------------------------------------------------

export interface CitedCaseRow {
  citation: string;
  court: string | null;
  stub: boolean | null;
  citingDocuments: number;
  citations: number;
}

/**
 * Distinct citing documents first (a judgment citing a case ten times relies on it once), then
 * citations in all, then citation for a stable order. The filter is on the citing document: its
 * force and the year of its decision. Counting per case from the Case side reads only CITES
 * chains; starting from documents would walk every page and mention relationship too.
 */
export const MOST_CITED = `
  MATCH (c:Case)
  CALL (c) {
    MATCH (c)<-[r:CITES]-(d:Document)
    WHERE $force IS NULL OR toLower(d.force) = toLower($force)
    WITH d, r, ${yearOf('d.decisionDate')} AS year
    WHERE ${YEAR_WHERE}
    RETURN count(DISTINCT d) AS citingDocuments, count(r) AS citations
  }
  WITH c, citingDocuments, citations WHERE citations > 0
  ORDER BY citingDocuments DESC, citations DESC, c.citation
  LIMIT $limit
  RETURN c.citation AS citation, c.court AS court, c.stub AS stub, citingDocuments, citations`;

export async function mostCitedCases(read: Read, filter: StatisticsFilter, limit: number): Promise<CitedCaseRow[]> {
  // LIMIT takes only integers and numbers travel to Bolt as floats.
  return read<CitedCaseRow>(MOST_CITED, { ...filter, limit: neo4j.int(limit) });
}
