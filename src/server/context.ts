import type { Config } from '../config.js';
import type { Graph } from '../graph/driver.js';
import type { Caller, Role } from './auth.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A read with the API's query timeout applied; every resolver goes through it. */
export type Read = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface Context {
  config: Config;
  role: Role;
  /** Digest of the caller's key, recorded on operator decisions. */
  callerId: string;
  read: Read;
  /** Writes are for operator mutations only; every other resolver reads through `read`. */
  graph: Graph;
  /** Per request, so batching and caching never leak between callers. */
  loaders: Loaders;
}

export function createContext(config: Config, graph: Graph, caller: Caller): Context {
  const read: Read = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
    (await graph.read(cypher, params, config.api.queryTimeoutMs)) as T[];
  return { config, role: caller.role, callerId: caller.id, read, graph, loaders: createLoaders(read) };
}
