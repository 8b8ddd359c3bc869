#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { assertIngestSecrets, loadConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';
import { createDriver, Graph, waitForGraph } from '../src/graph/driver.js';
import { ensureSchema } from '../src/graph/migrate.js';
import { expandInputs } from './files.js';
import { ingestFiles, type RunOptions, type RunSummary } from './run.js';
import { watchFolders } from './watch.js';

const USAGE = `usage: npm run ingest -- [options] FILE_OR_FOLDER...
  --dry-run        extract only; write nothing to Neo4j
  --json           print one extraction record per document on stdout (JSON Lines)
  --watch          keep running and ingest new PDFs as they appear in the folders
  --licence NAME   licence/source label stored on every document (default: INGEST_LICENCE or "unknown")
  --no-ocr         do not OCR pages without a text layer: a scanned PDF fails with PDF_NO_TEXT`;

/** Logs go to stderr so stdout stays clean JSON Lines for --json. */
const log = (line: string) => process.stderr.write(line + '\n');

function report(s: RunSummary, dryRun: boolean, missing: number, seconds: number): void {
  log(
    `${dryRun ? 'dry run: ' : ''}${s.ingested} ingested, ${s.unchanged} unchanged, ${s.failed} failed` +
      (missing ? `, ${missing} missing` : '') +
      (dryRun ? '' : `; ${s.nodes} nodes and ${s.relationships} relationships created`) +
      ` in ${seconds.toFixed(1)}s; ${s.pages} pages; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
  for (const f of s.failures) log(`  failed: ${f.file}: ${f.code}`);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        licence: { type: 'string' },
        'no-ocr': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    log((err as Error).message + '\n' + USAGE);
    return 2;
  }
  if (args.values.help || args.positionals.length === 0) {
    log(USAGE);
    return args.values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (args.values['no-ocr']) config.ingest.ocr.enabled = false;
  assertIngestSecrets(config);
  const dryRun = args.values['dry-run'] ?? false;

  let graph: Graph | null = null;
  if (!dryRun) {
    graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
    await waitForGraph(graph, 30_000);
    await ensureSchema(graph);
  }
  const options: RunOptions = {
    config,
    graph,
    json: args.values.json ?? false,
    write: { licence: args.values.licence ?? config.ingest.licence, source: null },
    retry: { maxElapsedMs: config.ingest.dbRetrySeconds * 1000, baseDelayMs: 500, maxDelayMs: 10_000 },
    log,
  };
  try {
    if (args.values.watch) {
      const stop = new AbortController();
      for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => stop.abort());
      log(`watching ${args.positionals.join(', ')} for new PDFs (Ctrl-C to stop)`);
      let failed = 0;
      await watchFolders(
        args.positionals,
        config.ingest.watchIntervalMs,
        async (files) => {
          const started = Date.now();
          const s = await ingestFiles(files, options);
          failed += s.failed;
          report(s, dryRun, 0, (Date.now() - started) / 1000);
        },
        stop.signal,
      );
      return failed ? 1 : 0;
    }
    const { files, missing, skipped } = await expandInputs(args.positionals);
    for (const m of missing) log(`error: ${m}: no such file or folder`);
    for (const k of skipped) log(`skipped: ${k.path}: ${k.reason}`);
    const started = Date.now();
    const s = await ingestFiles(files, options);
    report(s, dryRun, missing.length, (Date.now() - started) / 1000);
    return s.failed || missing.length ? 1 : 0;
  } finally {
    await graph?.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // Expected failures (database down, bad configuration) get one line; anything else is a bug.
    if (err instanceof AppError) log(`error: ${err.message} [${err.code}]`);
    else log(`error: ${(err as Error)?.stack ?? String(err)}`);
    process.exitCode = 1;
  },
);
