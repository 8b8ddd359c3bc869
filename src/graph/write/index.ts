import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentToWrite, WriteOptions } from '../../domain/documents.js';
import { lockAndCheck, writeDocumentNode } from './documents.js';
import { writeJudgment } from './judgments.js';
import { resolveOfficers } from './officers.js';
import { writeProceeding } from './proceedings.js';
import { writeReview } from './reviews.js';
import { linkRulings } from './rulings.js';
import { countingRun, type Run } from './run.js';
import { writeUnits } from './units.js';
import { refreshPrecedents } from '../sanctionTallies.js';

/**
 * Every statement that writes a document's facts, split by concern: the document and its pages
 * (documents.ts), officer resolution (officers.ts), the misconduct case (proceedings.ts), units
 * and memberships with their periods (units.ts), a ruling's citations and parties (judgments.ts),
 * the REVIEWS links between rulings and proceedings (rulings.ts) and a review's findings
 * (reviews.ts). Ingest calls these inside one transaction per document (ingest/write.ts).
 */
export { recordFailure } from './documents.js';
export { countingRun, type Run } from './run.js';

/**
 * The document, its officers and its facts, in the order each needs the one before: officers are
 * resolved before the proceeding that concerns them. `extra` runs after the document node is
 * written (ingest adds the hashes of the names it redacted). Null when the document is already
 * ingested.
 */
export async function writeDocumentFacts(
  tx: ManagedTransaction,
  doc: DocumentToWrite,
  options: WriteOptions,
  extra: (run: Run) => Promise<void>,
): Promise<{ nodes: number; rels: number } | null> {
  if (await lockAndCheck(tx, doc.sha256)) return null;
  const { run, counters } = countingRun(tx);
  await writeDocumentNode(run, doc, options);
  await extra(run);
  const officerIds = await resolveOfficers(tx, run, doc);
  const x = doc.extraction;
  const { hasProceeding, ruling } = await writeProceeding(run, doc, officerIds);
  // Sanction precedents read the kinds of outcome each proceeding imposed, and its tallies, from the graph.
  if (hasProceeding) {
    const recorded = await run('MATCH (:Document {id: $docId})-[:RECORDS|DESCRIBES]->(p:Proceeding) RETURN collect(p.id) AS ids', { docId: doc.sha256 });
    await refreshPrecedents(run, recorded.records[0]?.get('ids') ?? []);
  }
  await writeUnits(run, doc, officerIds);
  await writeJudgment(run, doc);
  if (x.review) await writeReview(run, doc.sha256, x.force, x.review, x.paragraphs);
  if (hasProceeding && !ruling) await linkRulings(run, doc.sha256, 'proceeding');
  return counters;
}
