#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { AppError } from '../src/errors.js';
import { createDriver, Graph, waitForGraph } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { expandInputs } from './files.js';
import { processAll } from './pool.js';
import { toRecord } from './record.js';
import { recordFailure, writeDocument } from './write.js';

const USAGE = `usage: npm run ingest -- [--dry-run] [--json] [--licence NAME] FILE_OR_FOLDER...
  --dry-run   extract only; write nothing to Neo4j
  --json      print one extraction record per document on stdout (JSON Lines)
  --licence   licence/source label stored on every document (default: INGEST_LICENCE or "unknown")`;

/** Logs go to stderr so stdout stays clean JSON Lines for --json. */
const log = (line: string) => process.stderr.write(line + '\n');

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        licence: { type: 'string' },
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
  const dryRun = args.values['dry-run'] ?? false;
  const { files, missing } = await expandInputs(args.positionals);
  for (const m of missing) log(`error: ${m}: no such file or folder`);

  let graph: Graph | null = null;
  if (!dryRun) {
    graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
    await waitForGraph(graph, 30_000);
    await migrate(graph);
  }
  const writeOptions = { licence: args.values.licence ?? config.ingest.licence, source: null };
  const summary = { ingested: 0, unchanged: 0, failed: 0, nodes: 0, relationships: 0 };
  const started = Date.now();
  let pagesDone = 0;
  try {
    const options = { ...config.ingest, pseudonymKey: config.pseudonymKey };
    for await (const result of processAll(files, options, config.ingest.workers, config.ingest.timeoutMs)) {
      if (!result.ok) {
        summary.failed++;
        log(`error: ${result.message} [${result.code}]`);
        if (graph) await recordFailure(graph, result, writeOptions);
        continue;
      }
      pagesDone += result.pages.length;
      if (args.values.json) process.stdout.write(JSON.stringify(toRecord(result.name, result.extraction)) + '\n');
      if (!graph) {
        summary.ingested++;
        continue;
      }
      const w = await writeDocument(graph, result, writeOptions);
      if (w.status === 'unchanged') {
        summary.unchanged++;
        log(`unchanged: ${result.name}`);
      } else {
        summary.ingested++;
        summary.nodes += w.nodesCreated;
        summary.relationships += w.relationshipsCreated;
        log(`ingested: ${result.name} (${result.extraction.kind}, ${result.pages.length} pages, ${result.extraction.officers.length} officers)`);
      }
    }
  } finally {
    await graph?.close();
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  log(
    `${dryRun ? 'dry run: ' : ''}${summary.ingested} ingested, ${summary.unchanged} unchanged, ${summary.failed} failed` +
      (missing.length ? `, ${missing.length} missing` : '') +
      (dryRun ? '' : `; ${summary.nodes} nodes and ${summary.relationships} relationships created`) +
      ` in ${secs}s; ${pagesDone} pages; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
  );
  return summary.failed || missing.length ? 1 : 0;
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
