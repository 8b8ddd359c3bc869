import DataLoader from 'dataloader';
import type { ListByKey, OneByKey } from '../graph/byKey.js';
import type { Read } from '../graph/read.js';

/** Loaders run src/graph's batched queries (byKey.ts) through the request's read. */
const cacheKeyFn = (key: unknown) => (typeof key === 'string' ? key : JSON.stringify(key));

export function listLoader<K, T>(read: Read, query: ListByKey<K, T>): DataLoader<K, T[]> {
  return new DataLoader<K, T[], string>((keys) => query(read, keys), { cacheKeyFn });
}

export function oneLoader<K, T>(read: Read, query: OneByKey<K, T>): DataLoader<K, T | null> {
  return new DataLoader<K, T | null, string>((keys) => query(read, keys), { cacheKeyFn });
}
