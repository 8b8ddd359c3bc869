import { ErrorCode } from '../../errors.js';
import { toGraphQLError } from '../graphqlError.js';
import type { UnitRow } from '../../graph/rows.js';
import type { Context } from '../context.js';

/** Root lookups by key answer NOT_FOUND rather than a bare null, so a typo is told apart from "no data". */
export function found<T>(value: T | null, what: string): T {
  if (value === null) throw toGraphQLError(ErrorCode.NOT_FOUND, `No ${what}`);
  return value;
}

export function badInput(message: string): never {
  throw toGraphQLError(ErrorCode.BAD_USER_INPUT, message);
}

/**
 * The unit a fact points at. Every missing unit is answered this one way: ingest writes a unit's id
 * as `force/name`, so a unit removed between two reads of one request still reads from its id
 * instead of failing the response or reading as null.
 */
export async function unitOf(ctx: Context, id: string): Promise<UnitRow> {
  const slash = id.indexOf('/');
  return (await ctx.loaders.unit.load(id)) ?? { id, name: id.slice(slash + 1), force: slash > 0 ? id.slice(0, slash) : null };
}
