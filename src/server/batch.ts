import DataLoader from 'dataloader';
import type { Read } from '../graph/read.js';

/**
 * Every loader runs one Cypher for a whole batch of keys: `$keys[i]` is bound to `key` and the
 * query must RETURN `i` with either `items` (a list) or `item` (one row), so results come back in
 * key order whatever shape the keys have.
 */
const PREFIX = 'UNWIND range(0, size($keys) - 1) AS i WITH i, $keys[i] AS key ';

const cacheKeyFn = (key: unknown) => (typeof key === 'string' ? key : JSON.stringify(key));

export function listLoader<K, T>(read: Read, body: string): DataLoader<K, T[]> {
  return new DataLoader<K, T[], string>(
    async (keys) => {
      const rows = await read<{ i: number; items: T[] }>(PREFIX + body, { keys });
      const out = keys.map((): T[] => []);
      for (const r of rows) out[r.i] = r.items;
      return out;
    },
    { cacheKeyFn },
  );
}

export function oneLoader<K, T>(read: Read, body: string): DataLoader<K, T | null> {
  return new DataLoader<K, T | null, string>(
    async (keys) => {
      const rows = await read<{ i: number; item: T | null }>(PREFIX + body, { keys });
      const out = keys.map((): T | null => null);
      for (const r of rows) out[r.i] = r.item;
      return out;
    },
    { cacheKeyFn },
  );
}
