import type { DocumentToWrite, WriteOptions, WriteResult } from '../src/domain/documents.js';
import type { Graph } from '../src/graph/driver.js';
import { recordFailure as recordFailed, writeDocumentFacts } from '../src/graph/write/index.js';
import { writeRedactedNames } from '../src/graph/redactedNames.js';
import type { FailedDocument, ProcessedDocument } from './process.js';

export type { WriteOptions, WriteResult } from '../src/domain/documents.js';

/**
 * Writes one document and everything extracted from it in a single transaction: a crash at any
 * point leaves all of it or none of it. A document already ingested (same content hash) is left
 * alone, so re-running ingest on a folder changes nothing. The statements live in src/graph/write.
 */
export async function writeDocument(graph: Graph, doc: ProcessedDocument, options: WriteOptions): Promise<WriteResult> {
  const written: DocumentToWrite = doc;
  return graph.write(async (tx) => {
    const counters = await writeDocumentFacts(tx, written, options, (run) => writeRedactedNames(run, doc.sha256, doc.redacted));
    if (!counters) return { status: 'unchanged', nodesCreated: 0, relationshipsCreated: 0 };
    return { status: 'written', nodesCreated: counters.nodes, relationshipsCreated: counters.rels };
  });
}

/** A failed document is recorded too, so operators can query what failed and why. */
export async function recordFailure(graph: Graph, doc: FailedDocument, options: WriteOptions): Promise<void> {
  await recordFailed(graph, doc, options);
}
