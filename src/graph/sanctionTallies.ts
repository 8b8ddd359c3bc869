/**
 * What sanction precedents read instead of counting proceedings on every question: each proceeding
 * keeps the kinds of outcome imposed in it (`outcomeKinds`), and belongs (TALLIED_IN) to one
 * SanctionTally per filter it answers to, keyed by Standard, finding, force and year. A tally keeps
 * how many of its proceedings imposed any outcome and how many imposed each kind, so counting the
 * commonest Standard and finding reads a few hundred tallies instead of thousands of proceedings,
 * and the newest examples of a kind are among the members of the latest years' tallies.
 *
 * A proceeding answers to the Standard and finding of each of its allegations (both given), to the
 * Standard alone, to the finding alone, and to no filter at all ('' stands for "any"). Tallies
 * count distinct proceedings, so a filter with two Standards (a union) cannot be added up from
 * them: that, and conduct words, stay with the direct count.
 *
 * Whatever changes a proceeding's allegations, outcomes, force or dates refreshes it, last in its
 * transaction with the statistics aggregates (write/derived.ts): the writer once per batch of
 * documents, deleteDocument after removing one (with the tallies of proceedings it removed), the
 * bench generator per batch (then recomputeStaleTallies once); a graph written before
 * tallies existed gets them from schema/012_sanction_tallies.cypher, which repeats these statements.
 */
import type { Run } from './write/run.js';

/** The kinds of outcome imposed in proceeding `p`, from its outcomes, sorted. */
export const OUTCOME_KINDS = `COLLECT { MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome) WHERE oc.outcome IS NOT NULL WITH DISTINCT oc.outcome AS k ORDER BY k RETURN k }`;

/** The kinds `p` keeps, or counted from its outcomes when it keeps none (a graph written before). */
export const KINDS = `CASE WHEN p.outcomeKinds IS NULL THEN ${OUTCOME_KINDS} ELSE p.outcomeKinds END`;

/** The year a proceeding was decided (or heard, when undated), as the year range reads it. */
export const YEAR = `toInteger(left(coalesce(p.decisionDate, p.hearingDate), 4))`;

const REFRESH_OUTCOME_KINDS = `
  UNWIND $procIds AS id
  MATCH (p:Proceeding {id: id})
  SET p.outcomeKinds = ${OUTCOME_KINDS}`;

/**
 * Re-files each proceeding: leaves its tallies, joins those its facts now answer to (none when it
 * imposed no outcome) and marks both stale. Returns the keys of every tally touched.
 */
export const TALLY_MEMBERSHIP = `
  UNWIND $procIds AS id
  MATCH (p:Proceeding {id: id})
  CALL (p) {
    OPTIONAL MATCH (p)-[r:TALLIED_IN]->(t:SanctionTally)
    SET t.stale = true
    DELETE r
    RETURN collect(t.key) AS before
  }
  WITH p, before, ${YEAR} AS year,
    CASE WHEN size(coalesce(p.outcomeKinds, [])) = 0 THEN [] ELSE [['', '']] + COLLECT {
      MATCH (p)-[:HAS_ALLEGATION]->(a:Allegation)
      UNWIND [[a.standard, a.finding], [a.standard, ''], ['', a.finding]] AS sf
      WITH sf WHERE sf[0] IS NOT NULL AND sf[1] IS NOT NULL AND sf <> ['', '']
      RETURN DISTINCT sf
    } END AS filters
  CALL (p, filters, year) {
    UNWIND filters AS sf
    MERGE (t:SanctionTally {key: sf[0] + '|' + sf[1] + '|' + coalesce(p.force, '') + '|' + coalesce(toString(year), '')})
      ON CREATE SET t.standard = sf[0], t.finding = sf[1], t.force = p.force, t.year = year
    SET t.stale = true
    CREATE (p)-[:TALLIED_IN]->(t)
    RETURN collect(t.key) AS after
  }
  RETURN before + after AS keys`;

/** Each tally's counts from its members; a tally left with none goes. */
const RECOMPUTE = `
  CALL (t) {
    MATCH (t)<-[:TALLIED_IN]-(p:Proceeding)
    UNWIND ${KINDS} AS k
    WITH k, count(*) AS n ORDER BY k
    RETURN collect(k) AS outcomes, collect(n) AS counts
  }
  WITH t, outcomes, counts, COUNT { (t)<-[:TALLIED_IN]-(:Proceeding) } AS members
  SET t.proceedings = members, t.outcomes = outcomes, t.counts = counts
  REMOVE t.stale
  WITH t WHERE members = 0
  DETACH DELETE t`;

const RECOMPUTE_TALLIES = `UNWIND $keys AS key MATCH (t:SanctionTally {key: key}) ${RECOMPUTE}`;

/** Every stale tally, in batches: after the generator has filed all its proceedings. */
export const RECOMPUTE_STALE_TALLIES = `MATCH (t:SanctionTally) WHERE t.stale CALL (t) { ${RECOMPUTE} } IN TRANSACTIONS OF 1000 ROWS`;

/** The tallies the proceedings belong to: taken before deleteDocument removes proceedings, which leaves them to recompute. */
export async function talliesOf(run: Run, procIds: readonly string[]): Promise<string[]> {
  const r = await run(`MATCH (p:Proceeding)-[:TALLIED_IN]->(t:SanctionTally) WHERE p.id IN $procIds RETURN collect(DISTINCT t.key) AS keys`, {
    procIds: [...procIds],
  });
  return r.records[0]?.get('keys') ?? [];
}

/** Refreshes the proceedings' outcome kinds and tallies, and recomputes `alsoKeys` (tallies of proceedings since removed). */
export async function refreshPrecedents(run: Run, procIds: readonly string[], alsoKeys: readonly string[] = []): Promise<void> {
  await run(REFRESH_OUTCOME_KINDS, { procIds: [...procIds] });
  const filed = await run(TALLY_MEMBERSHIP, { procIds: [...procIds] });
  const keys = new Set<string>(alsoKeys);
  for (const r of filed.records) for (const k of r.get('keys') as string[]) keys.add(k);
  if (keys.size) await run(RECOMPUTE_TALLIES, { keys: [...keys].sort() });
}

/** Outcome kinds and tally membership without recomputing: the generator's per-batch step. */
export async function fileProceedings(run: Run, procIds: readonly string[]): Promise<void> {
  await run(REFRESH_OUTCOME_KINDS, { procIds: [...procIds] });
  await run(TALLY_MEMBERSHIP, { procIds: [...procIds] });
}
