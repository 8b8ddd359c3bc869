import type { ManagedTransaction } from 'neo4j-driver';
import type { ParagraphFact } from '../../domain/extraction.js';
import type { DocumentToWrite, FailedDocumentRecord, WriteOptions } from '../../domain/documents.js';
import type { Graph } from '../driver.js';
import { shortId, type Send } from './run.js';

/**
 * Serialises document writes across ingest processes (schema/005_ingest_lock.cypher); taken before
 * anything is read, so the check that follows and officer resolution see every earlier write.
 * True when the document is already ingested (same content hash) and is to be left alone.
 */
export async function lockAndCheck(tx: ManagedTransaction, docId: string): Promise<boolean> {
  // One round trip: the lock's SET runs before the match that follows it in the same statement.
  const existing = await tx.run(
    `MERGE (l:IngestLock {id: 'document-writes'}) SET l.lastDocument = $id
     WITH l OPTIONAL MATCH (d:Document {id: $id}) RETURN d.status AS status`,
    { id: docId },
  );
  return existing.records[0]?.get('status') === 'ingested';
}

export async function writeDocumentNode(run: Send, doc: DocumentToWrite, options: WriteOptions): Promise<void> {
  const x = doc.extraction;
  const j = x.judgment;
  const date = (role: string) => x.dates.find((d) => d.role === role)?.date ?? null;
  await run(
    `MERGE (d:Document {id: $id})
     SET d.file = $file, d.title = $title, d.kind = $kind, d.kindConfidence = $kindConfidence,
         d.force = $force, d.status = 'ingested', d.errorCode = null, d.error = null,
         d.bytes = $bytes, d.pageCount = $pageCount, d.licence = $licence, d.source = $source,
         d.neutralCitation = $neutralCitation, d.court = $court, d.jrResult = $jrResult,
         d.caseNumbers = $caseNumbers, d.judges = $judges,
         d.incidentDate = $incident, d.hearingDate = $hearing, d.decisionDate = $decision,
         d.decisionBelowBody = $below.body, d.decisionBelowResult = $below.result, d.decisionBelowDate = $below.date,
         d.decisionBelowPage = $below.page, d.decisionBelowStart = $below.start, d.decisionBelowEnd = $below.end, d.decisionBelowQuote = $below.quote,
         d.ingestedAt = coalesce(d.ingestedAt, datetime())
     WITH d
     UNWIND $pages AS p
     MERGE (pg:Page {id: $id + '#p' + p.num})
     SET pg.number = p.num, pg.text = p.text, pg.ocr = p.ocr, pg.ocrConfidence = p.ocrConfidence
     MERGE (d)-[:HAS_PAGE]->(pg)`,
    {
      id: doc.sha256,
      file: doc.name,
      title: doc.title,
      kind: x.kind,
      kindConfidence: x.kindConfidence,
      force: x.force,
      bytes: doc.bytes,
      pageCount: doc.pages.length,
      licence: options.licence,
      source: options.source,
      neutralCitation: j?.neutralCitation ?? null,
      court: j?.court ?? null,
      jrResult: j?.jrResult ?? null,
      caseNumbers: j?.caseNumbers ?? [],
      judges: j?.judges ?? [],
      incident: date('incident'),
      hearing: date('hearing'),
      decision: date('decision'),
      // The decision under challenge: one step down the chain from this court's result.
      below: j?.decisionBelow ? { body: j.decisionBelow.body, result: j.decisionBelow.result, date: j.decisionBelow.date, ...j.decisionBelow.source } : {},
      pages: doc.pages.map((p) => ({ num: p.num, text: p.text, ocr: p.ocr !== undefined, ocrConfidence: p.ocr?.confidence ?? null })),
    },
  );
  if (x.paragraphs.length) {
    // Keyed by label, not number: 6.1 and 6.10 are one number but two paragraphs.
    const paras = x.paragraphs.map((p) => ({ ...p, id: paragraphId(doc.sha256, p), docId: doc.sha256, quote: paragraphQuote(doc, p) }));
    await run(
      `MATCH (d:Document {id: $id})
       UNWIND $paras AS p
       MERGE (pa:Paragraph {id: p.id})
       SET pa.number = p.number, pa.label = p.label, pa.docId = p.docId, pa.page = p.page, pa.start = p.start,
           pa.endPage = p.endPage, pa.end = p.end, pa.quote = p.quote
       MERGE (d)-[:HAS_PARAGRAPH]->(pa)`,
      { id: doc.sha256, paras },
    );
  }
}

/** How much of a paragraph's opening words its node keeps as a quote. */
const PARAGRAPH_QUOTE_CHARS = 200;

/** Runs of white space, folded to one space in quotes. */
const WHITESPACE_RE = /\s+/g;

/**
 * Made here, not in Cypher, so sections can point at paragraphs by id (numbers sent to Bolt are
 * floats, and Cypher would spell them "1.0"). Keyed by label, not number: 6.1 and 6.10 differ.
 */
export function paragraphId(docId: string, p: ParagraphFact): string {
  return `${docId}#para${p.label}@${p.page}:${p.start}`;
}

/** Page texts by number, built once per document: a review has thousands of paragraphs. */
const pageTexts = new WeakMap<DocumentToWrite, Map<number, string>>();
function pageText(doc: DocumentToWrite): Map<number, string> {
  let m = pageTexts.get(doc);
  if (!m) pageTexts.set(doc, (m = new Map(doc.pages.map((pg) => [pg.num, pg.text]))));
  return m;
}

/** The paragraph's opening words on its first page, one line, clipped. */
function paragraphQuote(doc: DocumentToWrite, p: ParagraphFact): string {
  const page = pageText(doc).get(p.page) ?? '';
  const words = page
    .slice(p.start, p.endPage === p.page ? p.end : page.length)
    .replace(WHITESPACE_RE, ' ')
    .trim();
  return words.length > PARAGRAPH_QUOTE_CHARS ? words.slice(0, PARAGRAPH_QUOTE_CHARS - 1) + '…' : words;
}

/** A failed document is recorded too, so operators can query what failed and why. */
export async function recordFailure(graph: Graph, doc: FailedDocumentRecord, options: WriteOptions): Promise<void> {
  await graph.write((tx) => recordFailureIn(tx, doc, options));
}

/** The same, inside a transaction that writes other documents too (ingest's batches). */
export async function recordFailureIn(tx: ManagedTransaction, doc: FailedDocumentRecord, options: WriteOptions): Promise<void> {
  const id = doc.sha256 ?? 'file:' + shortId(doc.name);
  await tx.run(
    `MERGE (d:Document {id: $id})
     ON CREATE SET d.ingestedAt = datetime()
     WITH d WHERE coalesce(d.status, '') <> 'ingested'
     SET d.file = $file, d.status = 'failed', d.errorCode = $code, d.error = $message, d.licence = $licence, d.source = $source, d.kind = null`,
    { id, file: doc.name, code: doc.code, message: doc.message, licence: options.licence, source: options.source },
  );
}
