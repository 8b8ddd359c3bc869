import neo4j, { type Integer } from 'neo4j-driver';
import { ErrorCode, toGraphQLError } from '../errors.js';

/** Cursors are opaque to clients; inside they are the sort key of the last row, so paging is keyset, not offset. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number | null)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => k === null || typeof k === 'string' || typeof k === 'number')) {
      return key as (string | number | null)[];
    }
  } catch {
    // fall through to the user-facing error
  }
  throw toGraphQLError(ErrorCode.BAD_USER_INPUT, 'Invalid cursor: pass an endCursor or cursor this API returned');
}

export const DEFAULT_PAGE_SIZE = 20;

/** Rejects rather than silently clamps, so a client never mistakes a truncated page for the whole. */
export function pageSize(first: number | null | undefined, max: number): number {
  const n = first ?? Math.min(DEFAULT_PAGE_SIZE, max);
  if (!Number.isInteger(n) || n < 0) throw toGraphQLError(ErrorCode.BAD_USER_INPUT, '`first` must be a non-negative integer');
  if (n > max) throw toGraphQLError(ErrorCode.BAD_USER_INPUT, `\`first\` may not exceed ${max}`);
  return n;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface Keyed<T> {
  node: T;
  /** The row's sort key, which becomes its cursor. */
  key: (string | number | null)[];
}

/** `rows` holds up to size + 1 rows: the extra one only says whether a next page exists. */
export function connection<T>(rows: Keyed<T>[], size: number): Connection<T> {
  const edges = rows.slice(0, size).map((r) => ({ node: r.node, cursor: encodeCursor(r.key) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** Numbers travel to Bolt as floats; LIMIT and SKIP accept only integers. */
export function cypherInt(n: number): Integer {
  return neo4j.int(n);
}
