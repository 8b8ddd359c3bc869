import type { Graph } from './driver.js';

/** Ids per round trip: a folder of 50,000 documents is a few dozen short queries, not one huge one. */
const BATCH = 2_000;

/**
 * Which of these content hashes name a document already ingested, with its page count. Only
 * status 'ingested' counts: a document recorded as failed is read again on the next run.
 */
export async function ingestedPageCounts(graph: Graph, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await graph.read<{ id: string; pages: number | null }>(
      `UNWIND $ids AS id
       MATCH (d:Document {id: id}) WHERE d.status = 'ingested'
       RETURN d.id AS id, d.pageCount AS pages`,
      { ids: ids.slice(i, i + BATCH) },
    );
    for (const r of rows) out.set(r.id, r.pages ?? 0);
  }
  return out;
}
