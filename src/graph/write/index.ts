import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentToWrite, WriteOptions } from '../../domain/documents.js';
import { lockAndCheck, writeDocumentNode } from './documents.js';
import { writeJudgment } from './judgments.js';
import { resolveOfficers } from './officers.js';
import { writeProceeding } from './proceedings.js';
import { writeReview } from './reviews.js';
import { linkRulings } from './rulings.js';
import { countingRun, type Send } from './run.js';
import { writeUnits } from './units.js';
import { refreshDerivedData, touchedByDocuments } from './derived.js';

/**
 * Every statement that writes a document's facts, split by concern: the document and its pages
 * (documents.ts), officer resolution (officers.ts), the misconduct case (proceedings.ts), units
 * and memberships with their periods (units.ts), a ruling's citations and parties (judgments.ts),
 * the REVIEWS links between rulings and proceedings (rulings.ts) and a review's findings
 * (reviews.ts). Ingest calls these inside one transaction per batch of documents (ingest/write.ts),
 * then refreshDerivedDataOf once.
 */
export { recordFailure, recordFailureIn } from './documents.js';
export { countingRun, type Run, type Send, type Statements } from './run.js';

/**
 * The document, its officers and its facts, in the order each needs the one before: officers are
 * resolved before the proceeding that concerns them. `extra` runs after the document node is
 * written (ingest adds the hashes of the names it redacted). Null when the document is already
 * ingested. Writes are sent without waiting (see `Send`); only the reads that decide what to
 * write (the ingest lock's check, officer candidates, the case's proceeding) wait for an answer.
 */
export async function writeDocumentFacts(
  tx: ManagedTransaction,
  doc: DocumentToWrite,
  options: WriteOptions,
  extra: (send: Send) => Promise<void>,
): Promise<{ nodes: number; rels: number } | null> {
  if (await lockAndCheck(tx, doc.sha256)) return null;
  const statements = countingRun(tx);
  const { send } = statements;
  await writeDocumentNode(send, doc, options);
  await extra(send);
  const officerIds = await resolveOfficers(statements, doc);
  const x = doc.extraction;
  const { proceedingId, ruling } = await writeProceeding(statements, doc, officerIds);
  await writeUnits(send, doc, officerIds);
  await writeJudgment(send, doc);
  if (x.review) await writeReview(send, doc.sha256, x.force, x.review, x.paragraphs);
  if (proceedingId && !ruling) await linkRulings(send, doc.sha256, 'proceeding');
  await statements.flush();
  return statements.counters;
}

/**
 * Last in a transaction that wrote documents: the sanction tallies and statistics aggregates
 * recount what these documents' facts touched, once for the whole batch rather than once per
 * document (the all-forces histograms and the commonest tallies are rewritten on every refresh).
 */
export async function refreshDerivedDataOf(tx: ManagedTransaction, docIds: readonly string[]): Promise<void> {
  if (!docIds.length) return;
  const { run } = countingRun(tx);
  await refreshDerivedData(run, await touchedByDocuments(run, docIds));
}
