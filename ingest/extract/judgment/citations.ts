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
import { findTreatments } from './treatment.js';

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

/**
 * Where a law report index lists the judgment's own references: "Cite as: [2020] IRLR 964, [2020]
 * EWHC 2032 (Admin)" and "[Buy ICLR report: [2010] ICR 962]". Those are this case reported
 * elsewhere, not cases it cites. Bounded to one line each.
 */
const OWN_REFERENCES_RE = /^[ \t]*(?:Cite\s+as|(?:Also\s+)?[Rr]eported\s+(?:as|at))\s*:[^\n]{0,300}|\[Buy\s+[A-Z]+\s+report:(?:\[[^\]\n]{0,10}\]|[^[\]\n]){0,100}\]/gim;

/** How far into the document an index's header lies. */
const INDEX_HEADER_CHARS = 3000;

function ownReferenceSpans(text: string): [number, number][] {
  return [...text.slice(0, INDEX_HEADER_CHARS).matchAll(OWN_REFERENCES_RE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

export function findCitations(doc: DocText, paragraphs: readonly Paragraph[], own: string | null): CitationFact[] {
  const text = doc.text;
  const all: { start: number; end: number; text: string; canonical: string; type: CitationFact['type'] }[] = [
    ...findNeutralCitations(text).map((c) => ({ ...c, type: 'neutral' as const })),
    ...findLawReports(text).map((c) => ({ ...c, type: 'law_report' as const })),
  ].sort((a, b) => a.start - b.start);
  const out: CitationFact[] = [];
  const ownReferences = ownReferenceSpans(text);
  const kept = all.filter((c) => !(own && c.canonical === own) && !ownReferences.some(([a, b]) => c.start >= a && c.end <= b));
  const treatments = findTreatments(text, kept);
  for (const [i, c] of kept.entries()) {
    const t = treatments[i]!;
    const para = paragraphAt(paragraphs, c.start);
    out.push({
      text: oneLine(c.text),
      canonical: c.canonical,
      type: c.type,
      pin: pinAfter(text, c.end),
      paragraph: para?.number ?? null,
      paragraphLabel: para?.label ?? null,
      source: doc.span(c.start, c.end),
      treatment: t.treatment,
      treatmentWords: t.words,
      treatmentSource: doc.span(t.sentenceStart, t.sentenceEnd, 400),
    });
  }
  return out;
}
