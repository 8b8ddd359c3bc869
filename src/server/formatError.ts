import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { AppError, ErrorCode } from '../errors.js';
import { DATABASE_BUSY_MESSAGE } from './budget.js';

const OUR_CODES = new Set<string>(Object.values(ErrorCode));

/** The chain from Apollo's wrapper down to what was actually thrown. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError;
  }
  return chain;
}

/**
 * Keeps the project's own codes where Apollo would overwrite them (validation errors all become
 * GRAPHQL_VALIDATION_FAILED), and in production hides anything unexpected behind INTERNAL so
 * database messages and stacks never reach a client.
 */
export function createFormatError(production: boolean, log: (message: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const chain = causes(error);
    const app = chain.find((e): e is AppError => e instanceof AppError);
    if (app) {
      // The driver's words (pool status, addresses) ride along in DATABASE_UNAVAILABLE messages; clients get a plain one.
      const message = production && app.code === ErrorCode.DATABASE_UNAVAILABLE ? DATABASE_BUSY_MESSAGE : app.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code: app.code } };
    }
    const ours = [...chain]
      .reverse()
      .find((e): e is GraphQLError => e instanceof GraphQLError && typeof e.extensions.code === 'string' && OUR_CODES.has(e.extensions.code));
    if (ours) return { ...formatted, message: ours.message, extensions: { ...formatted.extensions, code: ours.extensions.code } };
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      const root = chain[0];
      log(`internal error: ${root instanceof Error ? (root.stack ?? root.message) : String(root)}`);
      if (production) return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
    }
    return formatted;
  };
}
