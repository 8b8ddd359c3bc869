import type { Block } from './blocks.js';
import type { Line } from './lines.js';

export interface Section {
  /** The heading that opens the section, or null for the text before the first one. */
  heading: string | null;
  start: number;
  end: number;
}

/**
 * A heading that opens one case of a page listing several: it names an officer by rank or label
 * ("PC Jo Bloggs", "Officer X", "Former DC Ann Lee") and is no longer than a title.
 */
export const CASE_HEADING =
  /^\s*(?:[\w ,]{0,40}?\s[-–—:|]\s*)?(?:(?:[Ff]ormer|FORMER|[Rr]etired|Ex-)\s+)?(?:PC|PS|DC|DS|DI|DCI|Sgt|Insp|PCSO|[Oo]fficer|Police\s+(?:Constable|Sergeant|Staff|Community\s+Support\s+Officer)|Detective\s+\w+|Inspector|Chief\s+Inspector|(?:Chief\s+)?Superintendent|Special\s+(?:Constable|Sergeant|Inspector)|Sergeant|Constable)\.?\s+(?:\d{2,6}\s+)?(?:[A-Z]\d{0,3}\b|[A-Z][a-z'’-]+|[A-Z]{2,})[^.]{0,60}$/;

/**
 * Cases of a multi-case page: two or more headings that each name an officer split the page into
 * one section per case; a page with fewer is one section. Text before the first case heading (the
 * page's title and introduction) is a section of its own.
 */
/** A numbered case heading with nothing else on its line ("Case 1", "Hearing 2:", "Case B"). */
export const NUMBERED_CASE_HEADING = /^\s*(?:Case|Hearing|Matter)\s+(?:\d{1,2}|[A-Z])\s*[:.\-–]?\s*$/;

/**
 * A paragraph that opens one case of a listing with its date and its officer ("17 November 2025 -
 * Police Constable Jo Bloggs, who ...", "3 October 2025 - Former DC Ann Lee resigned ..."): pages
 * that write each case as one paragraph have no heading line to split on.
 */
export const DATED_CASE_OPENING =
  /^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s*[-–—]\s*(?:Former|Retired|Police|Detective|Special|Temporary|Acting|Chief|PC|PS|DC|DS|DI|DCI|PCSO|Sgt|Sergeant|Constable|Inspector|Superintendent|Officer|Staff)\b/;

/**
 * A field line whose value names an officer ("Outcome: Police Constable Jo Bloggs", "Officer: Former
 * DC Ann Lee"): an archive page that writes each case as a run of fields opens every case with the
 * same label, so the label opening two or more such lines marks where cases start.
 */
const LABELLED_CASE_OPENING = /^\s*([A-Z][a-z]+(?:\s+[a-z]+){0,2})\s*:\s*(\S.*)$/;

/** The lines that open a case with a repeated field label naming an officer. */
function labelledCaseOpenings(lines: readonly Line[]): Line[] {
  const byLabel = new Map<string, Line[]>();
  for (const l of lines) {
    const m = LABELLED_CASE_OPENING.exec(l.text);
    if (!m || !CASE_HEADING.test(m[2] ?? '')) continue;
    const label = (m[1] ?? '').toLowerCase();
    byLabel.set(label, [...(byLabel.get(label) ?? []), l]);
  }
  return [...byLabel.values()].filter((ls) => ls.length >= 2).flat();
}

/** A line that ends a sentence, so the next line may open a paragraph the layout did not separate. */
const ENDS_SENTENCE = /[.!?:]["”’)]?\s*$/;

export function findSections(lines: readonly Line[], blocks: readonly Block[], textEnd: number): Section[] {
  const heads: { start: number; line: number }[] = blocks
    .filter((b) => b.heading && (CASE_HEADING.test(lines[b.firstLine]?.text ?? '') || NUMBERED_CASE_HEADING.test(lines[b.firstLine]?.text ?? '')))
    .map((b) => ({ start: b.start, line: b.firstLine }));
  // A dated case opening may start a block or a line after a finished sentence inside one (the page kept no gap between paragraphs).
  for (const l of lines) {
    if (DATED_CASE_OPENING.test(l.text) && (l.index === 0 || ENDS_SENTENCE.test(lines[l.index - 1]?.text ?? '.')) && !heads.some((h) => h.line === l.index))
      heads.push({ start: l.start, line: l.index });
  }
  for (const l of labelledCaseOpenings(lines)) if (!heads.some((h) => h.line === l.index)) heads.push({ start: l.start, line: l.index });
  heads.sort((a, b) => a.start - b.start);
  if (heads.length < 2) return [{ heading: null, start: 0, end: textEnd }];
  const out: Section[] = [];
  if (heads[0]!.start > 0) out.push({ heading: null, start: 0, end: heads[0]!.start });
  heads.forEach((h, i) => out.push({ heading: lines[h.line]!.text.trim(), start: h.start, end: heads[i + 1]?.start ?? textEnd }));
  return out;
}
