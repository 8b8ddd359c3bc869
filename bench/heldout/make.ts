import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { makePdf, splitPages } from '../../tests/fixtures/pdf.js';

/**
 * Builds the held-out evaluation sets from fictional documents written for this project (never
 * copied from the shared corpus): bench/heldout/src/*.txt -> bench/heldout/*.pdf, and the later,
 * untuned set bench/heldout/fresh/src/*.txt -> bench/heldout/fresh/*.pdf. Each set is scored
 * against its labels.json by `node scripts/eval.mjs bench/heldout` (or bench/heldout/fresh).
 * Run from the project root after a build: `node dist/bench/heldout/make.js [SET...]`; naming sets
 * (e.g. `blind15`) rebuilds only those, so the other sets' PDFs keep their bytes.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const SETS = [
  'bench/heldout/',
  'bench/heldout/fresh/',
  'bench/heldout/blind2/',
  'bench/heldout/blind3/',
  'bench/heldout/blind4/',
  'bench/heldout/blind5/',
  'bench/heldout/blind6/',
  'bench/heldout/blind7/',
  'bench/heldout/blind8/',
  'bench/heldout/blind9/',
  'bench/heldout/blind10/',
  'bench/heldout/blind11/',
  'bench/heldout/blind12/',
  'bench/heldout/blind13/',
  'bench/heldout/blind14/',
  'bench/heldout/blind15/',
  'bench/heldout/blind16/',
  'bench/heldout/blind17/',
  'bench/heldout/blind18/',
  'bench/heldout/blind19/',
  'bench/heldout/blind20/',
  'bench/heldout/blind21/',
  'bench/heldout/blind22/',
  'bench/heldout/blind23/',
  'bench/heldout/blind24/',
  'bench/heldout/blind25/',
  'bench/heldout/blind26/',
  'bench/heldout/blind27/',
  'bench/heldout/blind28/',
];
const only = process.argv.slice(2).map((s) => `bench/heldout/${s.replace(/\/$/, '')}/`);

/** A page break: a form feed character, or a line holding only "\f" as the samples write it. */
const FORM_FEED = /\f/;

for (const set of SETS.filter((s) => only.length === 0 || only.includes(s))) {
  const srcDir = root + set + 'src/';
  if (!existsSync(srcDir)) continue;
  for (const name of (await readdir(srcDir)).filter((n) => n.endsWith('.txt')).sort()) {
    const source = await readFile(srcDir + name, 'utf8');
    const pages = FORM_FEED.test(source) ? source.split(FORM_FEED).map((p) => p.trim()) : splitPages(source);
    const pdf = await makePdf(pages, { title: name.replace(/\.txt$/, '') });
    await writeFile(root + set + name.replace(/\.txt$/, '.pdf'), pdf);
    process.stderr.write(`${set}${name.replace(/\.txt$/, '.pdf')} (${pages.length} pages)\n`);
  }
}
