/**
 * Every case citation in a document, neutral and law report, each with the pin cite that follows
 * it and the numbered paragraph it sits in.
 */
import type { CitationFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { findLawReports } from './lawReports.js';
import { findNeutralCitations } from './neutralCitation.js';
import { oneLine } from './names.js';
import { paragraphAt, type Paragraph } from './paragraphs.js';

/**
 * A pin cite straight after a citation: "at [45]", "at [45] to [52]", "at [17]-[18]",
 * "paras 12-15", "at para 45", "at p 123", "at 518-519". A bare bracketed number without "at"
 * counts only up to three digits, so the "[2007]" of a following parallel citation is not
 * taken for a paragraph; a bare page number needs "at". Sticky, so it only looks right here.
 */
const PIN_CITE_RE =
  /[ \t]*,?\s*(?:at\s+(?:\[\d{1,4}\](?:\s*(?:[-–]|to|and)\s*\[\d{1,4}\])?|(?:paras?\.?|paragraphs?|pp?\.)\s*\d{1,4}(?:\s*(?:[-–]|to|and)\s*\d{1,4})?|\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?![\d\]]))|\[\d{1,3}\](?:\s*(?:[-–]|to)\s*\[\d{1,3}\])?|(?:paras?\.?|paragraphs?)\s*\d{1,4}(?:\s*(?:[-–]|to|and)\s*\d{1,4})?)/y;

/** The comma and spaces that join a pin cite to its citation, not part of the pin. */
const PIN_LEAD_RE = /^[\s,]+/;

export function pinAfter(text: string, end: number): string | null {
  PIN_CITE_RE.lastIndex = end;
  const m = PIN_CITE_RE.exec(text);
  if (!m) return null;
  return oneLine(m[0].replace(PIN_LEAD_RE, ''));
}

export function findCitations(doc: DocText, paragraphs: readonly Paragraph[], own: string | null): CitationFact[] {
  const text = doc.text;
  const all: { start: number; end: number; text: string; canonical: string; type: CitationFact['type'] }[] = [
    ...findNeutralCitations(text).map((c) => ({ ...c, type: 'neutral' as const })),
    ...findLawReports(text).map((c) => ({ ...c, type: 'law_report' as const })),
  ].sort((a, b) => a.start - b.start);
  const out: CitationFact[] = [];
  for (const c of all) {
    if (own && c.canonical === own) continue;
    const para = paragraphAt(paragraphs, c.start);
    out.push({
      text: oneLine(c.text),
      canonical: c.canonical,
      type: c.type,
      pin: pinAfter(text, c.end),
      paragraph: para?.number ?? null,
      paragraphLabel: para?.label ?? null,
      source: doc.span(c.start, c.end),
    });
  }
  return out;
}
