import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ocrPage } from '../ingest/ocr/page.js';
import type { OcrSettings } from '../ingest/ocr/options.js';
import { makePdf } from '../tests/fixtures/pdf.js';
import { scanPdf, type ScanOptions } from '../tests/fixtures/scan.js';
import { SCANNED_JUDGMENT, SCANNED_OUTCOME } from '../tests/fixtures/scan-texts.js';

/**
 * node dist/bench/ocr-settings.js
 * How well each way of rendering and reading a page recovers the words of a known text, on scans
 * of the project's own documents degraded as office scans are: word accuracy (1 - word error
 * rate against the source) and CPU per page of pdftoppm and tesseract. The settings in
 * ingest/ocr/options.ts are chosen from this table.
 */

const SCANS: Record<string, ScanOptions> = {
  'clean 200 dpi': { dpi: 200, jpegQuality: 90 },
  '200 dpi, 1.5°, specks, q35': { dpi: 200, rotate: [1.5], speckles: 600, jpegQuality: 35 },
  '150 dpi, -3°, specks, q25': { dpi: 150, rotate: [-3], speckles: 900, jpegQuality: 25 },
  '200 dpi, upside down, q50': { dpi: 200, rotate: [180.7], speckles: 200, jpegQuality: 50 },
};

const SETTINGS: Record<string, OcrSettings> = {
  '200 dpi psm 3': { dpi: 200, psm: 3, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 3': { dpi: 300, psm: 3, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 3, specks kept': { dpi: 300, psm: 3, dropSpecks: false, orientationRetryBelow: null },
  '300 dpi psm 6': { dpi: 300, psm: 6, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 1 (OSD)': { dpi: 300, psm: 1, dropSpecks: true, orientationRetryBelow: null },
  '200 dpi psm 3, OSD <0.6': { dpi: 200, psm: 3, dropSpecks: true, orientationRetryBelow: 0.6 },
  '300 dpi psm 3, OSD <0.6': { dpi: 300, psm: 3, dropSpecks: true, orientationRetryBelow: 0.6 },
};

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Word-level edit distance over the source's length: substitutions, insertions and deletions all count. */
function wordAccuracy(source: string, read: string): number {
  const a = words(source);
  const b = words(read);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return Math.max(0, 1 - (prev[b.length] as number) / a.length);
}

/** CPU seconds of this process's finished children (Linux /proc), where pdftoppm and tesseract run. */
function childrenCpuSeconds(): number {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[13]) + Number(f[14])) / 100;
}

const dir = mkdtempSync(join(tmpdir(), 'ocr-settings-'));
try {
  const texts = { outcome: SCANNED_OUTCOME, judgment: SCANNED_JUDGMENT };
  const cols = Object.keys(SETTINGS);
  console.log(`word accuracy (CPU s/page), ${Object.keys(texts).join(' and ')} averaged`);
  console.log(['scan'.padEnd(28), ...cols.map((c) => c.padStart(26))].join(''));
  const totals = new Map<string, { acc: number; cpu: number; n: number }>();
  for (const [scanName, scan] of Object.entries(SCANS)) {
    const cells: string[] = [];
    for (const [settingName, settings] of Object.entries(SETTINGS)) {
      let acc = 0;
      let cpu = 0;
      for (const [name, text] of Object.entries(texts)) {
        const file = join(dir, `${name}-${Object.keys(SCANS).indexOf(scanName)}.pdf`);
        writeFileSync(file, await scanPdf(await makePdf([text]), { ...scan, seed: 11 }));
        const c0 = childrenCpuSeconds();
        const page = await ocrPage(file, 1, 120, settings);
        cpu += childrenCpuSeconds() - c0;
        acc += wordAccuracy(text, page.text);
      }
      const n = Object.keys(texts).length;
      const t = totals.get(settingName) ?? { acc: 0, cpu: 0, n: 0 };
      totals.set(settingName, { acc: t.acc + acc / n, cpu: t.cpu + cpu / n, n: t.n + 1 });
      cells.push(`${(acc / n).toFixed(3)} (${(cpu / n).toFixed(2)} s)`.padStart(26));
    }
    console.log(scanName.padEnd(28) + cells.join(''));
  }
  console.log('mean'.padEnd(28) + cols.map((c) => {
    const t = totals.get(c) as { acc: number; cpu: number; n: number };
    return `${(t.acc / t.n).toFixed(3)} (${(t.cpu / t.n).toFixed(2)} s)`.padStart(26);
  }).join(''));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
