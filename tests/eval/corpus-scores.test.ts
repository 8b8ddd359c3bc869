import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The CI guard on extraction quality: the dry run over the shared corpus, scored by the shared
 * scorer, must reach every field's threshold in tests/eval/corpus-thresholds.json. The corpus is
 * part of CI's checkout; without it the test fails and says where it looked, it never skips.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'tests/eval/corpus-thresholds.json'), 'utf8')) as { corpus: string; thresholds: Record<string, number> };
const corpus = resolve(root, config.corpus);
const scratch = mkdtempSync(join(tmpdir(), 'corpus-scores-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

interface FieldScore {
  field: string;
  f1?: number;
  accuracy?: number;
}

function score(): Map<string, number> {
  const labels = join(corpus, 'labels.json');
  const scorer = join(corpus, 'score.mjs');
  assert.ok(existsSync(labels) && existsSync(scorer), `the shared corpus is missing: expected ${labels} and ${scorer} (CI checks out ../shared beside the project)`);
  const pdfs = readdirSync(corpus)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(corpus, f));
  assert.ok(pdfs.length > 0, `no PDFs in ${corpus}`);
  const dry = spawnSync(process.execPath, [join(root, 'dist/ingest/cli.js'), '--dry-run', '--json', ...pdfs], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(dry.status, 0, `the dry run failed: ${dry.stderr.slice(-500)}`);
  const predicted = join(scratch, 'predicted.jsonl');
  writeFileSync(predicted, dry.stdout);
  const scored = spawnSync(process.execPath, [scorer, '--labels', labels, '--predicted', predicted, '--json'], { encoding: 'utf8' });
  assert.equal(scored.status, 0, `the scorer failed: ${scored.stderr.slice(-500)}`);
  const fields = (JSON.parse(scored.stdout) as { fields: FieldScore[] }).fields;
  return new Map(fields.map((f) => [f.field, f.f1 ?? f.accuracy ?? 0]));
}

describe('shared corpus scores stay at or above their thresholds', () => {
  const scores = score();
  for (const [field, min] of Object.entries(config.thresholds)) {
    it(`${field} >= ${min}`, () => {
      const got = scores.get(field);
      assert.notEqual(got, undefined, `the scorer no longer reports "${field}"`);
      assert.ok(got! >= min, `${field}: ${got!.toFixed(3)} is below its threshold ${min}`);
    });
  }
});
