import type { Config } from '../config.js';
import type { Graph } from '../graph/driver.js';
import type { Role } from './auth.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A read with the API's query timeout applied; every resolver goes through it. */
export type Read = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

export interface Context {
  config: Config;
  role: Role;
  read: Read;
  /** Per request, so batching and caching never leak between callers. */
  loaders: Loaders;
}

export function createContext(config: Config, graph: Graph, role: Role): Context {
  const read: Read = async <T>(cypher: string, params: Record<string, unknown> = {}) =>
    (await graph.read(cypher, params, config.api.queryTimeoutMs)) as T[];
  return { config, role, read, loaders: createLoaders(read) };
}
