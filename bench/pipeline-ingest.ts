import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { createDriver, Graph, waitForGraph } from '../src/graph/driver.js';
import { ensureSchema } from '../src/graph/migrate.js';
import { ingestFiles } from '../ingest/run.js';

/**
 * node dist/bench/pipeline-ingest.js [--dry-run] FILE...
 * The ingest pipeline as the CLI runs it (same configuration, schema migration, worker pool and
 * writes), started in its own process so its time includes start-up and its peak memory is its
 * own. Prints one JSON object on stdout: pages, seconds since the process started, seconds inside
 * the run, time per stage and peak resident memory. Progress lines go to stderr.
 */
/** CPU seconds of this process's finished children (Linux /proc; 0 elsewhere). */
function childrenCpuSeconds(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return 0;
  }
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const files = args.filter((a) => a !== '--dry-run');
const config = loadConfig();
const graph = dryRun ? null : new Graph(createDriver(config.neo4j), config.neo4j.database);
try {
  if (graph) {
    await waitForGraph(graph, 30_000);
    await ensureSchema(graph);
  }
  const t0 = performance.now();
  const s = await ingestFiles(files, {
    config,
    graph,
    json: false,
    write: { licence: config.ingest.licence, source: null },
    retry: { maxElapsedMs: 0, baseDelayMs: 500, maxDelayMs: 1000 },
    log: (line) => process.stderr.write(line + '\n'),
  });
  const t1 = performance.now();
  process.stdout.write(
    JSON.stringify({
      pages: s.pages,
      ocrPages: s.ocrPages,
      ingested: s.ingested,
      unchanged: s.unchanged,
      failed: s.failed,
      workers: config.ingest.workers,
      // performance.now() counts from process start: node start-up, module loading, driver, migration.
      seconds: t1 / 1000,
      runSeconds: (t1 - t0) / 1000,
      // every thread of this process, start-up included
      cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
      // pdftoppm and tesseract, which OCR runs as child processes
      childCpuSeconds: childrenCpuSeconds(),
      times: s.times,
      peakMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + '\n',
  );
} finally {
  await graph?.close();
}
