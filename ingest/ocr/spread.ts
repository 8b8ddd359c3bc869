import type { PageText } from '../text.js';
import { DEFAULT_OCR, type OcrOptions } from './options.js';
import { requirePrograms } from './programs.js';
import { lacksTextLayer } from './scannedPages.js';

/**
 * A page of OCR costs about a CPU second, a thousand times a text page: a document with more
 * pages to OCR than this is spread over the pool's threads by its pages, as a long text document
 * is, rather than read by one thread while the others wait.
 */
export const SPREAD_OCR_ABOVE_PAGES = 3;

/** The same read limits with OCR off: the text layer alone, to see how much OCR a document needs. */
export function textLayerOnly<T extends { ocr?: OcrOptions }>(options: T): T {
  return { ...options, ocr: { ...(options.ocr ?? DEFAULT_OCR), enabled: false } };
}

/**
 * Whether a document whose text layer is `pages` should have its OCR spread over the threads.
 * Not when OCR cannot run: then the whole document goes to readScannedPages, which reads a
 * document with a text layer overall without OCR and fails only one that needs it.
 */
export async function spreadOcr(pages: readonly PageText[], options: OcrOptions = DEFAULT_OCR): Promise<boolean> {
  if (!options.enabled || pages.filter(lacksTextLayer).length <= SPREAD_OCR_ABOVE_PAGES) return false;
  return requirePrograms().then(
    () => true,
    () => false,
  );
}
