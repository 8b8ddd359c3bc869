import type { DocText } from '../text.js';

/**
 * Real names of complainants found in the text. The pipeline (ingest/process.ts) calls this on the
 * raw text and redacts the names before extraction runs; keep this export's name and signature.
 * (Stub until the complainant extractor lands.)
 */
export function findComplainantNames(_doc: DocText): string[] {
  return [];
}
