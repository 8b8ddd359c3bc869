import { ErrorCode, toGraphQLError } from '../../errors.js';

/** Root lookups by key answer NOT_FOUND rather than a bare null, so a typo is told apart from "no data". */
export function found<T>(value: T | null, what: string): T {
  if (value === null) throw toGraphQLError(ErrorCode.NOT_FOUND, `No ${what}`);
  return value;
}

export function badInput(message: string): never {
  throw toGraphQLError(ErrorCode.BAD_USER_INPUT, message);
}
