import neo4j from 'neo4j-driver';
import { DISMISSED } from '../server/vocabulary.js';

/**
 * Aggregate queries behind the API's `statistics`. Each takes a read function, so the API runs
 * them with its query timeout and the benchmark can run the same Cypher straight on the driver.
 */

export type ReadFn = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface StatisticsFilter {
  /** Case-insensitive force name. */
  force: string | null;
  fromYear: number | null;
  toYear: number | null;
}


/** Year of an ISO date string or a Cypher date; null when there is none. */
const yearOf = (v: string) => `CASE WHEN ${v} IS NULL THEN null ELSE toInteger(substring(toString(${v}), 0, 4)) END`;
const YEAR_WHERE = `($fromYear IS NULL OR year >= $fromYear) AND ($toYear IS NULL OR year <= $toYear)`;

export type GrossMisconductGroup = 'overall' | 'standard' | 'force' | 'year';

const GROUP_KEY: Record<GrossMisconductGroup, string> = { overall: 'null', standard: 'standard', force: 'force', year: 'year' };

export interface ShareRow {
  key: string | number | null;
  officers: number;
  dismissed: number;
}

/**
 * Officer-level, not allegation-level: an officer counts once per group however many gross
 * misconduct findings they have in it, and counts as dismissed when any proceeding in that group
 * that found gross misconduct against them also dismissed them (the outcome received by that
 * officer, not a co-accused). Years are of the decision date, else the hearing date; the force is
 * the proceeding's, else the officer's.
 */
export function grossMisconductCypher(group: GrossMisconductGroup): string {
  return `
  MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a:Allegation {finding: 'gross_misconduct'})-[:AGAINST]->(o:Officer)
  WITH p, o, a.standard AS standard, coalesce(p.force, o.force) AS force, coalesce(p.decisionDate, p.hearingDate) AS decided
  WHERE $force IS NULL OR toLower(force) = toLower($force)
  WITH p, o, standard, force, ${yearOf('decided')} AS year
  WHERE ${YEAR_WHERE}
  WITH DISTINCT ${GROUP_KEY[group]} AS key, p, o
  WITH key, o, EXISTS { (p)-[:HAS_OUTCOME]->(oc:Outcome)<-[:RECEIVED]-(o) WHERE oc.outcome IN $dismissed } AS dismissedHere
  WITH key, o, max(CASE WHEN dismissedHere THEN 1 ELSE 0 END) AS dismissed
  RETURN key, count(o) AS officers, sum(dismissed) AS dismissed`;
}

type Key = string | number | null;

/** Unknown (null) groups go last, whatever the order. */
function byKey(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/** Years oldest first; other groups largest first, then by name. */
export async function grossMisconductShares(read: ReadFn, group: GrossMisconductGroup, filter: StatisticsFilter): Promise<ShareRow[]> {
  const rows = await read<ShareRow>(grossMisconductCypher(group), { ...filter, dismissed: DISMISSED });
  return rows.sort((a, b) => (group === 'year' ? 0 : b.officers - a.officers) || byKey(a.key, b.key));
}

export interface DurationRow {
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

/** =~ matches the whole string; ingest writes yyyy-mm-dd, anything else is left out rather than failing date(). */
const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}.*';

/**
 * Days from the incident to the outcome date (decision, else hearing) of proceedings that were
 * decided: they record an outcome or a finding, so a hearing notice does not count. Proceedings
 * recorded by a judgment are left out: their dates are the court's, not the panel's. Percentiles
 * are nearest-rank (percentileDisc), so each is the duration of a real proceeding.
 */
export function durationCypher(byForce: boolean): string {
  const valid = 'CASE WHEN days >= 0 THEN days END';
  return `
  MATCH (p:Proceeding)
  WHERE p.incidentDate IS NOT NULL AND coalesce(p.decisionDate, p.hearingDate) IS NOT NULL
    AND ($force IS NULL OR toLower(p.force) = toLower($force))
  WITH p, toString(p.incidentDate) AS incident, toString(coalesce(p.decisionDate, p.hearingDate)) AS outcome
  WHERE incident =~ $isoDate AND outcome =~ $isoDate
  WITH p, incident, outcome, ${yearOf('outcome')} AS year
  WHERE ${YEAR_WHERE}
    AND (EXISTS { (p)-[:HAS_OUTCOME]->(:Outcome) } OR EXISTS { (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE a.finding IS NOT NULL })
    AND NOT EXISTS { (p)<-[:RECORDS]-(:Document {kind: 'judgment'}) }
  WITH ${byForce ? 'p.force' : 'null'} AS key, duration.inDays(date(substring(incident, 0, 10)), date(substring(outcome, 0, 10))).days AS days
  RETURN key, count(${valid}) AS count, count(CASE WHEN days < 0 THEN 1 END) AS inconsistent,
         percentileDisc(${valid}, 0.5) AS median, percentileDisc(${valid}, 0.25) AS p25,
         percentileDisc(${valid}, 0.75) AS p75, percentileDisc(${valid}, 0.9) AS p90,
         min(${valid}) AS min, max(${valid}) AS max`;
}

export async function incidentToOutcome(read: ReadFn, byForce: boolean, filter: StatisticsFilter): Promise<DurationRow[]> {
  const rows = await read<DurationRow>(durationCypher(byForce), { ...filter, isoDate: ISO_DATE });
  return rows.sort((a, b) => b.count - a.count || byKey(a.key, b.key));
}

export interface CitedCaseRow {
  citation: string;
  court: string | null;
  stub: boolean | null;
  citingDocuments: number;
  citations: number;
}

/**
 * Cases most relied on: distinct citing documents first (a judgment citing a case ten times
 * relies on it once), then citations in all, then citation for a stable order. The filter is on
 * the citing document: its force and the year of its decision.
 */
export const MOST_CITED = `
  MATCH (d:Document)-[r:CITES]->(c:Case)
  WHERE $force IS NULL OR toLower(d.force) = toLower($force)
  WITH d, r, c, ${yearOf('d.decisionDate')} AS year
  WHERE ${YEAR_WHERE}
  WITH c, count(DISTINCT d) AS citingDocuments, count(r) AS citations
  ORDER BY citingDocuments DESC, citations DESC, c.citation
  LIMIT $limit
  RETURN c.citation AS citation, c.court AS court, c.stub AS stub, citingDocuments, citations`;

export async function mostCitedCases(read: ReadFn, filter: StatisticsFilter, limit: number): Promise<CitedCaseRow[]> {
  // LIMIT takes only integers and numbers travel to Bolt as floats.
  return read<CitedCaseRow>(MOST_CITED, { ...filter, limit: neo4j.int(limit) });
}
