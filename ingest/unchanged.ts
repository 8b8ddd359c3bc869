import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Graph } from '../src/graph/driver.js';
import { ingestedPageCounts } from '../src/graph/ingested.js';

/**
 * Files hashed at once: enough to keep the disk busy, few enough that a large folder does not
 * open thousands of files together.
 */
const HASHING_AT_ONCE = 8;

export interface Unchanged {
  file: string;
  pages: number;
}

export interface Triage {
  /** Files to read, in input order. */
  toRead: string[];
  /** Files whose content is already in the graph: not parsed at all. */
  unchanged: Unchanged[];
}

/** The same SHA-256 of the bytes that readPdf.ts gives a document as its id, streamed. */
function hashFile(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => h.update(chunk))
      .on('end', () => resolve(h.digest('hex')))
      // An unreadable file is left to the pipeline, which reports it with its error code.
      .on('error', () => resolve(null));
  });
}

async function hashAll(files: readonly string[]): Promise<(string | null)[]> {
  const out: (string | null)[] = new Array(files.length).fill(null);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await hashFile(files[i] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASHING_AT_ONCE, files.length) }, lane));
  return out;
}

/**
 * Re-runs over a folder skip what the graph already holds before any PDF is parsed: hashing a file
 * costs a read, parsing it costs pdf.js and every extractor. The write still checks the hash under
 * the ingest lock, so a document another process writes meanwhile is not written twice.
 */
export async function triage(graph: Graph, files: readonly string[]): Promise<Triage> {
  const hashes = await hashAll(files);
  const known = await ingestedPageCounts(graph, [...new Set(hashes.filter((h): h is string => h !== null))]);
  const t: Triage = { toRead: [], unchanged: [] };
  files.forEach((file, i) => {
    const pages = known.get(hashes[i] ?? '');
    if (pages === undefined) t.toRead.push(file);
    else t.unchanged.push({ file, pages });
  });
  return t;
}
