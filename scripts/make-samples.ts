import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { makePdf, splitPages } from '../tests/fixtures/pdf.js';

/** Regenerates samples/*.pdf from samples/src/*.txt (fictional documents written for this project). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const srcDir = root + 'samples/src/';
for (const name of (await readdir(srcDir)).filter((n) => n.endsWith('.txt')).sort()) {
  const pages = splitPages(await readFile(srcDir + name, 'utf8'));
  const pdf = await makePdf(pages, { title: name.replace(/\.txt$/, '') });
  await writeFile(root + 'samples/' + name.replace(/\.txt$/, '.pdf'), pdf);
  process.stderr.write(`samples/${name.replace(/\.txt$/, '.pdf')} (${pages.length} pages)\n`);
}
