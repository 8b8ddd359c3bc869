/**
 * Court file numbers from a judgment's heading: "CO/4760/2020" (Administrative Court before
 * 2022), "AC-2024-LON-000872" (CE-File), "CA-2023-001764" and "C1/2019/2919" (Court of Appeal),
 * "UKSC 2022/0123", "201904123 B1" (Criminal Division).
 */
import { oneLine } from './names.js';

/** The heading, where case numbers are printed; body text cites other courts' numbers. */
const HEADING_CHARS = 3000;

/**
 * The known formats. Each is a fixed shape of letters, digits and separators without nested
 * quantifiers. The word boundaries keep them from matching inside longer references.
 */
const CASE_NUMBER_RE = /\b(?:CO\/\d{1,5}\/\d{4}|[A-Z]{2}-\d{4}-(?:[A-Z]{3}-)?\d{3,6}|[A-C]\d\/\d{4}\/\d{1,5}(?:\/[A-Z]{1,4})?|UKSC\s\d{4}\/\d{1,4}|\d{9}\s?[A-Z]\d)\b/g;

/**
 * A labelled number in an unfamiliar format: "Case No: ...", "Appeal No. ...", "Claim Number:".
 * The value is one token of capitals, digits, slashes and hyphens.
 */
const LABELLED_CASE_NUMBER_RE = /\b(?:Case|Appeal|Claim)\s+(?:No|Number)s?\.?\s*:?\s*([A-Z0-9][A-Z0-9/-]{4,30})(?![A-Za-z0-9/-])/g;

export function findCaseNumbers(text: string): string[] {
  const head = text.slice(0, HEADING_CHARS);
  const out = new Set<string>();
  for (const m of head.matchAll(LABELLED_CASE_NUMBER_RE)) if (/\d/.test(m[1] ?? '')) out.add(m[1] as string);
  for (const m of head.matchAll(CASE_NUMBER_RE)) out.add(oneLine(m[0]));
  return [...out];
}
