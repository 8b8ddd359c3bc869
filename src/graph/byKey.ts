import type { Read } from './read.js';

/**
 * Queries that answer a whole batch of keys at once, one statement per batch, for the API's
 * per-request loaders: each resolver level then costs one query however many parents it has.
 * The body sees `key` (one of `$keys`, a string or a map) and `i` (its index) and must RETURN
 * `i` with either `items` (a list) or `item` (one row), so results come back in key order
 * whatever shape the keys have.
 */
const PREFIX = 'UNWIND range(0, size($keys) - 1) AS i WITH i, $keys[i] AS key ';

/** Every key's list of rows, in key order (an empty list for a key with none). */
export type ListByKey<K, T> = (read: Read, keys: readonly K[]) => Promise<T[][]>;
/** Every key's row, in key order (null for a key with none). */
export type OneByKey<K, T> = (read: Read, keys: readonly K[]) => Promise<(T | null)[]>;

export function listByKey<K, T>(body: string): ListByKey<K, T> {
  return async (read, keys) => {
    const rows = await read<{ i: number; items: T[] }>(PREFIX + body, { keys });
    const out = keys.map((): T[] => []);
    for (const r of rows) out[r.i] = r.items;
    return out;
  };
}

export function oneByKey<K, T>(body: string): OneByKey<K, T> {
  return async (read, keys) => {
    const rows = await read<{ i: number; item: T | null }>(PREFIX + body, { keys });
    const out = keys.map((): T | null => null);
    for (const r of rows) out[r.i] = r.item;
    return out;
  };
}
