import type { Config } from '../../src/config.js';

/** What the operator chooses (src/config.ts, `--no-ocr`): whether to OCR, and how long a page may take. */
export type OcrOptions = Config['ingest']['ocr'];

/** For callers that build options by hand (tests, benchmarks): OCR on, as the CLI defaults. */
export const DEFAULT_OCR: OcrOptions = { enabled: true, pageSeconds: 60 };

/**
 * How pages are rendered and read, chosen by measurement (`npm run bench:ocr`,
 * table in the README). 300 dpi: 200 dpi reads a few more words for 30% less CPU and about the
 * same facts over the benchmark's scans, but lost facts (a force, an officer) that 300 dpi kept
 * on single degraded pages, and facts are what the graph holds. Tesseract's automatic page
 * segmentation (psm 3) reads pages turned by up to 3 degrees without a deskew pass; one block
 * (psm 6) read speckled pages worse; orientation detection (psm 1) is what reads an upside-down
 * page, and costs 0.3 s a page, so it runs only on pages psm 3 read with low confidence.
 */
export interface OcrSettings {
  dpi: number;
  /** Tesseract page segmentation mode. */
  psm: number;
  /**
   * Below this mean confidence the page is read again with orientation detection (psm 1) and the
   * more confident reading kept: an upside-down page reads as confident-looking nonsense at about
   * 0.5, a right way up one at 0.8 to 0.95. Null: never.
   */
  orientationRetryBelow: number | null;
  /** Drop specks read as words (ingest/ocr/tsv.ts). */
  dropSpecks: boolean;
}

export const OCR_SETTINGS: OcrSettings = { dpi: 300, psm: 3, dropSpecks: true, orientationRetryBelow: 0.6 };
