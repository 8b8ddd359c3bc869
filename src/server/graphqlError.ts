import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors.js';

/**
 * The GraphQL face of an AppError: the code goes in extensions, as neo4j/graphql and Apollo do.
 * Kept apart from src/errors.ts so ingest, which raises AppErrors, does not load graphql at start-up.
 */
export function toGraphQLError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
