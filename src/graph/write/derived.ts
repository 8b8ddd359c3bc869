import { refreshPrecedents } from '../sanctionTallies.js';
import { mergeOwners, refreshStatistics, type Owners } from './aggregates.js';
import type { Run } from './run.js';

/**
 * What a transaction's writes touched, for the data kept beside the facts: the sanction tallies
 * (sanctionTallies.ts) read the proceedings whose allegations, outcomes, force or dates changed;
 * the statistics aggregates (aggregates.ts) read their owners.
 */
export interface Touched {
  /** Proceedings whose facts changed or that were removed. */
  proceedings: readonly string[];
  /** Tallies the removed proceedings belonged to, recomputed without them. */
  tallies?: readonly string[];
  owners: Owners;
}

/**
 * The one refresh of derived data, last in a transaction that changed facts: both recompute from
 * the facts, so refreshing once for everything a batch touched gives what refreshing after each
 * document would, for one pass over the shared tallies and histograms instead of one per document.
 */
export async function refreshDerivedData(run: Run, touched: Touched): Promise<void> {
  if (touched.proceedings.length || touched.tallies?.length) await refreshPrecedents(run, touched.proceedings, touched.tallies);
  await refreshStatistics(run, touched.owners);
}

/**
 * What the documents' facts touch, in one read: the proceedings they record or describe (whose
 * facts they wrote), the ones they review, the officers those proceedings' allegations are
 * against, and the documents themselves (their citations).
 */
export async function touchedByDocuments(run: Run, docIds: readonly string[]): Promise<Touched> {
  if (!docIds.length) return { proceedings: [], owners: mergeOwners() };
  const r = await run(
    `UNWIND $ids AS id
     MATCH (d:Document {id: id})
     RETURN COLLECT { MATCH (d)-[:RECORDS|DESCRIBES]->(p:Proceeding) RETURN DISTINCT p.id } AS recorded,
            COLLECT { MATCH (d)-[:REVIEWS]->(p:Proceeding) RETURN DISTINCT p.id } AS reviewed,
            COLLECT { MATCH (d)-[:RECORDS|DESCRIBES|REVIEWS]->(:Proceeding)-[:HAS_ALLEGATION]->(:Allegation)-[:AGAINST]->(o:Officer) RETURN DISTINCT o.id } AS officers`,
    { ids: [...docIds] },
  );
  const recorded = new Set<string>();
  const proceedings = new Set<string>();
  const officers = new Set<string>();
  for (const row of r.records) {
    for (const id of row.get('recorded') as string[]) {
      recorded.add(id);
      proceedings.add(id);
    }
    for (const id of row.get('reviewed') as string[]) proceedings.add(id);
    for (const id of row.get('officers') as string[]) officers.add(id);
  }
  return { proceedings: [...recorded], owners: { proceedings: [...proceedings], officers: [...officers], documents: [...docIds] } };
}
