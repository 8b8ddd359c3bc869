import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { loadConfig } from '../src/config.js';
import { createDriver, Graph } from '../src/graph/driver.js';
import { deleteDocument } from '../src/graph/documents.js';
import { expandInputs } from '../ingest/files.js';
import { makePdf } from '../tests/fixtures/pdf.js';

/**
 * npm run bench:ingest -- [FOLDER_OR_FILES... | --generate PAGES]
 * Pages per second for the same PDFs: pdftotext (poppler), pdf-parse text extraction alone in one
 * thread, and the whole pipeline end to end (parse, extract, write to Neo4j) as the CLI runs it,
 * with the pipeline's peak memory. The documents are removed from the graph first so they are
 * really written, not skipped as unchanged.
 */
const argv = process.argv.slice(2);
const gen = argv.indexOf('--generate');
const inputs = gen >= 0 ? [await generateReview(Number(argv[gen + 1] ?? 900))] : argv;
const { files } = await expandInputs(inputs.length ? inputs : [fileURLToPath(new URL('../../samples/', import.meta.url))]);

/** --generate N: one N-page review-like PDF of numbered paragraphs, to measure a long document. */
async function generateReview(pages: number): Promise<string> {
  const para = (n: number) =>
    `${n}. The review found that officers in the Territorial Support Group were not challenged when colleagues ` +
    `behaved inappropriately. In one case PC ${1000 + (n % 97)} Hallam of the Parliamentary and Diplomatic Protection ` +
    `Command was found to have breached the Standards of Professional Behaviour in respect of Discreditable Conduct; ` +
    `see R (Officer W80) v Director General of the IOPC [2020] EWCA Civ 1301 at [${n % 80}].`;
  const texts = Array.from({ length: pages }, (_, i) => Array.from({ length: 5 }, (_, k) => para(i * 5 + k + 1)).join('\n\n'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, `review-${pages}-pages.pdf`);
  writeFileSync(file, await makePdf(texts, { title: 'Generated review' }));
  return dir;
}
if (files.length === 0) throw new Error('no PDFs to measure');

async function pdfParsePages(): Promise<{ pages: number; seconds: number }> {
  const t0 = performance.now();
  let pages = 0;
  for (const f of files) {
    const parser = new PDFParse({ data: new Uint8Array(readFileSync(f)) });
    try {
      pages += (await parser.getText()).pages.length;
    } catch {
      // unreadable files count no pages, as in the pipeline
    } finally {
      await parser.destroy();
    }
  }
  return { pages, seconds: (performance.now() - t0) / 1000 };
}

function pdftotextPages(): { pages: number; seconds: number } | null {
  if (spawnSync('pdftotext', ['-v']).error) return null;
  const t0 = performance.now();
  let pages = 0;
  for (const f of files) {
    const r = spawnSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    pages += (r.stdout.match(/\f/g) ?? []).length;
  }
  return { pages, seconds: (performance.now() - t0) / 1000 };
}

async function pipeline(): Promise<{ pages: number; seconds: number; peakMiB: number }> {
  const config = loadConfig();
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  for (const f of files) await deleteDocument(graph, createHash('sha256').update(readFileSync(f)).digest('hex'));
  await graph.close();
  const cli = fileURLToPath(new URL('../ingest/cli.js', import.meta.url));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t0) / 1000;
  const m = /; (\d+) pages; peak memory (\d+) MiB/.exec(r.stderr);
  if (!m) throw new Error(`ingest did not report its figures:\n${r.stderr.slice(-2000)}`);
  return { pages: Number(m[1]), seconds, peakMiB: Number(m[2]) };
}

const fmt = (x: number) => x.toFixed(1).padStart(8);
const poppler = pdftotextPages();
const parse = await pdfParsePages();
const full = await pipeline();
const rate = (r: { pages: number; seconds: number }) => r.pages / r.seconds;
console.log(`files: ${files.length}, pages: ${full.pages}`);
console.log('stage                         pages/s   ratio to pdftotext');
if (poppler) console.log(`pdftotext (poppler)          ${fmt(rate(poppler))}       1.00`);
else console.log('pdftotext (poppler)          not installed (apt-get install poppler-utils)');
const ratio = (r: number) => (poppler ? (r / rate(poppler)).toFixed(2).padStart(10) : '         -');
console.log(`pdf-parse alone, 1 thread     ${fmt(rate(parse))} ${ratio(rate(parse))}`);
console.log(`pipeline end to end (write)   ${fmt(rate(full))} ${ratio(rate(full))}`);
console.log(`pipeline peak memory: ${full.peakMiB} MiB`);
