import { createHmac } from 'node:crypto';
import { storedHashFold } from '../../src/domain/names.js';

/**
 * A private person's stand-in. The code is an HMAC of the normalised name under a secret key:
 * stable for the same person across documents (so repeats show) and not reversible without the key
 * (a plain hash of a name could be reversed by guessing names). The code never depends on the role,
 * so a complainant in one document and a witness in another keep one code; only the prefix says
 * whether the document has them complaining.
 */
export const COMPLAINANT_PREFIX = 'Complainant';
export const PERSON_PREFIX = 'Person';
export type PseudonymKind = 'complainant' | 'person';

/** "Complainant K7QX2M" or "Person K7QX2M": a prefix and six base-32 characters. */
export const ANY_PSEUDONYM = /\b(Complainant|Person) ([A-Z2-7]{6})\b/;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function pseudonymCode(key: string, realName: string): string {
  const mac = createHmac('sha256', key).update(storedHashFold(realName)).digest();
  let code = '';
  for (let i = 0; i < 6; i++) code += BASE32[(mac[i] ?? 0) % 32];
  return code;
}

export function pseudonymWith(kind: PseudonymKind, code: string): string {
  return `${kind === 'complainant' ? COMPLAINANT_PREFIX : PERSON_PREFIX} ${code}`;
}

/**
 * The keyed hash of one form of a private name ("amara okafor", "okafor"), kept in the graph so a
 * later document redacts the same person without holding the name. Distinct from the pseudonym code
 * (another input domain), so a stored hash never reveals a pseudonym's input.
 */
export function formHash(key: string, form: string): string {
  return createHmac('sha256', key)
    .update('redacted-form\u0000' + storedHashFold(form))
    .digest('base64url')
    .slice(0, 22);
}
