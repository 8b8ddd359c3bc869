import type { Config } from '../config.js';
import type { Graph } from '../graph/driver.js';
import type { Read } from '../graph/read.js';
import type { Caller, Role } from './auth.js';
import { RequestBudget, Slots } from './budget.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  config: Config;
  role: Role;
  /** Digest of the caller's key, recorded on operator decisions. */
  callerId: string;
  /** A read within the request's database budget (see budget.ts); every resolver goes through it. */
  read: Read;
  /** Writes are for operator mutations only; every other resolver reads through `read`. */
  graph: Graph;
  /** Per request, so batching and caching never leak between callers. */
  loaders: Loaders;
}

export function createContext(config: Config, graph: Graph, caller: Caller, budget: RequestBudget): Context {
  const read: Read = async <T>(cypher: string, params: Record<string, unknown> = {}) => (await budget.run((timeoutMs) => graph.read(cypher, params, timeoutMs))) as T[];
  return { config, role: caller.role, callerId: caller.id, read, graph, loaders: createLoaders(read) };
}

/** One per server: the statements all requests together may run at once. */
export function statementSlots(config: Config): Slots {
  return new Slots(config.api.statementConcurrency);
}

export function requestBudget(config: Config, shared: Slots, reachable?: () => Promise<boolean>): RequestBudget {
  const { requestDbBudgetMs, requestStatementConcurrency, queryTimeoutMs } = config.api;
  return new RequestBudget({ budgetMs: requestDbBudgetMs, concurrency: requestStatementConcurrency, statementTimeoutMs: queryTimeoutMs }, shared, reachable);
}
