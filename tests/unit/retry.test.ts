import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTransient, withRetry } from '../../ingest/retry.js';
import { AppError, ErrorCode } from '../../src/errors.js';

const policy = { maxElapsedMs: 1000, baseDelayMs: 1, maxDelayMs: 5 };

describe('withRetry', () => {
  it('retries transient failures until the work succeeds', async () => {
    let calls = 0;
    const retries: number[] = [];
    const out = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error('down'), { code: 'ServiceUnavailable' });
        return 'done';
      },
      policy,
      (_e, d) => retries.push(d),
    );
    assert.equal(out, 'done');
    assert.equal(calls, 3);
    assert.equal(retries.length, 2);
  });
  it('does not retry a bad query', async () => {
    let calls = 0;
    await assert.rejects(
      withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
        },
        policy,
        () => {},
      ),
    );
    assert.equal(calls, 1);
  });
  it('gives up after the time budget', async () => {
    await assert.rejects(
      withRetry(
        async () => {
          throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'down');
        },
        { maxElapsedMs: 30, baseDelayMs: 5, maxDelayMs: 10 },
        () => {},
      ),
      /down/,
    );
  });
  const table: [unknown, boolean][] = [
    [new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'x'), true],
    [new AppError(ErrorCode.BAD_USER_INPUT, 'x'), false],
    [{ code: 'Neo.TransientError.Transaction.DeadlockDetected' }, true],
    [{ code: 'SessionExpired' }, true],
    [{ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' }, false],
    [new Error('plain'), false],
  ];
  for (const [err, want] of table) it(`isTransient(${JSON.stringify(err)}) is ${want}`, () => assert.equal(isTransient(err), want));
});
