/**
 * Where a judgment's heading (citation, court, date, bench, parties, counsel, hearing date) ends and
 * its body begins. Facts of the case itself (its dates, the subject's description) are read from the
 * heading's fields or from the body, never from citations of other cases printed above.
 */
import { findParagraphs } from './paragraphs.js';

/** Where the heading ends when the judgment has no numbered paragraphs or opening line to mark its body. */
const HEADING_FALLBACK_CHARS = 4000;

/**
 * The line that opens a judgment's body when its paragraphs are not numbered "1.": the judge's
 * name and a colon ("MR JUSTICE HALE:"), or a first heading on its own line ("Introduction").
 */
const BODY_OPENING_RE =
  /^[ \t]*(?:[^\n]{0,40}\b(?:Justice|Judge|LORD|Lord|Lady|LADY)\b[^\n]{0,40}:|Introduction|INTRODUCTION|Background|Facts\b[^\n]{0,40}|The\s+facts)[ \t]*$/m;

/** Offset of the start of the body: the first numbered paragraph or opening line, within bounds. */
export function bodyStart(text: string): number {
  const first = findParagraphs(text)[0];
  const opening = BODY_OPENING_RE.exec(text.slice(0, HEADING_FALLBACK_CHARS));
  const at = Math.min(first?.start ?? HEADING_FALLBACK_CHARS, opening?.index ?? HEADING_FALLBACK_CHARS);
  return Math.min(at, text.length);
}
