/** Characters with a meaning in regular expressions. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A literal string as a regular-expression source (names, labels and search terms built into patterns). */
export function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}
