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

/**
 * Lines only a heading has: the citation, court, date and hearing fields, the bench, the caption's
 * roles and counsel. With no numbered paragraph or opening line, the body starts after the last.
 */
const HEADING_LINE_RE =
  /^[^\n]*(?:Neutral\s+Citation|Case\s+No|IN\s+THE\s+[A-Z]|Royal\s+Courts|Hearing\s+dates?|Heard\s+on|Date\s*:|B\s?e\s?f\s?o\s?r\s?e\s*:|Between|Claimant|Defendant|Appellant|Respondent|Interested\s+Part|instructed\s+by|Approved\s+Judgment|JUDGMENT)[^\n]*$/gm;

/** Offset of the start of the body: the first numbered paragraph or opening line, else the end of the last heading line. */
export function bodyStart(text: string): number {
  // Several extractors ask for the same document in turn; numbering its paragraphs once is enough.
  if (memo?.text === text) return memo.at;
  const at = findBodyStart(text);
  memo = { text, at };
  return at;
}

let memo: { text: string; at: number } | null = null;

function findBodyStart(text: string): number {
  const head = text.slice(0, HEADING_FALLBACK_CHARS);
  const first = findParagraphs(text)[0];
  const opening = BODY_OPENING_RE.exec(head);
  if (first || opening) return Math.min(first?.start ?? text.length, opening?.index ?? text.length);
  const lines = [...head.matchAll(HEADING_LINE_RE)];
  const last = lines[lines.length - 1];
  return last ? (last.index ?? 0) + last[0].length : 0;
}
