import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { batches } from '../../ingest/batch.js';
import type { ProcessResult } from '../../ingest/process.js';

/** A stand-in result: only its name and page count matter to batching. */
function result(name: string, pages: number): ProcessResult {
  return { ok: true, name, pages: Array.from({ length: pages }, (_, i) => ({ num: i + 1, text: '' })) } as unknown as ProcessResult;
}

/** Yields each result after its delay in milliseconds, in order, as the pool yields finished documents. */
async function* arriving(items: [ProcessResult, number][]): AsyncGenerator<ProcessResult> {
  for (const [r, delay] of items) {
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    yield r;
  }
}

async function grouped(items: [ProcessResult, number][], limits: { documents: number; pages: number; waitMs: number }): Promise<string[][]> {
  const out: string[][] = [];
  for await (const b of batches(arriving(items), limits)) out.push(b.map((r) => r.name));
  return out;
}

describe('write batches', () => {
  it('groups ready documents up to the document limit, in input order', async () => {
    const items: [ProcessResult, number][] = ['a', 'b', 'c', 'd', 'e'].map((n) => [result(n, 1), 0]);
    assert.deepEqual(await grouped(items, { documents: 2, pages: 100, waitMs: 50 }), [['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('closes a batch once its pages reach the page limit', async () => {
    const items: [ProcessResult, number][] = [
      [result('long', 90), 0],
      [result('short', 5), 0],
      [result('next', 5), 0],
    ];
    assert.deepEqual(await grouped(items, { documents: 10, pages: 95, waitMs: 50 }), [['long', 'short'], ['next']]);
  });

  it('does not hold a ready document back for a slow one behind it', async () => {
    const items: [ProcessResult, number][] = [
      [result('ready', 1), 0],
      [result('slow', 1), 120],
      [result('after', 1), 0],
    ];
    const t0 = performance.now();
    const first = await batches(arriving(items), { documents: 10, pages: 100, waitMs: 20 }).next();
    assert.deepEqual(first.done ? [] : first.value.map((r) => r.name), ['ready']);
    assert.ok(performance.now() - t0 < 110, 'the first batch waited for the slow document');
    assert.deepEqual(await grouped(items, { documents: 10, pages: 100, waitMs: 20 }), [['ready'], ['slow', 'after']]);
  });

  it('yields nothing for no documents', async () => {
    assert.deepEqual(await grouped([], { documents: 4, pages: 100, waitMs: 10 }), []);
  });
});
