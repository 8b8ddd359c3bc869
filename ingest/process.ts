import { basename } from 'node:path';
import type { Extraction } from '../src/domain/extraction.js';
import { AppError, ErrorCode } from '../src/errors.js';
import { redactPages } from './anonymise.js';
import { findComplainantNames } from './extract/complainants.js';
import { extract } from './extract/index.js';
import { readPdf, type ReadLimits } from './readPdf.js';
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

/**
 * One document through the pipeline up to (not including) the write:
 * read PDF -> find complainants' real names -> redact them -> classify and extract on redacted text.
 * Redacting before extraction means no later stage, log line or stored offset ever sees a real name,
 * and every offset refers to the text that is stored.
 */
export async function processFile(file: string, options: ProcessOptions): Promise<ProcessResult> {
  const name = basename(file);
  try {
    const pdf = await readPdf(file, options);
    const realNames = findComplainantNames(new DocText(pdf.pages));
    const pages = redactPages(pdf.pages, realNames, options.pseudonymKey);
    const extraction = extract(new DocText(pages));
    return { ok: true, file, name, sha256: pdf.sha256, bytes: pdf.bytes, title: pdf.title, pages, extraction };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, file, name, sha256: null, code: err.code, message: err.message };
    const message = `${name}: internal error while extracting (${(err as Error)?.message ?? String(err)})`;
    return { ok: false, file, name, sha256: null, code: ErrorCode.INTERNAL, message };
  }
}
