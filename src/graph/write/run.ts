import { createHash } from 'node:crypto';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';

/**
 * What every writer in src/graph/write shares: the statement runners of one document's transaction
 * (counting what it creates), the provenance columns of a fact, and short stable ids.
 */
export type Run = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

/**
 * A statement whose result the writer does not read: sent at once and not waited for, so a
 * document's writes go to the server back to back (Bolt pipelining) instead of one round trip
 * each. The server runs a transaction's statements in the order sent, so a later read sees them;
 * their errors and counts surface at `flush`.
 */
export type Send = (cypher: string, params: Record<string, unknown>) => Promise<void>;

export interface Statements {
  run: Run;
  send: Send;
  /** Waits for every statement sent so far; throws the first one's error. */
  flush: () => Promise<void>;
  counters: { nodes: number; rels: number };
}

/** Runners over `tx` that add up nodes and relationships created, for the ingest report. */
export function countingRun(tx: ManagedTransaction): Statements {
  const counters = { nodes: 0, rels: 0 };
  const count = (r: QueryResult) => {
    const c = r.summary.counters.updates();
    counters.nodes += c.nodesCreated;
    counters.rels += c.relationshipsCreated;
    return r;
  };
  let sent: Promise<unknown>[] = [];
  const run: Run = async (cypher, params) => count(await tx.run(cypher, params));
  const send: Send = (cypher, params) => {
    const p = Promise.resolve(tx.run(cypher, params)).then(count);
    // Handled at flush; without this a failure before then would be an unhandled rejection.
    p.catch(() => undefined);
    sent.push(p);
    return Promise.resolve();
  };
  const flush = async () => {
    const waiting = sent;
    sent = [];
    await Promise.all(waiting);
  };
  return { run, send, flush, counters };
}

export function shortId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** The fact's own provenance, flattened onto the node or relationship that records it. */
export function src(s: { page: number; start: number; end: number; quote: string }) {
  return { page: s.page, start: s.start, end: s.end, quote: s.quote };
}
