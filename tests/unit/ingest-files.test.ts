import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { escapeName } from '../../ingest/fileNames.js';
import { expandInputs, type Inputs } from '../../ingest/files.js';

describe('escapeName', () => {
  const table: [string, Buffer | string, string][] = [
    ['plain names unchanged', 'hearing-2024.pdf', 'hearing-2024.pdf'],
    ['accented UTF-8 kept', Buffer.from('décision.pdf'), 'décision.pdf'],
    ['a newline cannot forge a log line', 'a\n[1/1] ingested: fake.pdf', 'a\\x0a[1/1] ingested: fake.pdf'],
    ['terminal escapes', 'x\x1b[2Jy.pdf', 'x\\x1b[2Jy.pdf'],
    ['bidirectional override', 'report\u202Efdp.exe', 'report\\u{202e}fdp.exe'],
    ['a backslash is escaped so escapes stay unambiguous', 'a\\x0a.pdf', 'a\\\\x0a.pdf'],
    ['Latin-1 bytes that are not UTF-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x70, 0x64, 0x66]), 'caf\\xe9.pdf'],
    ['a truncated UTF-8 sequence', Buffer.from([0x61, 0xe2, 0x82]), 'a\\xe2\\x82'],
    ['overlong encodings are bytes, not characters', Buffer.from([0xc0, 0xaf]), '\\xc0\\xaf'],
  ];
  for (const [name, raw, expected] of table) it(name, () => assert.equal(escapeName(raw), expected));
});

describe('expandInputs names everything it does not take', () => {
  let base: string;
  let root: string;
  let result: Inputs;
  const latin1Name = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x70, 0x64, 0x66]); // "café.pdf" in Latin-1

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'files-test-'));
    root = join(base, 'root');
    mkdirSync(join(root, 'sub'), { recursive: true });
    mkdirSync(join(base, 'elsewhere'));
    writeFileSync(join(root, 'a.pdf'), 'A');
    writeFileSync(join(root, 'sub', 'b.pdf'), 'B');
    writeFileSync(join(root, 'notes.txt'), 'not a pdf, not worth a word');
    writeFileSync(join(base, 'elsewhere', 'x.pdf'), 'X');
    writeFileSync(join(root, 'new\nline.pdf'), 'N');
    writeFileSync(Buffer.concat([Buffer.from(root + '/'), latin1Name]), 'L');
    symlinkSync(join(root, 'sub', 'b.pdf'), join(root, 'also-b.pdf'));
    symlinkSync(join(root, 'sub'), join(root, 'sub-again'));
    symlinkSync(root, join(root, 'sub', 'up'));
    symlinkSync(join(root, 'gone.pdf'), join(root, 'dangling.pdf'));
    symlinkSync(join(base, 'elsewhere', 'x.pdf'), join(root, 'outside.pdf'));
    execFileSync('mkfifo', [join(root, 'pipe.pdf')]);
    result = await expandInputs([root, join(base, 'no-such-folder')]);
  });
  after(() => rmSync(base, { recursive: true, force: true }));

  it('takes each file once, however many links lead to it', () => {
    const contents = result.files.map((f) => readFileSync(f, 'utf8')).sort();
    assert.deepEqual(contents, ['A', 'B', 'L', 'N']);
  });

  it('hands on unusual names under their escaped form, readable as they are', () => {
    const byContent = new Map(result.files.map((f) => [readFileSync(f, 'utf8'), basename(f)]));
    assert.equal(byContent.get('N'), 'new\\x0aline.pdf');
    assert.equal(byContent.get('L'), 'caf\\xe9.pdf');
    assert.equal(byContent.get('A'), 'a.pdf');
  });

  it('reports loops, dangling links, links out of the folders and FIFOs', () => {
    const reasons = Object.fromEntries(result.skipped.map((s) => [basename(s.path), s.reason]));
    assert.match(reasons['up'] ?? '', /loop/);
    assert.match(reasons['dangling.pdf'] ?? '', /dangling/);
    assert.match(reasons['outside.pdf'] ?? '', /outside the folders given/);
    assert.match(reasons['pipe.pdf'] ?? '', /FIFO/);
    assert.equal(reasons['notes.txt'], undefined, 'files that are not PDFs are not ingest material');
    assert.equal(result.skipped.length, 4, JSON.stringify(result.skipped));
  });

  it('names inputs that do not exist', () => {
    assert.deepEqual(result.missing, [join(base, 'no-such-folder')]);
  });

  it('reports a FIFO named on the command line instead of blocking on it', async () => {
    const r = await expandInputs([join(root, 'pipe.pdf')]);
    assert.deepEqual(r.files, []);
    assert.match(r.skipped[0]?.reason ?? '', /FIFO/);
  });
});
