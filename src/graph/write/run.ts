import { createHash } from 'node:crypto';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

/**
 * What every writer in src/graph/write shares: the statement runner of one document's transaction
 * (counting what it creates), the provenance columns of a fact, and short stable ids.
 */
export type Run = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

/** A runner over `tx` that adds up nodes and relationships created, for the ingest report. */
export function countingRun(tx: ManagedTransaction): { run: Run; counters: { nodes: number; rels: number } } {
  const counters = { nodes: 0, rels: 0 };
  const run: Run = async (cypher, params) => {
    const r = await tx.run(cypher, params);
    const c = r.summary.counters.updates();
    counters.nodes += c.nodesCreated;
    counters.rels += c.relationshipsCreated;
    return r;
  };
  return { run, counters };
}

export function shortId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** The fact's own provenance, flattened onto the node or relationship that records it. */
export function src(s: { page: number; start: number; end: number; quote: string }) {
  return { page: s.page, start: s.start, end: s.end, quote: s.quote };
}
