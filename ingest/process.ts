import { basename } from 'node:path';
import type { Extraction } from '../src/domain/extraction.js';
import { AppError, ErrorCode } from '../src/errors.js';
import { redactPages } from './anonymise.js';
import { findComplainantNames } from './extract/complainants.js';
import { extract } from './extract/index.js';
import { timedSync, type StageTimes } from './jobs.js';
import { assertTextLayer, readPdf, type PdfInfo, type ReadLimits } from './readPdf.js';
import { DocText, type PageText } from './text.js';

export interface ProcessOptions extends ReadLimits {
  pseudonymKey: string;
}

export interface ProcessedDocument {
  ok: true;
  file: string;
  name: string;
  sha256: string;
  bytes: number;
  title: string | null;
  /** Page text with complainants' names already replaced by pseudonyms. */
  pages: PageText[];
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
 * The stages after the text is read: find complainants' real names -> redact them -> classify and
 * extract on the redacted text. Redacting before extraction means no later stage, log line or
 * stored offset ever sees a real name, and every offset refers to the text that is stored.
 */
export function analyse(file: string, info: PdfInfo, rawPages: PageText[], options: ProcessOptions, times?: StageTimes): ProcessResult {
  try {
    timedSync(times, 'text layer check', () => assertTextLayer(file, rawPages, options.ocr?.enabled ?? true));
    const realNames = timedSync(times, 'find complainant names', () => findComplainantNames(new DocText(rawPages)));
    const pages = timedSync(times, 'redact', () => redactPages(rawPages, realNames, options.pseudonymKey));
    const extraction = timedSync(times, 'classify and extract', () => extract(new DocText(pages)));
    return { ok: true, file, name: basename(file), sha256: info.sha256, bytes: info.bytes, title: info.title, pages, extraction };
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
