import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';

/**
 * One driver per process. `neo4j://` and `neo4j+s://` URIs get routing from the driver itself, so
 * the same code serves a single server, a cluster or Aura: reads go through executeRead (routed to
 * followers), writes through executeWrite (routed to the leader), both retried on transient errors.
 */
/** `retryMs: 0` for a probe that must answer at once whether a server is there, not wait 30 s for one. */
export function createDriver(config: Neo4jConfig, options: { retryMs?: number } = {}): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    // Integers come back as JS numbers where safe; counts and ids in this graph stay far below 2^53.
    disableLosslessIntegers: true,
    maxTransactionRetryTime: options.retryMs ?? 30_000,
    connectionAcquisitionTimeout: 20_000,
  });
}

/**
 * Runs `start` (which must only start a query, synchronously) with V8 capturing no stack. The
 * driver's every Result captures and formats a stack (new Error().stack) up front, to put on an
 * error that may come later; under the API's load that was a twentieth of the server's CPU per
 * profile request (`--cpu-prof`). A failed read still carries its code and message, which is all
 * mapNeo4jError and the log use; the stack it then shows is the one it was received on.
 */
function withoutStackCapture<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  session(mode: 'READ' | 'WRITE' = 'WRITE') {
    return this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL go out in one write and the
   * answer ends it, where a managed transaction adds BEGIN and a COMMIT round trip (under load the
   * socket writes were a quarter of the API server's CPU). What the managed transaction gave, retries
   * on transient errors and an unreachable server, it still gives: such a failure is tried again
   * through executeRead, which retries with back-off.
   */
  async read<T extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<T[]> {
    const config = timeoutMs ? { timeout: timeoutMs } : undefined;
    const session = this.session('READ');
    try {
      const result = await withoutStackCapture(() => session.run<T>(cypher, params, config));
      return result.records.map((r) => r.toObject());
    } catch (err) {
      if (!neo4j.isRetryableError(err)) throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
    const retry = this.session('READ');
    try {
      const result = await retry.executeRead((tx) => tx.run<T>(cypher, params), config);
      return result.records.map((r) => r.toObject());
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await retry.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  async run(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResult> {
    return this.write((tx) => tx.run(cypher, params));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Connection failures become DATABASE_UNAVAILABLE with a message an operator can act on. */
export function mapNeo4jError(err: unknown): Error {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string })?.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test((err as Error)?.message ?? '')) {
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j is not reachable (${(err as Error).message.split('\n')[0]})`, { cause: err });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new AppError(ErrorCode.TIMEOUT, 'The query took too long and was stopped', { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Waits until the server answers, for start-up ordering (compose, CI, tests). */
export async function waitForGraph(graph: Graph, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await graph.driver.getServerInfo();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw mapNeo4jError(err);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
