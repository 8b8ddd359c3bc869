import { AppError, ErrorCode } from '../errors.js';

/**
 * What one request may take from the database. The per-statement timeout alone let one request
 * run thousands of statements in parallel and hold every pooled connection; here a request has
 *  - a deadline: all its statements must finish within `budgetMs` of the request's start, and each
 *    statement is sent with a transaction timeout no later than that deadline, so Neo4j itself
 *    cancels whatever still runs when the budget is spent;
 *  - a concurrency cap: at most `concurrency` statements of the request run at once, the rest wait
 *    in line, so the pool keeps connections for other clients and for /ready;
 *  - a server-wide cap shared by all requests (API_STATEMENT_CONCURRENCY), below the pool size.
 * Once the budget is spent, every statement of the request, running or waiting, fails with TIMEOUT.
 */
export interface BudgetLimits {
  budgetMs: number;
  concurrency: number;
  statementTimeoutMs: number;
}

export const BUDGET_SPENT_MESSAGE = 'The request used up its database time and was stopped: ask for less in one request';
/** What a client reads when the driver could not reach or borrow a connection; the driver's own words stay in the log. */
export const DATABASE_BUSY_MESSAGE = 'The database is not available right now; try again shortly';

/**
 * A counted set of places, waited for in order. A waiter whose deadline passes leaves the line
 * with TIMEOUT then, not when a place frees.
 */
export class Slots {
  private used = 0;
  private readonly waiting: { go: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(readonly size: number) {}

  async acquire(deadline: number, spent: () => Error): Promise<void> {
    if (this.used < this.size) {
      this.used++;
      return;
    }
    await new Promise<void>((go, fail) => {
      const waiter = {
        go: () => {
          clearTimeout(waiter.timer);
          go();
        },
        timer: setTimeout(
          () => {
            this.waiting.splice(this.waiting.indexOf(waiter), 1);
            fail(spent());
          },
          Math.max(0, deadline - Date.now()),
        ),
      };
      this.waiting.push(waiter);
    });
  }

  /** Hands the place straight to the next in line, if any. */
  release(): void {
    const next = this.waiting.shift();
    if (next) next.go();
    else this.used--;
  }
}

export class RequestBudget {
  private readonly deadline: number;
  private readonly own: Slots;

  /** `shared` caps statements across all requests, below the driver's pool size, so /ready and writes always find a connection. */
  /**
   * `reachable` tells, when the budget runs out under a statement, whether the database was slow or
   * not there at all: a statement waiting on a server that is down is DATABASE_UNAVAILABLE, not TIMEOUT.
   */
  constructor(
    private readonly limits: BudgetLimits,
    private readonly shared: Slots,
    private readonly reachable: () => Promise<boolean> = async () => true,
    now = Date.now(),
  ) {
    this.deadline = now + limits.budgetMs;
    this.own = new Slots(limits.concurrency);
  }

  private spent = (): AppError => new AppError(ErrorCode.TIMEOUT, BUDGET_SPENT_MESSAGE);

  private remaining(): number {
    return this.deadline - Date.now();
  }

  private async acquire(): Promise<void> {
    if (this.remaining() <= 0) throw this.spent();
    await this.own.acquire(this.deadline, this.spent);
    try {
      await this.shared.acquire(this.deadline, this.spent);
    } catch (err) {
      this.own.release();
      throw err;
    }
  }

  private release(): void {
    this.shared.release();
    this.own.release();
  }

  /** Runs one statement within the budget; `work` gets the transaction timeout to send. */
  async run<T>(work: (timeoutMs: number) => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      const left = this.remaining();
      if (left <= 0) throw this.spent();
      const timeoutMs = Math.max(1, Math.min(this.limits.statementTimeoutMs, left));
      let timer: NodeJS.Timeout | undefined;
      // The server stops the transaction at its timeout; the race answers the resolver at once.
      const expiry = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          this.reachable().then(
            (up) => reject(up ? this.spent() : new AppError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_BUSY_MESSAGE)),
            () => reject(this.spent()),
          );
        }, left + 50);
      });
      try {
        return await Promise.race([work(timeoutMs), expiry]);
      } catch (err) {
        throw this.plain(err);
      } finally {
        clearTimeout(timer);
      }
    } finally {
      this.release();
    }
  }

  /** Driver and pool text never reaches a client: the error keeps its code, the cause keeps the detail. */
  private plain(err: unknown): unknown {
    if (!(err instanceof AppError)) return err;
    if (err.code === ErrorCode.TIMEOUT && this.remaining() <= 0) return new AppError(ErrorCode.TIMEOUT, BUDGET_SPENT_MESSAGE, { cause: err });
    if (err.code === ErrorCode.DATABASE_UNAVAILABLE) return new AppError(ErrorCode.DATABASE_UNAVAILABLE, DATABASE_BUSY_MESSAGE, { cause: err });
    return err;
  }
}
