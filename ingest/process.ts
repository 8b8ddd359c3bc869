import { basename } from 'node:path';
import type { Extraction } from '../src/domain/extraction.js';
import { AppError, ErrorCode } from '../src/errors.js';
import { extract } from './extract/index.js';
import { timedSync, type StageTimes } from './jobs.js';
import { assertTextLayer, readPdf, type PdfInfo, type ReadLimits } from './readPdf.js';
import { redactDocument, type KnownNames, type RedactedForm } from './redact/index.js';
import { DocText, type PageText } from './text.js';

export interface ProcessOptions extends ReadLimits {
  pseudonymKey: string;
  /** Keyed hashes of name forms redacted in earlier documents -> their pseudonyms (from the graph). */
  knownNames?: KnownNames;
}

export interface ProcessedDocument {
  ok: true;
  file: string;
  name: string;
  sha256: string;
  bytes: number;
  /** The PDF's metadata title, redacted like the pages. */
  title: string | null;
  /** Page text with every private person's name already replaced by a pseudonym. */
  pages: PageText[];
  /** Keyed hashes of the forms replaced (never the names), so later documents redact them too. */
  redacted: RedactedForm[];
  extraction: Extraction;
}

export interface FailedDocument {
  ok: false;
  file: string;
  name: string;
  sha256: string | null;
  code: ErrorCode;
  message: string;
}

export type ProcessResult = ProcessedDocument | FailedDocument;

export function failure(file: string, err: unknown, sha256: string | null = null): FailedDocument {
  const name = basename(file);
  if (err instanceof AppError) return { ok: false, file, name, sha256, code: err.code, message: err.message };
  return { ok: false, file, name, sha256, code: ErrorCode.INTERNAL, message: `${name}: internal error while extracting (${(err as Error)?.message ?? String(err)})` };
}

/**
 * The stages after the text is read: redact every private person (ingest/redact/) in the pages and
 * the metadata title -> classify and extract on the redacted text. Redacting before extraction means
 * no later stage, log line or stored offset ever sees a real name, and every offset refers to the
 * text that is stored.
 */
export function analyse(file: string, info: PdfInfo, rawPages: PageText[], options: ProcessOptions, times?: StageTimes): ProcessResult {
  try {
    timedSync(times, 'text layer check', () => assertTextLayer(file, rawPages, options.ocr?.enabled ?? true));
    const r = timedSync(times, 'redact', () => redactDocument(rawPages, info.title, options.pseudonymKey, options.knownNames));
    const extraction = timedSync(times, 'classify and extract', () => extract(new DocText(r.pages)));
    return { ok: true, file, name: basename(file), sha256: info.sha256, bytes: info.bytes, title: r.title, pages: r.pages, redacted: r.redacted, extraction };
  } catch (err) {
    return failure(file, err, info.sha256);
  }
}

/** The whole read -> analyse path in this thread (tests, and the pool's size-0 mode), parsing the PDF once. */
export async function processFile(file: string, options: ProcessOptions, times?: StageTimes): Promise<ProcessResult> {
  try {
    const { info, pages } = await readPdf(file, options, times);
    return analyse(file, info, pages, options, times);
  } catch (err) {
    return failure(file, err);
  }
}
