import { readdir, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { escapeName, handOn } from './fileNames.js';

/**
 * Expands the command line into files. Folders contribute their *.pdf files (recursively, sorted);
 * a file named explicitly is taken whatever its extension, so a mislabelled file still gets a
 * clear error rather than being silently skipped. Whatever a folder holds that is not taken for a
 * reason worth knowing is named in `skipped`: dangling symlinks, symlink loops, symlinks leading out
 * of the folders given, FIFOs, sockets and devices.
 *
 * Names are bytes on Linux, not text: folders are read as bytes, so a name that is not UTF-8 is still
 * found (decoding it would turn it into a name that does not exist); see fileNames.ts for how such
 * names, and names with control characters, reach the rest of ingest.
 */
export interface Skipped {
  /** Escaped for display. */
  path: string;
  reason: string;
}

export interface Inputs {
  files: string[];
  missing: string[];
  skipped: Skipped[];
}

const PDF_NAME = /\.pdf$/i; // folders contribute PDFs only; other files there are not meant for ingest

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

interface Walk {
  roots: string[];
  /** Real paths of folders entered and files taken: each is walked or taken once. */
  seen: Set<string>;
  out: Inputs;
}

function inside(real: string, roots: readonly string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(sep) ? r : r + sep));
}

async function walk(dir: Buffer, w: Walk): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  entries.sort((a, b) => Buffer.compare(a.name, b.name));
  for (const e of entries) {
    const path = Buffer.concat([dir, Buffer.from(sep), e.name]);
    const shown = escapeName(path);
    if (e.isDirectory()) {
      const real = await realpath(path, { encoding: 'buffer' });
      if (!w.seen.has(real.toString('latin1'))) {
        w.seen.add(real.toString('latin1'));
        await walk(path, w);
      }
      continue;
    }
    if (e.isSymbolicLink()) {
      await followLink(dir, path, e.name, w);
      continue;
    }
    if (e.isFile()) {
      if (!PDF_NAME.test(e.name.toString('latin1'))) continue;
      const real = (await realpath(path, { encoding: 'buffer' })).toString('latin1');
      if (w.seen.has(real)) continue;
      w.seen.add(real);
      w.out.files.push(handOn(path, e.name));
      continue;
    }
    w.out.skipped.push({ path: shown, reason: kindOf(e) });
  }
}

/** A symlink is followed once: to a file or folder inside the given roots that nothing else led to yet. */
async function followLink(dir: Buffer, path: Buffer, name: Buffer, w: Walk): Promise<void> {
  const shown = escapeName(path);
  let real: Buffer;
  try {
    real = await realpath(path, { encoding: 'buffer' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    w.out.skipped.push({ path: shown, reason: code === 'ELOOP' ? 'symlink loop' : 'dangling symlink (its target does not exist)' });
    return;
  }
  const realText = real.toString('latin1');
  if (!inside(realText, w.roots)) {
    w.out.skipped.push({ path: shown, reason: `symlink to ${escapeName(real)}, outside the folders given` });
    return;
  }
  const st = await stat(real);
  if (st.isDirectory()) {
    // A link to a folder above it would be walked forever; one to a folder walked already adds nothing.
    const here = (await realpath(dir, { encoding: 'buffer' })).toString('latin1');
    if (inside(here, [realText])) {
      w.out.skipped.push({ path: shown, reason: `symlink loop (leads back to ${escapeName(real)})` });
      return;
    }
    if (w.seen.has(realText)) return;
    w.seen.add(realText);
    await walk(path, w);
    return;
  }
  if (!st.isFile()) {
    w.out.skipped.push({ path: shown, reason: `symlink to ${kindOf(st)}` });
    return;
  }
  if (!PDF_NAME.test(name.toString('latin1')) || w.seen.has(realText)) return;
  w.seen.add(realText);
  w.out.files.push(handOn(path, name));
}

export async function expandInputs(inputs: readonly string[]): Promise<Inputs> {
  const out: Inputs = { files: [], missing: [], skipped: [] };
  const roots: string[] = [];
  const folders: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      out.missing.push(escapeName(input));
      continue;
    }
    if (st.isDirectory()) {
      roots.push((await realpath(input, { encoding: 'buffer' })).toString('latin1'));
      folders.push(input);
    } else if (st.isFile()) {
      const base = Buffer.from(resolve(input).split(sep).at(-1) ?? input);
      out.files.push(handOn(Buffer.from(input), base));
    } else {
      out.skipped.push({ path: escapeName(input), reason: kindOf(st) });
    }
  }
  const w: Walk = { roots, seen: new Set(roots), out };
  for (const folder of folders) await walk(Buffer.from(folder), w);
  return out;
}
