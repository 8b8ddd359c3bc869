import { AppError, ErrorCode } from '../src/errors.js';

export interface RetryPolicy {
  /** Give up once this much time has passed since the first failure. */
  maxElapsedMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Errors that say "the database is not there right now", as opposed to a bad query or bad data:
 * only these are worth waiting out.
 */
export function isTransient(err: unknown): boolean {
  if (err instanceof AppError) return err.code === ErrorCode.DATABASE_UNAVAILABLE;
  const e = err as { code?: string; retriable?: boolean };
  return Boolean(e?.retriable) || e?.code === 'ServiceUnavailable' || e?.code === 'SessionExpired' || /^Neo\.TransientError\./.test(e?.code ?? '');
}

/**
 * Runs `work` until it succeeds, retrying transient failures with exponential backoff and jitter.
 * The driver already retries inside one transaction function for ~30 s; this outer loop rides out
 * a restart of the server that takes longer than that.
 */
export async function withRetry<T>(work: () => Promise<T>, policy: RetryPolicy, onRetry: (err: unknown, delayMs: number) => void): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!isTransient(err) || Date.now() - started > policy.maxElapsedMs) throw err;
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
      onRetry(err, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
