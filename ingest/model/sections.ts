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
  /^\s*(?:[\w ,]{0,40}?\s[-–—:|]\s*)?(?:(?:[Ff]ormer|FORMER|[Rr]etired|Ex-)\s+)?(?:PC|PS|DC|DS|DI|DCI|Sgt|Insp|PCSO|[Oo]fficer|Police\s+(?:Constable|Sergeant|Staff)|Detective\s+\w+|Inspector|Chief\s+Inspector|Special\s+Constable|Sergeant|Constable)\.?\s+(?:\d{2,6}\s+)?(?:[A-Z]\d{0,3}\b|[A-Z][a-z'’-]+|[A-Z]{2,})[^.]{0,60}$/;

/**
 * Cases of a multi-case page: two or more headings that each name an officer split the page into
 * one section per case; a page with fewer is one section. Text before the first case heading (the
 * page's title and introduction) is a section of its own.
 */
/** A numbered case heading with nothing else on its line ("Case 1", "Hearing 2:", "Case B"). */
export const NUMBERED_CASE_HEADING = /^\s*(?:Case|Hearing|Matter)\s+(?:\d{1,2}|[A-Z])\s*[:.\-–]?\s*$/;

export function findSections(lines: readonly Line[], blocks: readonly Block[], textEnd: number): Section[] {
  const heads = blocks.filter((b) => b.heading && (CASE_HEADING.test(lines[b.firstLine]?.text ?? '') || NUMBERED_CASE_HEADING.test(lines[b.firstLine]?.text ?? '')));
  if (heads.length < 2) return [{ heading: null, start: 0, end: textEnd }];
  const out: Section[] = [];
  if (heads[0]!.start > 0) out.push({ heading: null, start: 0, end: heads[0]!.start });
  heads.forEach((h, i) => out.push({ heading: lines[h.firstLine]!.text.trim(), start: h.start, end: heads[i + 1]?.start ?? textEnd }));
  return out;
}
