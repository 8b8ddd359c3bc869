import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { makePdf, splitPages } from '../../tests/fixtures/pdf.js';

/**
 * Builds the held-out evaluation set: bench/heldout/src/*.txt (fictional documents written for this
 * project, never copied from the shared corpus) to bench/heldout/*.pdf, scored against
 * bench/heldout/labels.json by `node scripts/eval.mjs bench/heldout`.
 * Run from the project root after a build: `node dist/bench/heldout/make.js`.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const srcDir = root + 'bench/heldout/src/';
const outDir = root + 'bench/heldout/';

/** A page break: a form feed character, or a line holding only "\f" as the samples write it. */
const FORM_FEED = /\f/;

for (const name of (await readdir(srcDir)).filter((n) => n.endsWith('.txt')).sort()) {
  const source = await readFile(srcDir + name, 'utf8');
  const pages = FORM_FEED.test(source) ? source.split(FORM_FEED).map((p) => p.trim()) : splitPages(source);
  const pdf = await makePdf(pages, { title: name.replace(/\.txt$/, '') });
  await writeFile(outDir + name.replace(/\.txt$/, '.pdf'), pdf);
  process.stderr.write(`bench/heldout/${name.replace(/\.txt$/, '.pdf')} (${pages.length} pages)\n`);
}
