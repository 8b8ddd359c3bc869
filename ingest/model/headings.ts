import type { Line } from './lines.js';
import { isPageFurniture } from './pageFurniture.js';

/** A line that ends a sentence or a clause: prose, not a heading. */
const SENTENCE_END = /[.,;]["”’)]?\s*$/;
/** A heading opens with a capital, a digit (a dated entry) or a list number. */
const HEADING_START = /^\s*(?:[A-Z0-9(“"‘'])/;
/** Lower-case words that run on from the line above ("and", "of the"), so the line is prose. */
const RUN_ON_START = /^\s*[a-z]/;
/** A field ("Finding: proven") is not a heading, whatever its length. */
const FIELD_SHAPE = /^[^:]{1,40}:\s*\S/;
/** A sentence's lead-in to a list ("It was alleged that PC Hale:"): four words or more before a colon. */
const LEAD_IN = /^\s*(?:\S+\s+){3,}\S*:\s*$/;
/** Headings are short; a wrapped prose line fills the page width. */
const MAX_HEADING = 90;

/**
 * A heading: a short line that does not end a sentence and is followed by a line that does not
 * carry on its sentence (the next line starts with a capital). Judged from the text layout; pdf.js
 * font sizes are not read (getText does not return them), which keeps the model cheap.
 */
export function isHeading(line: Line, next: Line | undefined, widest: number): boolean {
  const t = line.text.trim();
  if (!t || t.length > MAX_HEADING || SENTENCE_END.test(t) || LEAD_IN.test(t) || !HEADING_START.test(t) || FIELD_SHAPE.test(t)) return false;
  if (t.includes(' | ') || isPageFurniture(t)) return false;
  if (next && RUN_ON_START.test(next.text)) return false;
  // A line almost as wide as the page is a wrapped sentence, not a title.
  return t.length < Math.max(40, widest * 0.75);
}
