import neo4j from 'neo4j-driver';
import type { Graph } from '../driver.js';
import { migrate } from '../migrate.js';
import type { Run } from './run.js';
import { DISMISSED_IN_STATISTICS } from '../../domain/vocabulary.js';
import { AGGREGATE, ALL_FORCES, CITED, CITED_FORCE, DAYS, GROSS_MISCONDUCT, ISO_DATE, SEP } from '../aggregateKeys.js';
import { answerProperties } from './durationAnswers.js';
import { compactCitations, expandCitations } from './citationContribution.js';
import { grossMisconductAnswerProperties } from './grossMisconductAnswers.js';
import { refreshRankings, scopeOf, yearCounts, type CitedChange } from './citedRankings.js';

/**
 * Keeps the statistics aggregates (schema/011_statistics_aggregates.cypher) equal to the facts, in
 * the transaction that changes the facts. Every fact a statistic counts has one owner whose own
 * facts decide all it adds: an officer (its gross misconduct findings, by force, standard and
 * year), a proceeding (its days from incident to outcome), a document (the cases it cites). An
 * owner's additions ("contribution", a multiset of histogram entries) are stored beside the
 * aggregates; a writer names the owners it may have changed, and `refreshStatistics` recomputes
 * their contributions from the facts and applies the difference to the aggregates. Recomputing
 * from the facts, never adding blind, is what keeps the aggregates from drifting.
 */

export interface Owners {
  officers: readonly string[];
  proceedings: readonly string[];
  documents: readonly string[];
}

/**
 * An officer's gross misconduct "occurrences": one per (scope, year) where a scope is everyone, a
 * force, a Standard, or a force and Standard, with the same rules as the full scan in
 * statistics.ts (force of the proceeding else the officer's, year of the decision else the
 * hearing, dismissed when a proceeding of that group that found gross misconduct also dismissed
 * the officer). Each occurrence carries the officer's previous year in that scope ("none" for the
 * first, "" for a year-less one, which sorts first), so distinct officers over any year range are
 * counted without officer ids: those with a year in range whose previous year is below it.
 * Dismissed occurrences get their own chain. Kept in step with schema/011 (the same Cypher).
 */
export const GROSS_MISCONDUCT_CONTRIBUTIONS = `
  MATCH (o:Officer) WHERE o.id IN $ids
  CALL (o) {
    MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a:Allegation {finding: 'gross_misconduct'})-[:AGAINST]->(o)
    WITH p, a.standard AS standard, coalesce(p.force, o.force) AS force, coalesce(p.decisionDate, p.hearingDate) AS decided
    WITH p, force, CASE WHEN decided IS NULL THEN null ELSE toInteger(substring(toString(decided), 0, 4)) END AS year, collect(DISTINCT [standard]) AS standards
    WITH force, year, standards, EXISTS { (p)-[:HAS_OUTCOME]->(oc:Outcome)<-[:RECEIVED]-(o) WHERE oc.outcome IN $dismissed } AS dismissedHere
    UNWIND [['all', null, null], ['force', force, null]] + [s IN standards | ['standard', null, s[0]]] + [s IN standards | ['forceStandard', force, s[0]]] AS scope
    WITH scope, year, max(CASE WHEN dismissedHere THEN 1 ELSE 0 END) AS dismissed
    ORDER BY year IS NOT NULL, year
    WITH scope, collect([year, dismissed]) AS years
    WITH scope, years, [y IN years WHERE y[1] = 1] AS dismissedYears
    WITH '${GROSS_MISCONDUCT}' + '${SEP}' + scope[0] + '${SEP}' + CASE WHEN scope[1] IS NULL THEN '-' ELSE '=' + scope[1] END
           + '${SEP}' + CASE WHEN scope[2] IS NULL THEN '-' ELSE '=' + scope[2] END AS key, years, dismissedYears
    UNWIND [['officers', years], ['dismissed', dismissedYears]] AS chain
    UNWIND range(0, size(chain[1]) - 1) AS i
    RETURN key + '${SEP}' + chain[0] + '${SEP}' + coalesce(toString(chain[1][i][0]), '') + '|'
           + CASE WHEN i = 0 THEN 'none' ELSE coalesce(toString(chain[1][i - 1][0]), '') END AS entry, 1 AS n
  }
  RETURN 'officer:' + o.id AS owner, entry, n`;

/**
 * A decided proceeding's days from incident to outcome (same rules as statistics.ts), as one entry
 * of its force's histogram: days * 10000 + year of the outcome, so one sorted list per force
 * holds both and the year filter still applies, and once more in the histogram of all forces.
 * Negative days are the inconsistent ones.
 */
export const DURATION_CONTRIBUTIONS = `
  MATCH (p:Proceeding) WHERE p.id IN $ids
    AND p.incidentDate IS NOT NULL AND coalesce(p.decisionDate, p.hearingDate) IS NOT NULL
  WITH p, toString(p.incidentDate) AS incident, toString(coalesce(p.decisionDate, p.hearingDate)) AS outcome
  WHERE incident =~ $isoDate AND outcome =~ $isoDate
    AND (EXISTS { (p)-[:HAS_OUTCOME]->() } OR EXISTS { (p)-[:HAS_ALLEGATION]->(a) WHERE a.finding IS NOT NULL })
  WITH p, toInteger(substring(outcome, 0, 4)) AS year, duration.inDays(date(substring(incident, 0, 10)), date(substring(outcome, 0, 10))).days AS days
  UNWIND [CASE WHEN p.force IS NULL THEN '-' ELSE '=' + p.force END, '${ALL_FORCES}'] AS scope
  RETURN 'proceeding:' + p.id AS owner, '${DAYS}' + '${SEP}' + scope + '${SEP}days${SEP}' + toString(days * 10000 + year) AS entry, 1 AS n`;

/**
 * A document's citations: per case it cites, one citing document and its number of citations, by
 * the year of the document's decision; once more under the document's force, lower-cased as the
 * force filter compares it, so a force filter reads one aggregate per case.
 */
export const CITATION_CONTRIBUTIONS = `
  MATCH (d:Document)-[r:CITES]->(c:Case) WHERE d.id IN $ids
  WITH d, c, count(r) AS citations
  WITH d, c, citations, coalesce(toString(CASE WHEN d.decisionDate IS NULL THEN null ELSE toInteger(substring(toString(d.decisionDate), 0, 4)) END), '') AS year,
       '${CITED}' + '${SEP}' + c.citation AS cited, '${CITED_FORCE}' + '${SEP}' + c.citation + '${SEP}' + toLower(d.force) AS citedForce
  UNWIND [[cited, 'documents', 1], [cited, 'citations', citations]]
         + CASE WHEN d.force IS NULL THEN [] ELSE [[citedForce, 'forceDocuments', 1], [citedForce, 'forceCitations', citations]] END AS h
  RETURN 'document:' + d.id AS owner, h[0] + '${SEP}' + h[1] + '${SEP}' + year AS entry, h[2] AS n`;

type Counts = Map<string, number>;

function add(m: Map<string, Counts>, owner: string, entry: string, n: number): void {
  let c = m.get(owner);
  if (!c) m.set(owner, (c = new Map()));
  c.set(entry, (c.get(entry) ?? 0) + n);
}

/**
 * Recomputes the owners' contributions from the facts and moves the aggregates by the difference.
 * Call it last in the transaction that changed the facts, naming every owner whose facts may have
 * changed (before or after the change): naming one that did not change costs a read and changes
 * nothing. Takes the aggregates' lock first, so two transactions never interleave their
 * read-modify-write of one aggregate.
 */
export async function refreshStatistics(run: Run, owners: Owners): Promise<void> {
  const ids = {
    officers: [...new Set(owners.officers)],
    proceedings: [...new Set(owners.proceedings)],
    documents: [...new Set(owners.documents)],
  };
  if (!ids.officers.length && !ids.proceedings.length && !ids.documents.length) return;
  await run(`MERGE (l:IngestLock {id: 'statistics-aggregates'}) SET l.touched = timestamp()`, {});
  const fresh = new Map<string, Counts>();
  const collect = async (cypher: string, list: string[], params: Record<string, unknown> = {}) => {
    if (!list.length) return;
    const r = await run(cypher, { ids: list, ...params });
    for (const rec of r.records) add(fresh, rec.get('owner') as string, rec.get('entry') as string, Number(rec.get('n')));
  };
  await collect(GROSS_MISCONDUCT_CONTRIBUTIONS, ids.officers, { dismissed: DISMISSED_IN_STATISTICS });
  await collect(DURATION_CONTRIBUTIONS, ids.proceedings, { isoDate: ISO_DATE });
  await collect(CITATION_CONTRIBUTIONS, ids.documents);
  const ownerKeys = [...ids.officers.map((x) => 'officer:' + x), ...ids.proceedings.map((x) => 'proceeding:' + x), ...ids.documents.map((x) => 'document:' + x)];
  const stored = await run(
    `MATCH (c:StatisticsContribution) WHERE c.owner IN $owners
     RETURN c.owner AS owner, c.entries AS entries, c.counts AS counts, c.cases AS cases, c.caseCounts AS caseCounts, c.year AS year, c.forceLower AS forceLower`,
    { owners: ownerKeys },
  );
  const old = new Map<string, Counts>();
  for (const rec of stored.records) {
    const owner = rec.get('owner') as string;
    const entries = rec.get('entries') as string[];
    const counts = rec.get('counts') as number[];
    entries.forEach((e, i) => add(old, owner, e, Number(counts[i])));
    const cases = rec.get('cases') as string[] | null;
    if (cases) {
      const compact = {
        cases,
        caseCounts: (rec.get('caseCounts') as number[]).map(Number),
        year: rec.get('year') as string,
        forceLower: rec.get('forceLower') as string | null,
      };
      for (const [e, n] of expandCitations(compact)) add(old, owner, e, n);
    }
  }
  // The difference, per aggregate node and histogram value.
  const delta = new Map<string, Counts>();
  for (const owner of ownerKeys) {
    const before = old.get(owner) ?? new Map<string, number>();
    const after = fresh.get(owner) ?? new Map<string, number>();
    for (const e of new Set([...before.keys(), ...after.keys()])) {
      const d = (after.get(e) ?? 0) - (before.get(e) ?? 0);
      if (d === 0) continue;
      const cut = e.lastIndexOf(SEP);
      add(delta, e.slice(0, cut), e.slice(cut + 1), d);
    }
  }
  if (delta.size) await applyDelta(run, delta);
  const rows = ownerKeys.map((owner) => {
    const entries = fresh.get(owner) ?? new Map<string, number>();
    // A citing document's entries go in their compact form (citationContribution.ts) when they have it.
    const compact = owner.startsWith('document:') ? compactCitations(entries) : null;
    if (compact) return { owner, entries: [], counts: [], ...compact, caseCounts: compact.caseCounts.map((n) => neo4j.int(n)) };
    const c = [...entries];
    return { owner, entries: c.map((x) => x[0]), counts: c.map((x) => neo4j.int(x[1])), cases: null, caseCounts: null, year: null, forceLower: null };
  });
  await run(
    `UNWIND $rows AS r
     MERGE (c:StatisticsContribution {owner: r.owner})
     SET c.entries = r.entries, c.counts = r.counts, c.cases = r.cases, c.caseCounts = r.caseCounts, c.year = r.year, c.forceLower = r.forceLower
     WITH c WHERE size(c.entries) = 0 AND c.cases IS NULL
     DELETE c`,
    { rows },
  );
}

const HISTOGRAM_PROPERTIES = ['officers', 'dismissed', 'days', 'documents', 'citations', 'forceDocuments', 'forceCitations']
  .flatMap((h) => [`.${h}Values`, `.${h}Counts`])
  .join(', ');

/**
 * Moves each aggregate's histograms by the differences, keyed "aggregate key SEP histogram" ->
 * value -> change. An aggregate left with nothing is deleted; each histogram keeps its total
 * (`<name>Total`), which most-cited ranking reads from an index.
 */
async function applyDelta(run: Run, delta: Map<string, Counts>): Promise<void> {
  const byNode = new Map<string, Map<string, Counts>>();
  for (const [keyHist, changes] of delta) {
    const cut = keyHist.lastIndexOf(SEP);
    const key = keyHist.slice(0, cut);
    let hists = byNode.get(key);
    if (!hists) byNode.set(key, (hists = new Map()));
    hists.set(keyHist.slice(cut + 1), changes);
  }
  const keys = [...byNode.keys()];
  // Only the histograms: the answers kept beside them are recomputed, not read.
  const current = await run(`MATCH (s:StatisticsAggregate) WHERE s.key IN $keys RETURN s.key AS key, s {${HISTOGRAM_PROPERTIES}} AS props`, { keys });
  const props = new Map(current.records.map((r) => [r.get('key') as string, r.get('props') as Record<string, unknown>]));
  const citedChanges: CitedChange[] = [];
  const rows = keys.map((key) => {
    const shape = AGGREGATE.describe(key);
    const stored = props.get(key) ?? {};
    const set: Record<string, unknown> = { ...shape.properties };
    let empty = true;
    for (const hist of shape.histograms) {
      const values = (stored[hist + 'Values'] as (string | number)[] | undefined) ?? [];
      const counts = (stored[hist + 'Counts'] as number[] | undefined) ?? [];
      const m = new Map<string, number>(values.map((v, i) => [String(v), Number(counts[i])]));
      for (const [v, d] of byNode.get(key)!.get(hist) ?? []) {
        const n = (m.get(v) ?? 0) + d;
        if (n === 0) m.delete(v);
        else m.set(v, n);
      }
      const sorted = [...m].sort(shape.numeric ? (a, b) => Number(a[0]) - Number(b[0]) : (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      // Integers, as the migration stores them (a JavaScript number travels as a float).
      set[hist + 'Values'] = sorted.map((x) => (shape.numeric ? neo4j.int(Number(x[0])) : x[0]));
      set[hist + 'Counts'] = sorted.map((x) => neo4j.int(x[1]));
      set[hist + 'Total'] = neo4j.int(sorted.reduce((s, x) => s + x[1], 0));
      if (sorted.length) empty = false;
    }
    // Days and gross misconduct aggregates keep their answers for every year range beside the histograms.
    if (shape.properties.kind === DAYS && !empty) Object.assign(set, answerProperties(toNumbers(set.daysValues), toNumbers(set.daysCounts)));
    if (shape.properties.kind === GROSS_MISCONDUCT && !empty) {
      const answers = grossMisconductAnswerProperties(
        set.officersValues as string[],
        toNumbers(set.officersCounts),
        set.dismissedValues as string[],
        toNumbers(set.dismissedCounts),
      );
      Object.assign(set, answers);
    }
    // A cited case's counts per year before and after, for the most-cited rankings kept beside the aggregates.
    if (shape.properties.kind === CITED || shape.properties.kind === CITED_FORCE) {
      const [d, c] = shape.histograms as [string, string];
      const counts = (from: Record<string, unknown>) =>
        yearCounts(
          (from[d + 'Values'] as string[] | undefined) ?? [],
          ((from[d + 'Counts'] as unknown[] | undefined) ?? []).map(Number),
          (from[c + 'Values'] as string[] | undefined) ?? [],
          ((from[c + 'Counts'] as unknown[] | undefined) ?? []).map(Number),
        );
      citedChanges.push({ scope: scopeOf(shape.properties.forceLower ?? null), citation: shape.properties.citation!, before: counts(stored), after: counts(set) });
    }
    return { key, set, empty };
  });
  await run(
    `UNWIND $rows AS r
     MERGE (s:StatisticsAggregate {key: r.key})
     SET s += r.set
     WITH s, r WHERE r.empty
     DELETE s`,
    { rows },
  );
  await refreshRankings(run, citedChanges);
}

const toNumbers = (xs: unknown): number[] => (xs as { toNumber(): number }[]).map((x) => x.toNumber());

export function mergeOwners(...all: Owners[]): Owners {
  return {
    officers: all.flatMap((o) => o.officers),
    proceedings: all.flatMap((o) => o.proceedings),
    documents: all.flatMap((o) => o.documents),
  };
}

/**
 * Forgets that the aggregates and the most-cited rankings were built, so the next migration builds
 * them from every fact (011 and the rankings run only without their markers).
 */
export async function forgetStatisticsBuild(graph: Graph): Promise<void> {
  await graph.run('MATCH (b:StatisticsAggregatesBuilt|CitedRankingsBuilt) DELETE b');
}

/** Builds the aggregates and the most-cited rankings again from every fact (migration 011 once more): for a graph written without the writer. */
export async function rebuildStatistics(graph: Graph): Promise<void> {
  await forgetStatisticsBuild(graph);
  await migrate(graph, '011_');
}
