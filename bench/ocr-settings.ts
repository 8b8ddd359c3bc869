import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../ingest/extract/index.js';
import { ocrPage } from '../ingest/ocr/page.js';
import { rejoinCourtTokens } from '../ingest/ocr/citations.js';
import { correctOcrWords } from '../ingest/ocr/vocabulary.js';
import { toRecord } from '../ingest/record.js';
import { DocText } from '../ingest/text.js';
import type { OcrSettings } from '../ingest/ocr/options.js';
import { makePdf } from '../tests/fixtures/pdf.js';
import { scanPdf, type ScanOptions } from '../tests/fixtures/scan.js';
import { SCANNED_JUDGMENT, SCANNED_OUTCOME } from '../tests/fixtures/scan-texts.js';

/**
 * npm run bench:ocr (node dist/bench/ocr-settings.js, after a build)
 * How well each way of rendering and reading a page recovers the words of a known text, on scans
 * of the project's own documents degraded as office scans are: word accuracy (1 - word error
 * rate against the source), facts recovered (of those extracted from the typed text; extra facts
 * OCR invented after a +) and CPU per page of pdftoppm and tesseract. The settings in
 * ingest/ocr/options.ts are chosen from this table.
 */

const SCANS: Record<string, ScanOptions> = {
  'clean 200 dpi': { dpi: 200, jpegQuality: 90 },
  '200 dpi, 1.5°, specks, q35': { dpi: 200, rotate: [1.5], speckles: 600, jpegQuality: 35 },
  '150 dpi, -3°, specks, q25': { dpi: 150, rotate: [-3], speckles: 900, jpegQuality: 25 },
  '150 dpi, 0.8°, specks, q45': { dpi: 150, rotate: [0.8], speckles: 400, jpegQuality: 45 },
  '200 dpi, upside down, q50': { dpi: 200, rotate: [180.7], speckles: 200, jpegQuality: 50 },
};

const SETTINGS: Record<string, OcrSettings> = {
  '200 dpi psm 3': { dpi: 200, psm: 3, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 3': { dpi: 300, psm: 3, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 3 specks kept': { dpi: 300, psm: 3, dropSpecks: false, orientationRetryBelow: null },
  '300 dpi psm 6': { dpi: 300, psm: 6, dropSpecks: true, orientationRetryBelow: null },
  '300 dpi psm 1 (OSD)': { dpi: 300, psm: 1, dropSpecks: true, orientationRetryBelow: null },
  '200 dpi psm 3 + OSD <0.6': { dpi: 200, psm: 3, dropSpecks: true, orientationRetryBelow: 0.6 },
  '300 dpi psm 3 + OSD <0.6': { dpi: 300, psm: 3, dropSpecks: true, orientationRetryBelow: 0.6 },
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

/** A document's facts as comparable strings: kind, force, officers, allegations, outcomes, dates, citation, court, result. */
function facts(text: string): Set<string> {
  const r = toRecord('x', extract(new DocText([{ num: 1, text }])));
  return new Set([
    `kind ${r.kind}`,
    `force ${r.force}`,
    ...r.officers.map((o) => `officer ${o.name} ${o.rank}`),
    ...r.allegations.map((a) => `allegation ${a.officer} ${a.standard} ${a.finding}`),
    ...r.outcomes.map((o) => `outcome ${o.officer} ${o.outcome}`),
    ...Object.entries(r.dates).map(([role, d]) => `${role} ${d}`),
    `citation ${r.neutralCitation} ${r.court} ${r.jrResult}`,
  ]);
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
  const truth = Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, facts(t)]));
  const factCount = Object.values(truth).reduce((n, f) => n + f.size, 0);
  console.log(`word accuracy / facts recovered of ${factCount} (+ invented) / CPU s a page, over the ${Object.keys(texts).join(' and ')}`);
  console.log(['scan'.padEnd(28), ...cols.map((c) => c.padStart(27))].join(''));
  const totals = new Map<string, { acc: number; cpu: number; n: number; found: number; invented: number }>();
  for (const [scanName, scan] of Object.entries(SCANS)) {
    const cells: string[] = [];
    for (const [settingName, settings] of Object.entries(SETTINGS)) {
      let acc = 0;
      let cpu = 0;
      let found = 0;
      let invented = 0;
      for (const [name, text] of Object.entries(texts)) {
        const file = join(dir, `${name}-${Object.keys(SCANS).indexOf(scanName)}.pdf`);
        writeFileSync(file, await scanPdf(await makePdf([text]), { ...scan, seed: 11 }));
        const c0 = childrenCpuSeconds();
        const page = await ocrPage(file, 1, 120, settings);
        cpu += childrenCpuSeconds() - c0;
        acc += wordAccuracy(text, page.text);
        const read = facts(rejoinCourtTokens(correctOcrWords(page.text)));
        const want = truth[name] as Set<string>;
        found += [...want].filter((f) => read.has(f)).length;
        invented += [...read].filter((f) => !want.has(f)).length;
      }
      const n = Object.keys(texts).length;
      const t = totals.get(settingName) ?? { acc: 0, cpu: 0, n: 0, found: 0, invented: 0 };
      totals.set(settingName, { acc: t.acc + acc / n, cpu: t.cpu + cpu / n, n: t.n + 1, found: t.found + found, invented: t.invented + invented });
      cells.push(`${(acc / n).toFixed(2)} / ${found}+${invented} / ${(cpu / n).toFixed(2)}`.padStart(27));
    }
    console.log(scanName.padEnd(28) + cells.join(''));
  }
  console.log(
    'mean'.padEnd(28) +
      cols
        .map((c) => {
          const t = totals.get(c) as { acc: number; cpu: number; n: number; found: number; invented: number };
          return `${(t.acc / t.n).toFixed(2)} / ${(t.found / t.n).toFixed(1)}+${(t.invented / t.n).toFixed(1)} / ${(t.cpu / t.n).toFixed(2)}`.padStart(27);
        })
        .join(''),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
