import { ErrorCode } from '../errors.js';
import { toGraphQLError } from './graphqlError.js';

/** Cursors are opaque to clients; inside they are the sort key of the last row, so paging is keyset, not offset. */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * What each position of a cursor holds. A cursor comes back from the client and so may be forged:
 * a part of the wrong kind would otherwise reach Cypher (`datetime("x")`) and fail there as an
 * internal error instead of the client's bad input.
 */
export type CursorPart = 'string' | 'int' | 'datetime';

/** An ISO date-time as `toString(datetime)` writes it; what Cypher's datetime() accepts back. */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})(?:\[[\w/+-]+\])?$/;

/** Date.parse rolls 30 February over into March; Cypher refuses it, so check the calendar here. */
function isDatetime(v: unknown): boolean {
  const m = typeof v === 'string' ? ISO_DATETIME.exec(v) : null;
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60;
}

const PART_CHECKS: Record<CursorPart, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
  datetime: isDatetime,
};

export function decodeCursor(cursor: string | null | undefined, shape: readonly CursorPart[]): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === shape.length && shape.every((part, i) => PART_CHECKS[part](key[i]))) {
      return key as (string | number)[];
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
