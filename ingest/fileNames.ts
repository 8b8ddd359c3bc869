import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

/**
 * File names as ingest shows and stores them. A name that is not plain printable text (not UTF-8,
 * or with control characters that would forge log lines) is escaped, and the file is handed on
 * through an alias: a symlink in a private temporary folder, named with the escaped name, so the rest
 * of ingest reads the file as it is but logs and stores only the escaped name.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Characters a name may not carry into a log line or the graph as they are: C0 and C1 controls
 * (newline forges a log line, escape sequences repaint a terminal), line and paragraph separators,
 * bidirectional overrides (which display a name in another order than it is read), and the
 * backslash itself, so that a backslash escape in the output always stands for one character.
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
export function handOn(path: Buffer, base: Buffer): string {
  const text = asText(path);
  const name = escapeName(base);
  if (text !== null && asText(base) === name) return text;
  return alias(path, name);
}
