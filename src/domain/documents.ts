import type { ErrorCode } from '../errors.js';
import type { Extraction } from './extraction.js';

/**
 * A document as the graph writer takes it: what ingest read and extracted (ingest's
 * ProcessedDocument is one), and a failure as it is recorded.
 */
export interface DocumentToWrite {
  /** SHA-256 of the file's bytes: the document's id. */
  sha256: string;
  name: string;
  title: string | null;
  bytes: number;
  /** Page text as stored (private names already replaced); `ocr` when the text was read from a scan. */
  pages: readonly { num: number; text: string; ocr?: { confidence: number | null } }[];
  extraction: Extraction;
}

export interface FailedDocumentRecord {
  name: string;
  sha256: string | null;
  code: ErrorCode;
  message: string;
}

export interface WriteOptions {
  licence: string;
  source: string | null;
}

export interface WriteResult {
  status: 'written' | 'unchanged';
  nodesCreated: number;
  relationshipsCreated: number;
}
