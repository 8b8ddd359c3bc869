#!/usr/bin/env node
// npm run eval -- DIR: dry-run ingest over DIR/*.pdf, then score against DIR/labels.json with the
// shared scorer (DIR/score.mjs if present, else ../shared/corpus/score.mjs beside the project).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
const labels = join(dir, 'labels.json');
const scorer = [join(dir, 'score.mjs'), join(root, '..', 'shared', 'corpus', 'score.mjs')].find(existsSync);
if (!existsSync(labels) || !scorer) {
  console.error(`usage: npm run eval -- DIR (DIR must hold *.pdf and labels.json; score.mjs not found beside it)`);
  process.exit(2);
}
const pdfs = readdirSync(dir)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .sort()
  .map((f) => join(dir, f));
const dry = spawnSync(process.execPath, [join(root, 'dist/ingest/cli.js'), '--dry-run', '--json', ...pdfs], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const out = join(tmpdir(), `eval-${process.pid}.jsonl`);
writeFileSync(out, dry.stdout);
const score = spawnSync(process.execPath, [scorer, '--labels', labels, '--predicted', out, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(score.status ?? 1);
