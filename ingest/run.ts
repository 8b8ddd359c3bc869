import { basename } from 'node:path';
import type { Config } from '../src/config.js';
import type { Graph } from '../src/graph/driver.js';
import { timed, type StageTimes } from './jobs.js';
import { loadKnownNames } from '../src/graph/redactedNames.js';
import { batches } from './batch.js';
import { processAll } from './pool.js';
import { createProgress } from './progress.js';
import { toRecord } from './record.js';
import { withRetry, type RetryPolicy } from './retry.js';
import { triage } from './unchanged.js';
import type { WriteOptions } from './write.js';

/**
 * The write stage brings officer resolution and its string metrics (half a second of module
 * loading): loaded when the first document is written, so a re-run of unchanged files skips it.
 */
const writing = () => import('./write.js');

export interface RunSummary {
  ingested: number;
  unchanged: number;
  failed: number;
  nodes: number;
  relationships: number;
  pages: number;
  /** Of those, pages without a text layer that OCR read. */
  ocrPages: number;
  failures: { file: string; code: string; message: string }[];
  /**
   * Milliseconds per stage: the threads' stages summed over threads, and in this thread "write"
   * (Neo4j transactions, officer resolution included) and "waiting for documents" (idle until the
   * next document in input order was ready).
   */
  times: StageTimes;
}

export interface RunOptions {
  config: Config;
  /** null for a dry run: extract only. */
  graph: Graph | null;
  json: boolean;
  write: WriteOptions;
  retry: RetryPolicy;
  log: (line: string) => void;
}

/**
 * One pass over a list of files: documents stream through the worker pool in input order and are
 * written in batches, each document all or nothing (ingest/batch.ts, ingest/write.ts). Writing in input order keeps officer resolution, and so the
 * resulting graph, the same however the run is interrupted and resumed.
 */
export async function ingestFiles(files: readonly string[], o: RunOptions): Promise<RunSummary> {
  const s: RunSummary = { ingested: 0, unchanged: 0, failed: 0, nodes: 0, relationships: 0, pages: 0, ocrPages: 0, failures: [], times: {} };
  const progress = createProgress(files.length);
  const retrying = (err: unknown, delay: number) => o.log(`Neo4j unavailable (${(err as Error).message.split('\n')[0]}); retrying in ${Math.round(delay / 1000)}s`);
  let toRead = files;
  if (o.graph && !o.json) {
    // --json prints every document's record, so it reads every document.
    const graph = o.graph;
    const t = await timed(s.times, 'unchanged check', () => withRetry(() => triage(graph, files), o.retry, retrying));
    for (const u of t.unchanged) {
      s.unchanged++;
      s.pages += u.pages;
      progress.document(`unchanged: ${basename(u.file)}`, true);
    }
    toRead = t.toRead;
  }
  // Nothing new: no worker thread, parser or write stage is started.
  if (toRead.length === 0) {
    progress.done();
    return s;
  }
  // Names redacted by earlier documents; each written document adds its own for the ones after it.
  const knownNames = o.graph ? await loadKnownNames(o.graph) : new Map<string, string>();
  const processOptions = { ...o.config.ingest, pseudonymKey: o.config.pseudonymKey, knownNames };
  const results = processAll(toRead, processOptions, o.config.ingest.workers, o.config.ingest.timeoutMs, s.times);
  const attempt = <T>(work: () => Promise<T>) => withRetry(work, o.retry, retrying);
  try {
    for (const groups = batches(results); ;) {
      const next = await timed(s.times, 'waiting for documents', () => groups.next());
      if (next.done) break;
      const batch = next.value;
      const graph = o.graph;
      const outcomes = graph
        ? await timed(s.times, 'write', async () => (await writing()).writeBatch(graph, batch, o.write, attempt))
        : batch.map((r) => (r.ok ? null : { status: 'failed' as const, code: r.code, message: r.message }));
      batch.forEach((result, i) => {
        const w = outcomes[i];
        if (!result.ok || w?.status === 'failed') {
          const failure = result.ok ? (w as { code: string; message: string }) : result;
          s.failed++;
          s.failures.push({ file: result.name, code: failure.code, message: failure.message });
          progress.document(`error: ${failure.message} [${failure.code}]`, false);
          return;
        }
        // Only a document in the graph passes its redacted names on to the ones after it.
        for (const f of result.redacted) if (!knownNames.has(f.hash)) knownNames.set(f.hash, f.pseudonym);
        s.pages += result.pages.length;
        s.ocrPages += result.pages.filter((p) => p.ocr).length;
        if (o.json) process.stdout.write(JSON.stringify(toRecord(result.name, result.extraction)) + '\n');
        if (!w) {
          s.ingested++;
          progress.document(`extracted: ${result.name} (${result.extraction.kind})`, true);
        } else if (w.status === 'unchanged') {
          s.unchanged++;
          progress.document(`unchanged: ${result.name}`, true);
        } else {
          s.ingested++;
          s.nodes += w.nodesCreated;
          s.relationships += w.relationshipsCreated;
          const x = result.extraction;
          progress.document(
            `ingested: ${result.name} (${x.kind}, ${result.pages.length} pages, ${x.officers.length} officers, ${x.allegations.length} allegations, ${x.outcomes.length} outcomes)`,
            true,
          );
        }
      });
    }
  } finally {
    // As a for-await loop would: stop the pool even when a write gives up.
    await results.return(undefined);
    progress.done();
  }
  return s;
}
