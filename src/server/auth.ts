import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError, ErrorCode } from '../errors.js';
import { toGraphQLError } from './graphqlError.js';

/** Ordered: each role can do everything the roles before it can. */
export const ROLES = ['reader', 'investigator', 'operator'] as const;
export type Role = (typeof ROLES)[number];

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Fails at start-up, not at the first request, when API_KEYS names a role that does not exist. */
export function checkApiKeys(keys: Map<string, string>): Map<string, Role> {
  const checked = new Map<string, Role>();
  for (const [key, role] of keys) {
    if (!isRole(role)) throw new AppError(ErrorCode.CONFIG_INVALID, `API_KEYS role "${role}" is not one of ${ROLES.join(', ')}`);
    checked.set(key, role);
  }
  return checked;
}

function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const direct = headers['x-api-key'];
  if (typeof direct === 'string' && direct) return direct;
  const auth = headers.authorization;
  const match = typeof auth === 'string' ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
  return match?.[1];
}

export interface Caller {
  role: Role;
  /**
   * Who is asking, for the record of operator decisions: a short digest of the key (never the key
   * itself, which would then be readable by anyone who can read the graph), or "local".
   */
  id: string;
}

/**
 * With no keys configured the API is a local development server and every caller gets every role;
 * once any key is configured, a request without a known key is refused outright.
 */
export function callerFor(keys: Map<string, Role>, headers: IncomingHttpHeaders): Caller {
  if (keys.size === 0) return { role: 'operator', id: 'local' };
  const key = presentedKey(headers);
  if (key === undefined) throw new AppError(ErrorCode.UNAUTHENTICATED, 'An API key is required (x-api-key or Authorization: Bearer)');
  const role = keys.get(key);
  if (!role) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Unknown API key');
  return { role, id: 'key:' + createHash('sha256').update(key).digest('hex').slice(0, 12) };
}

export function requireRole(actual: Role, needed: Role): void {
  if (ROLES.indexOf(actual) < ROLES.indexOf(needed)) {
    throw toGraphQLError(ErrorCode.FORBIDDEN, `This needs the ${needed} role; your key has ${actual}`);
  }
}
