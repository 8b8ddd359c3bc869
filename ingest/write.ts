import type { ManagedTransaction } from 'neo4j-driver';
import type { WriteOptions, WriteResult } from '../src/domain/documents.js';
import type { Graph } from '../src/graph/driver.js';
import { recordFailure as recordFailed, recordFailureIn, refreshDerivedDataOf, writeDocumentFacts } from '../src/graph/write/index.js';
import { writeRedactedNames } from '../src/graph/redactedNames.js';
import { ErrorCode } from '../src/errors.js';
import type { FailedDocument, ProcessedDocument, ProcessResult } from './process.js';
import { isTransient } from './retry.js';

export type { WriteOptions, WriteResult } from '../src/domain/documents.js';

/** What became of one document of a batch: written, already there, or recorded as failed. */
export type BatchOutcome = WriteResult | { status: 'failed'; code: ErrorCode; message: string };

/** Runs one attempt at a write, waiting out an unavailable database (ingest's withRetry). */
export type Attempt = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * One document's facts inside `tx`. A document already ingested (same content hash) is left
 * alone, so re-running ingest on a folder changes nothing. The statements live in src/graph/write.
 */
async function writeIn(tx: ManagedTransaction, doc: ProcessedDocument, options: WriteOptions): Promise<WriteResult> {
  const counters = await writeDocumentFacts(tx, doc, options, (run) => writeRedactedNames(run, doc.sha256, doc.redacted));
  if (!counters) return { status: 'unchanged', nodesCreated: 0, relationshipsCreated: 0 };
  return { status: 'written', nodesCreated: counters.nodes, relationshipsCreated: counters.rels };
}

/**
 * Writes one document and everything extracted from it in a single transaction: a crash at any
 * point leaves all of it or none of it.
 */
export async function writeDocument(graph: Graph, doc: ProcessedDocument, options: WriteOptions): Promise<WriteResult> {
  return graph.write(async (tx) => {
    const result = await writeIn(tx, doc, options);
    if (result.status === 'written') await refreshDerivedDataOf(tx, [doc.sha256]);
    return result;
  });
}

/** A failed document is recorded too, so operators can query what failed and why. */
export async function recordFailure(graph: Graph, doc: FailedDocument, options: WriteOptions): Promise<void> {
  await recordFailed(graph, doc, options);
}

/**
 * Several documents, in input order, in one transaction: one commit instead of one per document.
 * Each document is still all or nothing. When the graph refuses the batch (a bad value in one
 * document, not an outage), its documents are written again one by one, so the one at fault is
 * recorded as failed (WRITE_FAILED) on its own and the others land. An outage that outlasts
 * `attempt`'s retries is thrown: the run stops, and a re-run resumes where it stopped.
 */
export async function writeBatch(graph: Graph, docs: readonly ProcessResult[], options: WriteOptions, attempt: Attempt): Promise<BatchOutcome[]> {
  const all = (tx: ManagedTransaction, group: readonly ProcessResult[]) => writeAll(tx, group, options);
  try {
    return await attempt(() => graph.write((tx) => all(tx, docs)));
  } catch (err) {
    if (isTransient(err)) throw err;
  }
  const out: BatchOutcome[] = [];
  for (const doc of docs) {
    try {
      out.push(...(await attempt(() => graph.write((tx) => all(tx, [doc])))));
    } catch (err) {
      if (isTransient(err) || !doc.ok) throw err;
      const failure = { name: doc.name, sha256: doc.sha256, code: ErrorCode.WRITE_FAILED, message: `${doc.name}: the graph refused its facts (${firstLine(err)})` };
      await attempt(() => recordFailed(graph, failure, options));
      out.push({ status: 'failed', code: failure.code, message: failure.message });
    }
  }
  return out;
}

async function writeAll(tx: ManagedTransaction, docs: readonly ProcessResult[], options: WriteOptions): Promise<BatchOutcome[]> {
  const out: BatchOutcome[] = [];
  const written: string[] = [];
  for (const doc of docs) {
    if (doc.ok) {
      const result = await writeIn(tx, doc, options);
      if (result.status === 'written') written.push(doc.sha256);
      out.push(result);
    } else {
      await recordFailureIn(tx, doc, options);
      out.push({ status: 'failed', code: doc.code, message: doc.message });
    }
  }
  await refreshDerivedDataOf(tx, written);
  return out;
}

function firstLine(err: unknown): string {
  return ((err as Error)?.message ?? String(err)).split('\n')[0] ?? '';
}
