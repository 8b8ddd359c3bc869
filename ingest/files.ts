import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

/**
 * Expands the command line into files. Folders contribute their *.pdf files (recursively, sorted);
 * a file named explicitly is taken whatever its extension, so a mislabelled file still gets a
 * clear error rather than being silently skipped. Whatever a folder holds that is not taken for a
 * reason worth knowing is named in `skipped`: dangling symlinks, symlink loops, symlinks leading out
 * of the folders given, FIFOs, sockets and devices.
 *
 * Names are bytes on Linux, not text: folders are read as bytes, so a name that is not UTF-8 is still
 * found (decoding it would turn it into a name that does not exist). A file whose name is not plain
 * printable text (not UTF-8, or with control characters that would forge log lines) is handed on
 * through an alias: a symlink in a private temporary folder named with the escaped name, so the
 * rest of ingest reads the file as it is but logs and stores only the escaped name.
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Characters a name may not carry into a log line or the graph as they are: C0 and C1 controls
 * (newline forges a log line, escape sequences repaint a terminal), line and paragraph separators,
 * and bidirectional overrides (which display a name in another order than it is read).
 */
const UNSAFE_CHAR = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\\]/gu;

function escapeChar(c: string): string {
  if (c === '\\') return '\\\\';
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** A name as printable text: valid UTF-8 kept, unsafe characters and undecodable bytes as \xNN. */
export function escapeName(raw: Buffer | string): string {
  if (typeof raw === 'string') return raw.replace(UNSAFE_CHAR, escapeChar);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lead = raw[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let text: string | null = null;
    if (length && i + length <= raw.length) {
      try {
        text = utf8.decode(raw.subarray(i, i + length));
      } catch {
        text = null;
      }
    }
    if (text === null) {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i += 1;
    } else {
      out += text.replace(UNSAFE_CHAR, escapeChar);
      i += length;
    }
  }
  return out;
}

/** The path as a string the rest of ingest can open, or null when only bytes can name it. */
function asText(path: Buffer): string | null {
  try {
    return utf8.decode(path);
  } catch {
    return null;
  }
}

let aliasDir: string | undefined;
/** One alias per target, so a folder watched again hands on the same path for the same file. */
const aliases = new Map<string, string>();

/** A symlink named with the escaped name, to the file named by bytes; removed when the process exits. */
function alias(target: Buffer, name: string): string {
  const known = aliases.get(target.toString('latin1'));
  if (known) return known;
  if (!aliasDir) {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-names-'));
    aliasDir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const folder = join(aliasDir, String(aliases.size));
  mkdirSync(folder);
  const link = join(folder, name);
  symlinkSync(resolveBytes(target), link);
  aliases.set(target.toString('latin1'), link);
  return link;
}

/** An absolute path as bytes (a relative symlink target would resolve against the alias folder). */
function resolveBytes(path: Buffer): Buffer {
  return path[0] === sep.charCodeAt(0) ? path : Buffer.concat([Buffer.from(process.cwd() + sep), path]);
}

/** The path to hand to ingest: as it is when it is plain text, else through an alias. */
function handOn(path: Buffer, base: Buffer): string {
  const text = asText(path);
  const name = escapeName(base);
  if (text !== null && asText(base) === name) return text;
  return alias(path, name);
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
