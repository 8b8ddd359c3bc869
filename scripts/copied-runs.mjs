#!/usr/bin/env node
// Finds text copied from the evaluation corpus into the project's own files: every ten-word run
// (lower case, letters and digits only) of each ../shared/corpus/**/*.pdf, by pdftotext, is
// intersected with the runs of the tracked tests, benchmarks, samples and sources. Runs found in two
// or more corpus documents are court or form boilerplate and are left out, as the team's own check
// does. Prints each file with runs from a single corpus document; exits 1 when one has 3 or more.
// Usage: node scripts/copied-runs.mjs [CORPUS_DIR] [-v]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const corpus = resolve(args.find((a) => a !== '-v') ?? join(root, '..', 'shared', 'corpus'));
/** Runs from this many single-document matches on make a file count as copying. */
const LIMIT = 3;
const RUN = 10;

const words = (t) => t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
const runs = (w) => Array.from({ length: Math.max(0, w.length - RUN + 1) }, (_, i) => w.slice(i, i + RUN).join(' '));

function pdfs(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? pdfs(p) : n.endsWith('.pdf') ? [p] : [];
  });
}

const docsOf = new Map();
for (const pdf of pdfs(corpus)) {
  for (const r of new Set(runs(words(execFileSync('pdftotext', ['-q', pdf, '-']).toString())))) docsOf.set(r, (docsOf.get(r) ?? 0) + 1);
}
const files = execFileSync('git', ['ls-files', 'tests', 'bench', 'samples', 'src', 'ingest', 'scripts'], { cwd: root })
  .toString()
  .split('\n')
  .filter((f) => /\.(ts|js|mjs|json|txt|md|html)$/.test(f));
let failed = false;
for (const f of files) {
  const hits = runs(words(readFileSync(join(root, f), 'utf8'))).filter((r) => docsOf.get(r) === 1);
  if (!hits.length) continue;
  if (hits.length >= LIMIT) failed = true;
  console.log(`${f}: ${hits.length} ten-word runs from one corpus document`);
  if (verbose) for (const h of hits) console.log('    ' + h);
}
process.exit(failed ? 1 : 0);
