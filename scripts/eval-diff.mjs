#!/usr/bin/env node
// node scripts/eval-diff.mjs DIR [FIELD...]: dry-run DIR/*.pdf and print, per document, what the
// extraction got wrong against DIR/labels.json (missed "-" and extra "+"), to find causes, not scores.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'corpus'));
const only = new Set(process.argv.slice(3));
const pdfs = readdirSync(dir)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .sort()
  .map((f) => join(dir, f));
const dry = spawnSync(process.execPath, [join(root, 'dist/ingest/cli.js'), '--dry-run', '--json', ...pdfs], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
  stdio: ['ignore', 'pipe', 'ignore'],
});
const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9[\]()]+/g, ' ')
    .trim();
const surname = (n) => fold(n).split(' ').filter(Boolean).pop() ?? '';
const labelNorm = (l) => fold(l).replace(/^((former|ex|officer|police|constable|pc|dc|ps|ds|sgt|sergeant)\s+)+/, '');
const officerKey = (o) => (o.label ? 'label:' + labelNorm(o.label) : 'name:' + surname(o.name));
const ref = (r, officers) => ((officers ?? []).some((o) => o.label && labelNorm(o.label) === labelNorm(r)) ? 'label:' + labelNorm(r) : 'name:' + surname(r));
const keys = {
  kind: (r) => [r.kind],
  force: (r) => (r.force ? [r.force] : []),
  officers: (r) => (r.officers ?? []).map((o) => `${officerKey(o)} ${o.rank ?? '-'} former=${o.former}`),
  units: (r) => r.units ?? [],
  complainants: (r) => r.complainants ?? [],
  allegations: (r) => (r.allegations ?? []).map((a) => `${ref(a.officer, r.officers)} | ${a.standard} | ${a.finding}`),
  outcomes: (r) => (r.outcomes ?? []).map((a) => `${ref(a.officer, r.officers)} | ${a.outcome}`),
  dates: (r) =>
    Object.entries(r.dates ?? {})
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}=${v}`),
  citations: (r) => r.citations ?? [],
  judgment: (r) => [`nc=${r.neutralCitation}`, `court=${r.court}`, `jr=${r.jrResult}`],
};
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const predicted = new Map(
  dry.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((r) => [r.file.split('/').pop(), r]),
);
for (const truth of labels) {
  const got = predicted.get(truth.file) ?? {};
  const lines = [];
  for (const [field, key] of Object.entries(keys)) {
    if (only.size && !only.has(field)) continue;
    const t = new Set(key(truth)),
      p = new Set(key(got));
    for (const k of t) if (!p.has(k)) lines.push(`  ${field}: - ${k}`);
    for (const k of p) if (!t.has(k)) lines.push(`  ${field}: + ${k}`);
  }
  if (lines.length) console.log(`${truth.file}\n${lines.join('\n')}`);
}
