import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every schema/*.graphql file, schema.graphql first and the rest in name order, joined: the SDL is split by concern (core, operations,
 * connections, reviews...) and later files `extend` the types of earlier ones.
 * schema/ sits at the project root; compiled code runs from dist/src/server, sources from src/server.
 */
export async function loadTypeDefs(): Promise<string> {
  for (const rel of ['../../../schema/', '../../schema/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    let files: string[];
    try {
      // The core file defines the types the others extend, so it goes first.
      files = (await readdir(dir))
        .filter((f) => f.endsWith('.graphql'))
        .sort((a, b) => Number(b === 'schema.graphql') - Number(a === 'schema.graphql') || a.localeCompare(b));
    } catch {
      continue;
    }
    if (files.length === 0) continue;
    const parts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
    return parts.join('\n');
  }
  throw new Error('schema/*.graphql not found');
}
