import type { ProcessResult } from './process.js';

/**
 * How the write stage groups documents into transactions. A commit costs a round trip and a log
 * flush whatever its size, so several small documents share one; a long document fills a
 * transaction alone. `waitMs` bounds how long a ready document waits for company: documents come
 * in input order, so a slow file behind it never holds a finished one back longer than that.
 */
export interface BatchLimits {
  documents: number;
  pages: number;
  waitMs: number;
}

export const WRITE_BATCH: BatchLimits = { documents: 16, pages: 600, waitMs: 20 };

/** A failed document weighs a page: recording it is one small statement. */
function pagesOf(r: ProcessResult): number {
  return r.ok ? Math.max(1, r.pages.length) : 1;
}

/** Resolves to null once `ms` have passed, so a wait can be cut short without losing what is awaited. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Groups results, still in input order, into batches for one write transaction each: the first
 * result is waited for as long as it takes, the ones after it only until the batch is full or
 * `waitMs` has passed. A result not ready by then opens the next batch.
 */
export async function* batches(results: AsyncIterator<ProcessResult>, limits: BatchLimits = WRITE_BATCH): AsyncGenerator<ProcessResult[]> {
  // A pull cut short by the timer stays pending here and opens the next batch.
  let pending: Promise<IteratorResult<ProcessResult>> | null = null;
  const pull = () => (pending ??= results.next());
  for (;;) {
    const first = await pull();
    pending = null;
    if (first.done) return;
    const batch = [first.value];
    let pages = pagesOf(first.value);
    const deadline = performance.now() + limits.waitMs;
    let finished = false;
    while (batch.length < limits.documents && pages < limits.pages) {
      const next = await within(pull(), Math.max(0, deadline - performance.now()));
      if (next === null) break;
      pending = null;
      if (next.done) {
        finished = true;
        break;
      }
      batch.push(next.value);
      pages += pagesOf(next.value);
    }
    yield batch;
    if (finished) return;
  }
}
