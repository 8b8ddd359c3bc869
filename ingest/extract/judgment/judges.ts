/**
 * The judges who sat, from the "Before:" block of the heading ("LORD JUSTICE ASHGROVE /
 * LADY JUSTICE PENDLEBURY / and / LORD JUSTICE OKAFOR-HAYES"), or failing that from the line
 * that introduces each judgment ("Mrs Justice Ellenbogen DBE :").
 */
import { oneLine, tidyName } from './names.js';

/** The heading label that introduces the bench. */
const BEFORE_RE = /^\s*Before\s*:?[ \t]*/im;

/** What ends the bench: the parties, a rule of dashes, counsel or the hearing date. */
const BENCH_END_RE = /^\s*(?:Between|B\s?E\s?T\s?W\s?E\s?E\s?N|-(?:\s?-){3,}|_{4,}|Hearing\s+dates?|Approved\s+Judgment|[-=]{4,})/im;

/** How far the bench may run after "Before". */
const BENCH_CHARS = 600;

/** A judicial title, which every judge line has somewhere. */
const JUDICIAL_TITLE_RE = /\b(?:Justice|Judge|Lord|Lady|Baroness|Sir|Dame|Master|Recorder|HHJ|President|Chancellor|LJ|J|Registrar|Deputy)\b/i;

/** Courtesy titles and additions that are not part of how a judge is named. */
const HONORIFIC_RE = /^(?:The\s+)?(?:Right\s+)?(?:Honourable|Hon\.?)\s+/i;

/** A parenthesised addition such as "(sitting as a Judge of the High Court)". */
const PARENTHETICAL_RE = /\([^()]{0,120}\)/g;

/**
 * The line a judge's own judgment starts with: a judicial title and name ending in a colon.
 * The name part is a bounded run of words, so the pattern is linear.
 */
const JUDGMENT_BY_RE =
  /^[ \t]*((?:(?:Mr|Mrs|Ms|Lord|Lady)\s+Justice|His\s+Honour\s+Judge|Her\s+Honour\s+Judge|HHJ|Lord|Lady|Sir|Dame)\s+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})(?:,[^:\n]{0,80})?[ \t]*(?:DBE|CBE|OBE|QC|KC)?[ \t]*:[ \t]*$/gm;

/** What joins several judges on one line: "X and Y", "X; Y" (commas introduce titles instead). */
const BENCH_JOIN_RE = /\s+and\s+|\s*;\s*/;

function cleanJudge(raw: string): string | null {
  let s = oneLine(raw.replace(PARENTHETICAL_RE, ' '));
  s = s.split(',')[0]?.trim() ?? '';
  s = s.replace(HONORIFIC_RE, '').trim();
  if (!s || !JUDICIAL_TITLE_RE.test(s)) return null;
  return tidyName(s);
}

export function findJudges(text: string): string[] {
  const before = BEFORE_RE.exec(text.slice(0, 6000));
  const out: string[] = [];
  if (before) {
    let block = text.slice(before.index + before[0].length, before.index + before[0].length + BENCH_CHARS);
    const end = BENCH_END_RE.exec(block);
    if (end) block = block.slice(0, end.index);
    const withoutAsides = block.replace(PARENTHETICAL_RE, ' ');
    for (const line of withoutAsides.split('\n')) {
      // Several judges on one line are joined by "and" or commas between titles.
      for (const part of line.split(BENCH_JOIN_RE)) {
        const j = cleanJudge(part);
        if (j && !out.includes(j)) out.push(j);
      }
    }
  }
  if (out.length) return out;
  for (const m of text.matchAll(JUDGMENT_BY_RE)) {
    const j = cleanJudge(m[1] ?? '');
    if (j && !out.includes(j)) out.push(j);
  }
  return out;
}
