import type { Config } from '../../src/config.js';

/** What the operator chooses (src/config.ts, `--no-ocr`): whether to OCR, and how long a page may take. */
export type OcrOptions = Config['ingest']['ocr'];

/** For callers that build options by hand (tests, benchmarks): OCR on, as the CLI defaults. */
export const DEFAULT_OCR: OcrOptions = { enabled: true, pageSeconds: 60 };

/**
 * How pages are rendered and read, chosen by measurement (bench/ocr-settings.ts; figures in the
 * README): 300 dpi read scans of 150 and 200 dpi best at about twice the time of 200 dpi, and
 * tesseract's automatic page segmentation (psm 3) needs no deskew for the small turns of a
 * hand-fed scanner.
 */
export interface OcrSettings {
  dpi: number;
  /** Tesseract page segmentation mode. */
  psm: number;
  /** Drop specks read as words (ingest/ocr/tsv.ts). */
  dropSpecks: boolean;
}

export const OCR_SETTINGS: OcrSettings = { dpi: 300, psm: 3, dropSpecks: true };
