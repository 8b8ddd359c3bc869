import { basename } from 'node:path';
import { AppError } from '../../src/errors.js';
import { timed, type StageTimes } from '../jobs.js';
import type { PageText } from '../text.js';
import { rejoinCourtTokens } from './citations.js';
import { DEFAULT_OCR, type OcrOptions } from './options.js';
import { ocrPage } from './page.js';
import { requirePrograms } from './programs.js';
import { correctOcrWords } from './vocabulary.js';

/**
 * A page whose text layer has fewer letters than this is taken to be an image of a page: a scan
 * carries none, or only a stamped page number or file reference.
 */
const MIN_LETTERS = 20;

/** Letters, in any script: digits and punctuation alone do not make a text layer. */
const LETTER_RE = /\p{L}/gu;

function letters(text: string): number {
  return text.match(LETTER_RE)?.length ?? 0;
}

export function lacksTextLayer(page: PageText): boolean {
  return letters(page.text) < MIN_LETTERS;
}

/** As the document-level check (assertTextLayer) judges it: enough letters over these pages on average. */
function hasTextLayer(pages: readonly PageText[]): boolean {
  return pages.reduce((n, p) => n + letters(p.text), 0) >= MIN_LETTERS * pages.length;
}

/** The document's name before an OCR error, as every ingest failure names its file. */
function named(file: string, err: unknown, pageNum: number): unknown {
  if (!(err instanceof AppError)) return err;
  const where = err.message.startsWith('page ') ? '' : `page ${pageNum} has no text layer and needs OCR, but `;
  return new AppError(err.code, `${basename(file)}: ${where}${err.message}`, { cause: err });
}

/**
 * The read stage's OCR step: pages without a usable text layer are rendered and read by
 * tesseract, one at a time in this worker thread (the programs run as child processes, so the
 * thread waits without blocking anything); pages with text keep it. OCR text replaces a page's
 * text only when it has more letters, after one-letter misreadings of the domain's cue words are
 * corrected (./vocabulary.ts) and a court's letters split by a space rejoined (./citations.ts),
 * so redaction and extraction read it as a text layer. Without the OCR programs, a document with
 * a text layer overall (a blank page in a typed judgment) is read without OCR and only one that
 * needs OCR fails, naming the missing program. With OCR off the pages come back as they are and
 * the document fails the text layer check as before.
 */
export async function readScannedPages(file: string, pages: PageText[], options: OcrOptions = DEFAULT_OCR, times?: StageTimes): Promise<PageText[]> {
  if (!options.enabled) return pages;
  const scanned = pages.filter(lacksTextLayer);
  const first = scanned[0];
  if (!first) return pages;
  try {
    await requirePrograms();
  } catch (err) {
    // A text document with a blank or near-empty page still reads without OCR; a scan cannot.
    if (hasTextLayer(pages)) return pages;
    throw named(file, err, first.num);
  }
  const read = new Map<number, PageText>();
  for (const page of scanned) {
    let ocr;
    try {
      ocr = await timed(times, 'ocr', () => ocrPage(file, page.num, options.pageSeconds));
    } catch (err) {
      throw named(file, err, page.num);
    }
    if (letters(ocr.text) > letters(page.text))
      read.set(page.num, { num: page.num, text: rejoinCourtTokens(correctOcrWords(ocr.text)), ocr: { confidence: ocr.confidence } });
  }
  return pages.map((p) => read.get(p.num) ?? p);
}
