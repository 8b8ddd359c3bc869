/**
 * Lines printed on every page that belong to no paragraph: a page number ("7", "- 7 -", "Page 7 of
 * 9") and a protective marking ("OFFICIAL", "OFFICIAL - SENSITIVE", "NOT PROTECTIVELY MARKED"). A
 * page break puts them between two paragraphs of one topic, so no reader may take them for a heading
 * or a sentence. Running headers and footers particular to a report are found by repetition instead
 * (extract/review/lines.ts).
 */

/** A page number alone, or "Page 3 of 40", "- 3 -". */
export const PAGE_NUMBER_LINE = /^(?:[-–]\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[-–])?$/i;

/** The Government Security Classifications' markings a force prints on its pages, and the older ones. */
const PROTECTIVE_MARKING_LINE = /^(?:official(?:\s*[-–:]?\s*(?:sensitive|restricted))?|not\s+protectively\s+marked|unclassified)$/i;

/** Whether a line (trimmed) is page furniture. */
export function isPageFurniture(line: string): boolean {
  const t = line.trim();
  return PAGE_NUMBER_LINE.test(t) || PROTECTIVE_MARKING_LINE.test(t);
}
