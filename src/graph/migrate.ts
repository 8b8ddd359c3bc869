import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Graph } from './driver.js';
import { completeStatisticsAnswers } from './write/durationAnswers.js';
import { buildRankings } from './write/citedRankings.js';

/** schema/ sits at the project root; compiled code runs from dist/src/graph, sources from src/graph. */
async function schemaDir(): Promise<string> {
  for (const rel of ['../../../schema/', '../../schema/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    try {
      const names = await readdir(dir);
      if (names.some((n) => n.endsWith('.cypher'))) return dir;
    } catch {
      // try the next candidate
    }
  }
  throw new Error('schema/ folder with .cypher files not found');
}

/** Statements end with ';' at the end of a line; '//' lines are comments. */
export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The schema files in name order, with their statements. */
async function schemaFiles(): Promise<{ name: string; source: string }[]> {
  const dir = await schemaDir();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.cypher')).sort();
  return Promise.all(names.map(async (name) => ({ name, source: await readFile(dir + name, 'utf8') })));
}

/** What a graph migrated by exactly these files records: any change to a file, or a new one, differs. */
function digestOf(files: { name: string; source: string }[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.name).update('\u0000').update(f.source).update('\u0000');
  return h.digest('hex');
}

/**
 * Applies schema/*.cypher in name order (those whose name starts with `only`, when given). Every
 * statement uses IF NOT EXISTS and every data migration is idempotent, so this is safe to run
 * again; a full run then records the files' digest on (:SchemaVersion {id: 'schema'}) for
 * `ensureSchema`.
 */
export async function migrate(graph: Graph, only?: string): Promise<number> {
  const all = await schemaFiles();
  const files = all.filter((f) => !only || f.name.startsWith(only));
  let count = 0;
  for (const f of files) {
    for (const stmt of splitStatements(f.source)) {
      // Schema statements cannot share a transaction with each other, so one auto-commit each.
      const session = graph.session();
      try {
        await session.run(stmt);
      } finally {
        await session.close();
      }
      count++;
    }
  }
  await (async () => {
    const session = graph.session();
    try {
      await session.run('CALL db.awaitIndexes(60)');
    } finally {
      await session.close();
    }
  })();
  // What migration 011 leaves to code: the statistics aggregates' answers per year range.
  await completeStatisticsAnswers(graph);
  // And what 013 leaves to code: the most-cited rankings, built once from the cited aggregates.
  await buildRankings(graph);
  // Written only when it changes: migrating a migrated graph again leaves it as it was.
  if (!only)
    await graph.run(`MERGE (s:SchemaVersion {id: 'schema'}) WITH s WHERE s.digest IS NULL OR s.digest <> $digest SET s.digest = $digest`, { digest: digestOf(all) });
  return count;
}

/**
 * `migrate` unless the graph records that these very schema files were applied to it: one read
 * instead of a round trip per statement, for ingest, whose start-up is most of a re-run. A graph
 * restored from an older backup records the older digest, so it is migrated.
 */
export async function ensureSchema(graph: Graph): Promise<number> {
  const files = await schemaFiles();
  const [row] = await graph.read<{ digest: string }>(`MATCH (s:SchemaVersion {id: 'schema'}) RETURN s.digest AS digest`);
  return row?.digest === digestOf(files) ? 0 : migrate(graph);
}
