import { pseudonymCode, pseudonymWith } from './redact/pseudonyms.js';

/**
 * Complainants' pseudonyms as extractors read them. The redaction itself (every private person,
 * not only complainants) is ingest/redact/; this keeps the complainant's shape in one place.
 */
/** Pseudonyms look like "Complainant K7QX2M": the prefix and six base-32 characters. */
export const PSEUDONYM_PATTERN = /\bComplainant [A-Z2-7]{6}\b/;

/** A complainant's pseudonym: the keyed code every private person gets, with the complainant prefix. */
export function pseudonymFor(key: string, realName: string): string {
  return pseudonymWith('complainant', pseudonymCode(key, realName));
}
