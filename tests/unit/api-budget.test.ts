import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError, ErrorCode } from '../../src/errors.js';
import { BUDGET_SPENT_MESSAGE, DATABASE_BUSY_MESSAGE, RequestBudget, Slots } from '../../src/server/budget.js';
import { KeyLimiter } from '../../src/server/keyLimits.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isCode = (code: ErrorCode, message?: string) => (e: unknown) => e instanceof AppError && e.code === code && (message === undefined || e.message === message);

describe('per-key limits', () => {
  it('admits at most `concurrency` requests of one key at once, others apart', () => {
    const limiter = new KeyLimiter({ concurrency: 2, perMinute: 0 });
    const a = limiter.admit('k');
    const b = limiter.admit('k');
    const c = limiter.admit('k');
    assert.ok(a.ok && b.ok);
    assert.ok(!c.ok && c.retryAfterSeconds >= 1);
    assert.ok(limiter.admit('other').ok, 'another key has its own count');
    if (a.ok) a.release();
    assert.ok(limiter.admit('k').ok, 'a finished request frees its place');
  });

  it('refuses past the rate with the seconds until the next request is allowed', () => {
    let now = 0;
    const limiter = new KeyLimiter({ concurrency: 100, perMinute: 3 }, () => now);
    for (let i = 0; i < 3; i++) assert.ok(limiter.admit('k').ok);
    const refused = limiter.admit('k');
    assert.ok(!refused.ok);
    assert.equal(refused.ok ? 0 : refused.retryAfterSeconds, 20, 'one request every 20 s at 3 a minute');
    now += 20_000;
    assert.ok(limiter.admit('k').ok);
    assert.ok(!limiter.admit('k').ok);
  });
});

describe('request budget', () => {
  const limits = { budgetMs: 10_000, concurrency: 2, statementTimeoutMs: 5_000 };

  it('runs at most `concurrency` statements of a request at once', async () => {
    const budget = new RequestBudget(limits, new Slots(100));
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 7 }, () =>
        budget.run(async () => {
          most = Math.max(most, ++running);
          await sleep(10);
          running--;
        }),
      ),
    );
    assert.equal(most, 2);
  });

  it('shares the server-wide places between requests', async () => {
    const shared = new Slots(1);
    const a = new RequestBudget(limits, shared);
    const b = new RequestBudget(limits, shared);
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await sleep(10);
      running--;
    };
    await Promise.all([a.run(work), b.run(work), a.run(work), b.run(work)]);
    assert.equal(most, 1);
  });

  it('sends no statement timeout past the end of the budget', async () => {
    const budget = new RequestBudget({ ...limits, budgetMs: 1_000 }, new Slots(10));
    const timeout = await budget.run(async (t) => t);
    assert.ok(timeout <= 1_000 && timeout > 900, String(timeout));
    assert.equal(await new RequestBudget(limits, new Slots(10)).run(async (t) => t), 5_000);
  });

  it('stops the request with TIMEOUT when the budget is spent: running, waiting and later statements', async () => {
    const budget = new RequestBudget({ ...limits, budgetMs: 100, concurrency: 1 }, new Slots(10));
    const started = Date.now();
    const never = () => new Promise<never>(() => undefined);
    const results = await Promise.allSettled([budget.run(never), budget.run(never)]);
    assert.ok(Date.now() - started < 1_000, 'answered at the deadline, not when the statements end');
    for (const r of results) assert.ok(r.status === 'rejected' && isCode(ErrorCode.TIMEOUT, BUDGET_SPENT_MESSAGE)(r.reason), JSON.stringify(r));
    await assert.rejects(
      budget.run(async () => 1),
      isCode(ErrorCode.TIMEOUT),
    );
  });

  it('says the database is unavailable, not slow, when the budget runs out on a server that is down', async () => {
    const down = new RequestBudget({ ...limits, budgetMs: 50 }, new Slots(10), async () => false);
    await assert.rejects(
      down.run(() => new Promise<never>(() => undefined)),
      isCode(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_BUSY_MESSAGE),
    );
    const up = new RequestBudget({ ...limits, budgetMs: 50 }, new Slots(10), async () => true);
    await assert.rejects(
      up.run(() => new Promise<never>(() => undefined)),
      isCode(ErrorCode.TIMEOUT, BUDGET_SPENT_MESSAGE),
    );
  });

  it('gives clients a plain message for driver and pool failures', async () => {
    const budget = new RequestBudget(limits, new Slots(10));
    const pool = new AppError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'Neo4j is not reachable (Connection acquisition timed out in 20000 ms. Pool status: Active conn count = 100)',
    );
    await assert.rejects(
      budget.run(async () => {
        throw pool;
      }),
      isCode(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_BUSY_MESSAGE),
    );
  });
});
