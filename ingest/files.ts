import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Expands the command line into files. Folders contribute their *.pdf files (recursively, sorted);
 * a file named explicitly is taken whatever its extension, so a mislabelled file still gets a
 * clear error rather than being silently skipped.
 */
export async function expandInputs(inputs: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) files.push(...(await pdfsUnder(input)));
    else files.push(input);
  }
  return { files, missing };
}

async function pdfsUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await pdfsUnder(path)));
    else if (e.isFile() && /\.pdf$/i.test(e.name)) out.push(path);
  }
  return out;
}
