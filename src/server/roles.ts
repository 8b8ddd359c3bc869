import type { GraphQLFieldResolver } from 'graphql';
import { ErrorCode } from '../errors.js';
import { toGraphQLError } from './graphqlError.js';
import { ROLES, type Role } from './auth.js';

/**
 * Which role may see what, as one table. Every rule names a schema field (checked against the
 * schema by a unit test, so a renamed field cannot silently drop its rule) and how a lower role
 * is answered:
 *  - `forbid`: the field fails with FORBIDDEN (asking for it is a mistake worth telling);
 *  - `hide`: the field reads null (it sits on objects lower roles may otherwise see).
 * Rows are ruled too: failed documents, with their file names and errors, are the operators' ingest
 * work list, so for lower roles they are not listed, counted or found (see `mayList`).
 */
export interface FieldRule {
  type: string;
  field: string;
  role: Role;
  mode: 'forbid' | 'hide';
  why: string;
}

export const FIELD_RULES: readonly FieldRule[] = [
  { type: 'Query', field: 'ingestStatus', role: 'operator', mode: 'forbid', why: 'ingest failures name files and errors' },
  { type: 'Document', field: 'errorCode', role: 'operator', mode: 'hide', why: 'ingest failures are operator work' },
  { type: 'Document', field: 'error', role: 'operator', mode: 'hide', why: 'error text may quote file paths and parser internals' },
  { type: 'Proceeding', field: 'complainants', role: 'investigator', mode: 'forbid', why: 'pseudonyms join complainants across proceedings' },
  { type: 'Query', field: 'connectedOfficers', role: 'investigator', mode: 'forbid', why: 'links run through complainant pseudonyms' },
  { type: 'Query', field: 'shortestPath', role: 'investigator', mode: 'forbid', why: 'paths run through complainant pseudonyms' },
  { type: 'Query', field: 'unitNetwork', role: 'investigator', mode: 'forbid', why: 'an investigative capability' },
  { type: 'Query', field: 'patterns', role: 'investigator', mode: 'forbid', why: 'repeat complainants are shown by pseudonym' },
  { type: 'Query', field: 'uncertainMatches', role: 'operator', mode: 'forbid', why: 'resolution review is operator work' },
  { type: 'Mutation', field: 'confirmMatch', role: 'operator', mode: 'forbid', why: 'operator decisions change the graph' },
  { type: 'Mutation', field: 'rejectMatch', role: 'operator', mode: 'forbid', why: 'operator decisions change the graph' },
  { type: 'Mutation', field: 'mergeOfficers', role: 'operator', mode: 'forbid', why: 'operator decisions change the graph' },
  { type: 'Mutation', field: 'splitOfficer', role: 'operator', mode: 'forbid', why: 'operator decisions change the graph' },
];

/** Rows a role may list: failed documents only from the operator up. */
export const ROW_RULES = { failedDocuments: 'operator' } as const satisfies Record<string, Role>;

export function atLeast(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

export function mayList(actual: Role, rows: keyof typeof ROW_RULES): boolean {
  return atLeast(actual, ROW_RULES[rows]);
}

type Resolvers = Record<string, Record<string, unknown>>;
type Resolver = GraphQLFieldResolver<Record<string, unknown>, { role: Role }>;

/** Answers the field as the rule says for a lower role; otherwise resolves as before (or reads the property). */
function guard(rule: FieldRule, inner: Resolver | undefined): Resolver {
  return (parent, args, ctx, info) => {
    if (!atLeast(ctx.role, rule.role)) {
      if (rule.mode === 'hide') return null;
      throw toGraphQLError(ErrorCode.FORBIDDEN, `This needs the ${rule.role} role; your key has ${ctx.role}`);
    }
    return inner ? inner(parent, args, ctx, info) : parent[info.fieldName];
  };
}

/** The resolver map with every rule of the table applied, whatever each resolver checks itself. */
export function withRoleRules<T extends Resolvers>(resolvers: T, rules: readonly FieldRule[] = FIELD_RULES): T {
  const out: Resolvers = { ...resolvers };
  for (const rule of rules) {
    const type = { ...(out[rule.type] ?? {}) };
    type[rule.field] = guard(rule, type[rule.field] as Resolver | undefined);
    out[rule.type] = type;
  }
  return out as T;
}
