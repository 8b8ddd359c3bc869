import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PDFParse } from 'pdf-parse';
import { loadConfig } from '../src/config.js';
import { paths, readPid } from '../src/localdb/server.js';
import { AppError, ErrorCode } from '../src/errors.js';
import { createDriver, Graph, mapNeo4jError, waitForGraph } from '../src/graph/driver.js';
import { deleteDocument } from '../src/graph/documents.js';
import { expandInputs } from '../ingest/files.js';
import { makePdf } from '../tests/fixtures/pdf.js';
import { imagesToPdf, rasterise, scanPdf } from '../tests/fixtures/scan.js';
import { SCANNED_JUDGMENT, SCANNED_OUTCOME, TYPED_COVER } from '../tests/fixtures/scan-texts.js';
import { folderName, folderOptions, generateFolder } from './generate-ingest-folder.js';

const USAGE = `npm run bench:ingest -- [FOLDER_OR_FILES... | --folder [FOLDER OPTIONS] | --generate PAGES | --scanned N] [--runs N] [--profile] [--dry-run]
  (none)            samples/
  --folder          a realistic folder made once and kept in the temp folder: judgment-like PDFs of
                    20-60 dense pages with embedded fonts, short notices and outcomes, a 900-page
                    review; sizes: --judgments N (60) --notices N (60) --review PAGES (900)
                    --min-pages N (20) --max-pages N (60) --seed N (1)
  --generate PAGES  one PAGES-page review in pdfkit's Helvetica (no embedded font: a light parse;
                    one case cited five times a page: a stress test of writing citations)
  --scanned N       N scanned PDFs (image pages, no text layer: outcomes and judgments turned a
                    little, speckled and JPEG-compressed, one in three with a typed cover page):
                    OCR pages per second and CPU per OCR page, pdftoppm and tesseract included
  --runs N          run the pipeline N times and print each (the machine is shared: take ranges)
  --profile         also, in one thread: time per extractor (CPU profile by source file) and per Cypher statement
  --dry-run         pipeline without Neo4j (parse and extract only)`;

/**
 * Pages per second for the same PDFs: pdftotext (poppler, one process per file as a shell loop
 * would run it), pdf-parse's own text extraction alone in one thread, and the whole pipeline end
 * to end (parse, extract, write to Neo4j) in its own process as the CLI runs it, with its peak
 * memory and time per stage. The pipeline reads copies of the PDFs made unique to this run (a
 * comment after %%EOF changes their hash, not their content), so every document is really
 * written rather than skipped as unchanged, nothing already in the graph is touched, and the
 * documents are deleted again at the end.
 */
const argv = process.argv.slice(2);
const numeric = ['generate', 'scanned', 'runs', 'judgments', 'notices', 'review', 'min-pages', 'max-pages', 'seed'] as const;
const { values, positionals } = parseArgs({
  args: argv,
  allowPositionals: true,
  options: {
    folder: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    ...Object.fromEntries(numeric.map((k) => [k, { type: 'string' as const }])),
  },
});
const flag = (name: 'folder' | 'profile' | 'dry-run') => values[name] === true;
const value = (name: (typeof numeric)[number]) => (values as Record<string, unknown>)[name] as string | undefined;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Math.max(1, Number(value('runs') ?? 1));
const dryRun = flag('dry-run');

/** Folders this run made and removes at the end. */
const scratch: string[] = [];

/** --generate N: one N-page review-like PDF of numbered paragraphs in Helvetica. */
async function generateReview(pages: number): Promise<string> {
  const para = (n: number) =>
    `${n}. The review found that officers in the Territorial Support Group were not challenged when colleagues ` +
    `behaved inappropriately. In one case PC ${1000 + (n % 97)} Hallam of the Parliamentary and Diplomatic Protection ` +
    `Command breached the Discreditable Conduct standard of the Standards of Professional Behaviour, the panel found; ` +
    `see R (Officer W80) v Director General of the IOPC [2020] EWCA Civ 1301 at [${n % 80}].`;
  const texts = Array.from({ length: pages }, (_, i) => Array.from({ length: 5 }, (_, k) => para(i * 5 + k + 1)).join('\n\n'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  scratch.push(dir);
  writeFileSync(join(dir, `review-${pages}-pages.pdf`), await makePdf(texts, { title: 'Generated review' }));
  return dir;
}

/** --scanned N: scans of the OCR tests' documents, each degraded a little differently. */
async function generateScans(count: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scans-'));
  scratch.push(dir);
  const texts = [SCANNED_OUTCOME, SCANNED_JUDGMENT];
  for (let i = 0; i < count; i++) {
    const scan = await scanPdf(await makePdf([texts[i % 2] as string]), {
      dpi: 200,
      rotate: [((i % 5) - 2) * 0.7],
      speckles: 200 + (i % 4) * 100,
      jpegQuality: 35 + (i % 3) * 15,
      seed: i + 1,
    });
    const pdf = i % 3 === 2 ? await imagesToPdf([TYPED_COVER, ...(await rasterise(scan, 200, 60))]) : scan;
    writeFileSync(join(dir, `scan-${String(i + 1).padStart(3, '0')}.pdf`), pdf);
  }
  return dir;
}

async function inputFiles(): Promise<string[]> {
  if (flag('folder')) {
    const o = folderOptions(argv);
    const dir = join(tmpdir(), folderName(o));
    const t0 = performance.now();
    const files = await generateFolder(dir, o);
    const s = (performance.now() - t0) / 1000;
    if (s > 1) console.error(`generated ${dir} in ${s.toFixed(0)}s (kept for later runs)`);
    return files;
  }
  const gen = value('generate');
  const scanned = value('scanned');
  const inputs = gen ? [await generateReview(Number(gen))] : scanned ? [await generateScans(Number(scanned))] : positionals;
  return (await expandInputs(inputs.length ? inputs : [fileURLToPath(new URL('../../samples/', import.meta.url))])).files;
}

/** Copies with a run-unique trailer: same pages, new content hash. */
function uniqueCopies(files: string[], run: string): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-bench-run-'));
  const seen = new Set<string>();
  const out = files.map((f, i) => {
    let name = basename(f);
    if (seen.has(name)) name = `${i}-${name}`;
    seen.add(name);
    const copy = join(dir, name);
    writeFileSync(copy, Buffer.concat([readFileSync(f), Buffer.from(`\n%ingest-bench ${run}\n`)]));
    return copy;
  });
  return { dir, files: out };
}

interface Rate {
  pages: number;
  seconds: number;
  /** CPU seconds (user + system, every thread), when known: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
}

/** CPU seconds used by this process's finished children (Linux /proc; null elsewhere). */
function childrenCpuSeconds(): number | null {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return null;
  }
}

function pdftotextPages(files: string[]): Rate | null {
  if (spawnSync('pdftotext', ['-v']).error) return null;
  const t0 = performance.now();
  const c0 = childrenCpuSeconds();
  let pages = 0;
  for (const f of files) {
    const r = spawnSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
    pages += (r.stdout.match(/\f/g) ?? []).length;
  }
  const c1 = childrenCpuSeconds();
  return { pages, seconds: (performance.now() - t0) / 1000, ...(c0 !== null && c1 !== null ? { cpuSeconds: c1 - c0 } : {}) };
}

async function pdfParsePages(files: string[]): Promise<Rate> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
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
  const c = process.cpuUsage(c0);
  return { pages, seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 };
}

interface PipelineRun extends Rate {
  cpuSeconds: number;
  /** Neo4j's CPU over the run, when the server is the project's own. */
  neo4jCpuSeconds?: number;
  /** pdftoppm and tesseract, run by OCR as child processes. */
  childCpuSeconds: number;
  ocrPages: number;
  runSeconds: number;
  workers: number;
  failed: number;
  unchanged: number;
  peakMiB: number;
  times: Record<string, number>;
}

/**
 * CPU seconds used so far by the project-started Neo4j (Linux /proc; null for an external server
 * or elsewhere): the writes' cost on the server's side, which shares the machine's cores.
 */
function neo4jCpuSeconds(): number | null {
  const config = loadConfig();
  const pid = config.neo4j.external ? null : readPid(paths(config));
  if (!pid) return null;
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

function runChild<T>(script: string, args: string[]): T {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const r = spawnSync(process.execPath, [path, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${script} failed (exit ${r.status}):\n${r.stderr.slice(-3000)}`);
  return JSON.parse(line) as T;
}

async function cleanUp(files: string[]): Promise<void> {
  if (dryRun) return;
  const config = loadConfig();
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  try {
    for (const f of files) await deleteDocument(graph, createHash('sha256').update(readFileSync(f)).digest('hex'));
  } finally {
    await graph.close();
  }
}

/**
 * The writes need Neo4j: found out once, before anything is measured, and said in one line with
 * what to do, rather than as the pipeline child's stack trace minutes later.
 */
async function assertGraphReachable(): Promise<void> {
  const config = loadConfig();
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  try {
    await waitForGraph(graph, 2_000);
  } catch (err) {
    const e = mapNeo4jError(err);
    if (!(e instanceof AppError) || e.code !== ErrorCode.DATABASE_UNAVAILABLE) throw e;
    const how = config.neo4j.external
      ? `check NEO4J_URI (${config.neo4j.uri})`
      : 'start it with `npm run db:start` (same NEO4J_LOCAL_BOLT_PORT as this run) or set NEO4J_URI';
    throw new AppError(e.code, `${e.message}: ${how}, or measure without writes with --dry-run`, { cause: err });
  } finally {
    await graph.close();
  }
}

const fmt = (x: number, w = 9, d = 1) => x.toFixed(d).padStart(w);
const rate = (r: Rate) => r.pages / r.seconds;

if (!dryRun) {
  try {
    await assertGraphReachable();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    console.error(`error: ${err.message} [${err.code}]`);
    process.exit(1);
  }
}
const sources = await inputFiles();
if (sources.length === 0) throw new Error('no PDFs to measure');
const { dir, files } = uniqueCopies(sources, `${Date.now().toString(36)}-${process.pid}`);
scratch.push(dir);
try {
  const poppler = pdftotextPages(files);
  const parse = await pdfParsePages(files);
  const pipelines: PipelineRun[] = [];
  /** The same files again once written: every one unchanged, so skipped by its hash before parsing. */
  const reruns: PipelineRun[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const n0 = neo4jCpuSeconds();
      const r = runChild<PipelineRun>('./pipeline-ingest.js', [...(dryRun ? ['--dry-run'] : []), ...files]);
      const n1 = neo4jCpuSeconds();
      // CPU per page counts the OCR programs too: for a scan they are most of it.
      pipelines.push({ ...r, cpuSeconds: r.cpuSeconds + r.childCpuSeconds, ...(n0 !== null && n1 !== null ? { neo4jCpuSeconds: n1 - n0 } : {}) });
      if (!dryRun) {
        const again = runChild<PipelineRun>('./pipeline-ingest.js', files);
        reruns.push({ ...again, cpuSeconds: again.cpuSeconds + again.childCpuSeconds });
      }
    } finally {
      await cleanUp(files);
    }
  }
  const ratio = (r: number) => (poppler ? (r / rate(poppler)).toFixed(2).padStart(10) : '         -');
  const cpu = (r: Rate) => (r.cpuSeconds === undefined ? '        -' : fmt((r.cpuSeconds / r.pages) * 1000, 9, 2));
  const row = (label: string, r: Rate, ratioText: string, note = '') => console.log(`${label.padEnd(46)} ${fmt(rate(r))} ${ratioText}     ${cpu(r)}${note}`);
  const first = pipelines[0] as PipelineRun;
  console.log(`files: ${files.length}, pages: ${first.pages}${first.failed ? ` (${first.failed} failed)` : ''}`);
  console.log(`${'stage'.padEnd(46)}   pages/s   ratio to pdftotext   CPU ms/page`);
  if (poppler) row('pdftotext (poppler), a process per file', poppler, '      1.00');
  else console.log('pdftotext (poppler)                            not installed (apt-get install poppler-utils)');
  row('pdf-parse alone, 1 thread', parse, ratio(rate(parse)));
  for (const p of pipelines) {
    const neo4j = p.neo4jCpuSeconds !== undefined && !dryRun ? `; Neo4j CPU ${((p.neo4jCpuSeconds / p.pages) * 1000).toFixed(2)} ms/page` : '';
    const note = `   (${p.seconds.toFixed(1)} s from process start; without start-up ${(p.pages / p.runSeconds).toFixed(0)} p/s, ${ratio(p.pages / p.runSeconds).trim()}x; peak ${p.peakMiB} MiB${neo4j})`;
    row(`pipeline end to end${dryRun ? ' (dry run)' : ', with writes'}, ${p.workers} threads`, p, ratio(rate(p)), note);
  }
  for (const p of reruns) {
    const note = `   (${p.seconds.toFixed(1)} s from process start; without start-up ${(p.pages / p.runSeconds).toFixed(0)} p/s, ${ratio(p.pages / p.runSeconds).trim()}x; ${p.unchanged} of ${files.length} unchanged)`;
    row(`re-run of the same files, ${p.workers} threads`, p, ratio(rate(p)), note);
  }
  console.log(`pipeline peak memory: ${Math.max(...pipelines.map((p) => p.peakMiB))} MiB`);
  for (const p of pipelines.filter((x) => x.ocrPages > 0)) {
    const ocrMs = p.times['ocr'] ?? 0;
    console.log(
      `OCR: ${p.ocrPages} of ${p.pages} pages read by OCR on ${p.workers} threads: ${(p.ocrPages / p.runSeconds).toFixed(2)} OCR pages/s ` +
        `(whole pipeline, without start-up); CPU ${((p.cpuSeconds / p.ocrPages) * 1000).toFixed(0)} ms per OCR page, ` +
        `of which pdftoppm and tesseract ${((p.childCpuSeconds / p.ocrPages) * 1000).toFixed(0)} ms; ${(ocrMs / p.ocrPages).toFixed(0)} ms wall per page in a thread`,
    );
  }
  console.log(
    `\npipeline time per stage, first run (ms; thread stages are summed over ${first.workers} threads, so they can add up to more than the wall time of ${Math.round(first.runSeconds * 1000)} ms)`,
  );
  const main = new Set(['write', 'waiting for documents']);
  for (const [k, v] of Object.entries(first.times).sort((a, b) => Number(main.has(a[0])) - Number(main.has(b[0])) || b[1] - a[1])) {
    console.log(`  ${(main.has(k) ? `${k} (main thread)` : k).padEnd(40)} ${fmt(v, 9, 0)}   ${fmt((v / first.pages) * 1000, 7, 0)} µs/page`);
  }
  if (flag('profile')) await profile(files);
} finally {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
}

interface StageProfile {
  documents: number;
  pages: number;
  readMs: number;
  read: Record<string, number>;
  analyseMs: number;
  stages: Record<string, number>;
  byFile: Record<string, number>;
  writeMs: number;
  statements: Record<string, number>;
  counts: Record<string, number>;
}

/** One thread, stage by stage: what to make cheaper, and by how much it would matter. */
async function profile(files: string[]): Promise<void> {
  let p: StageProfile;
  try {
    p = runChild<StageProfile>('./stages-ingest.js', [...(dryRun ? ['--no-write'] : []), ...files]);
  } finally {
    // stages-ingest deletes what it wrote; this is for when it died first
    await cleanUp(files);
  }
  const perPage = (ms: number) => `${fmt((ms / p.pages) * 1000, 7, 0)} µs/page`;
  const total = p.readMs + p.analyseMs + p.writeMs;
  console.log(
    `\nprofile in one thread: ${p.documents} documents, ${p.pages} pages, ${Math.round(total)} ms (read ${Math.round(p.readMs)}, analyse ${Math.round(p.analyseMs)}, write ${Math.round(p.writeMs)})`,
  );
  const table = (title: string, rows: Record<string, number>, top = 20) => {
    console.log(`  ${title}`);
    for (const [k, v] of Object.entries(rows)
      .sort((a, b) => b[1] - a[1])
      .slice(0, top))
      console.log(`    ${k.padEnd(72)} ${fmt(v, 8, 0)} ms ${perPage(v)}`);
  };
  table('read and parse', p.read);
  table('analysis stages', p.stages);
  table('analysis CPU by source file (regex and built-ins charged to their caller)', p.byFile, 25);
  if (p.writeMs) {
    const rows = Object.fromEntries(Object.entries(p.statements).map(([k, v]) => [`${k} (x${p.counts[k]})`, v]));
    table('write, per Cypher statement (wall time from send to answer; statements sent together overlap)', rows, 25);
  }
}
