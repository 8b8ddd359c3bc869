import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Graph } from './driver.js';
import { completeStatisticsAnswers } from './write/durationAnswers.js';

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

/** Applies schema/*.cypher in name order (those whose name starts with `only`, when given). Every statement uses IF NOT EXISTS, so this is idempotent. */
export async function migrate(graph: Graph, only?: string): Promise<number> {
  const dir = await schemaDir();
  const files = (await readdir(dir)).filter((n) => n.endsWith('.cypher') && (!only || n.startsWith(only))).sort();
  let count = 0;
  for (const f of files) {
    for (const stmt of splitStatements(await readFile(dir + f, 'utf8'))) {
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
  return count;
}
