import type { Config } from '../../src/config.js';

/** What the operator chooses (src/config.ts, `--no-ocr`): whether to OCR, and how long a page may take. */
export type OcrOptions = Config['ingest']['ocr'];

/** For callers that build options by hand (tests, benchmarks): OCR on, as the CLI defaults. */
export const DEFAULT_OCR: OcrOptions = { enabled: true, pageSeconds: 60 };

/**
 * How pages are rendered and read, chosen by measurement (`node dist/bench/ocr-settings.js`, figures
 * in the README). 300 dpi: on good 200-dpi scans 200 dpi reads a few more words (0.86 against
 * 0.81 word accuracy), but on poor 150-dpi faxes 300 dpi reads more (0.78 against 0.76) and, what
 * matters, more of the facts (officer, findings, outcome) come through; it costs about 0.9 CPU s
 * a page against 0.7. Tesseract's automatic page segmentation (psm 3) reads pages turned by up to
 * 3 degrees without a deskew pass; psm 6 (one block) read 0.51 to 0.65 on speckled pages; psm 1
 * (with orientation detection) is what reads an upside-down page, and costs 0.25 s a page, so it
 * runs only on pages psm 3 read with low confidence.
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
