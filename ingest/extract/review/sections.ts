/**
 * Headings of a review or report: numbered chapters, parts and annexes ("Chapter 6: Repeat
 * allegations"), numbered sections in chapter-numbered reports ("6 Repeat allegations" before
 * 6.1), case studies ("Case study 6A: former PC ..."), and the plain headings reports put between
 * numbered paragraphs ("Specialist Firearms Command"). Findings read their subject from the
 * heading they sit under, and the graph keeps which paragraphs each heading holds.
 */
import type { SectionFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import type { Paragraph } from '../judgment/paragraphs.js';
import type { Line } from './lines.js';

/**
 * "Chapter 6: Title", "PART 2 – Title", "Annex B", "Section 3. Title". The title is optional (it
 * may be on the next line) but anything after the number must follow a colon, dot or dash, so
 * prose such as "Section 31 of the Act" at a line start is not a heading.
 */
const STRUCTURE_HEADING_RE = /^(Chapter|CHAPTER|Part|PART|Section|SECTION|Annex|ANNEX|Appendix|APPENDIX)\s+(\d{1,2}|[A-Z]|[IVX]{1,5})(?:\s*[:.–—-]\s*(.*))?$/;

/** "Case study 6A: former PC Gavin Troughton", "CASE STUDY 3 – ...". */
const CASE_STUDY_RE = /^(?:Case\s+[Ss]tudy|CASE\s+STUDY)\s+(\d{1,2}[A-Z]?|[A-Z]\d{0,2})(?:\s*[:.–—-]\s*(.*))?$/;

/**
 * "6 Repeat allegations" or "6. Repeat allegations": a chapter number and a title with no
 * sentence punctuation. Counted only when the paragraphs that follow are numbered 6.x.
 */
const NUMBERED_HEADING_RE = /^(\d{1,2})\.?\s+([A-Z][^.;:!?]{1,80})$/;

/** A line that ends a sentence (or a quotation or bracket closing one): what comes next may be a heading. */
const SENTENCE_END_RE = /[.!?:"”')\]]$/;

/** Lines that end with a comma, semicolon or dash run on, and are not headings. */
const RUNS_ON_RE = /[,;:–—-]$/;

/** A line ending in a full stop is the end of a sentence, not a heading. */
const FULL_STOP_END_RE = /\.$/;

/** Headings start with a capital letter. */
const CAPITAL_START_RE = /^[A-Z]/;

/** A line that starts with a lower-case letter continues the line before it. */
const CONTINUATION_RE = /^[a-z]/;

/** A recommendation or area-for-improvement heading, which recommendations.ts reads instead. */
const RECOMMENDATION_LINE_RE = /^(?:Recommendation|RECOMMENDATION|Area\s+for\s+improvement|AREA\s+FOR\s+IMPROVEMENT)s?\b/;

/** Captions of tables and figures, and source notes, which look like short headings. */
const CAPTION_RE = /^(?:Table|Figure|Chart|Source|Note|Box)\b/i;

/** Plain headings are short; longer lines are wrapped prose. */
const MAX_HEADING_CHARS = 70;
const MAX_HEADING_WORDS = 10;

/** A previous line this short is a byline or heading, not wrapped prose that a heading would interrupt. */
const SHORT_LINE_CHARS = 60;

export interface Heading {
  label: string | null;
  title: string;
  kind: SectionFact['kind'];
  level: number;
  /** Global offsets of the heading's words. */
  start: number;
  end: number;
}

const KIND: Record<string, SectionFact['kind']> = { chapter: 'chapter', part: 'part', section: 'section', annex: 'annex', appendix: 'annex' };

function headingLike(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && text.split(' ').length <= MAX_HEADING_WORDS && !RUNS_ON_RE.test(text) && !FULL_STOP_END_RE.test(text);
}

/** Every heading, in order. `lines` are the document's lines; `paras` its numbered paragraphs. */
export function findHeadings(lines: readonly Line[], paras: readonly Paragraph[]): Heading[] {
  const paraStarts = new Set(paras.map((p) => p.start));
  const decimal = paras.some((p) => p.label.includes('.'));
  const body = lines.filter((l) => !l.furniture);
  const out: Heading[] = [];
  const nextParagraph = (at: number) => paras.find((p) => p.start >= at) ?? null;

  for (let i = 0; i < body.length; i++) {
    const line = body[i] as Line;
    if (paraStarts.has(line.start)) continue;
    const next = body[i + 1];
    const prev = body[i - 1];

    const structure = STRUCTURE_HEADING_RE.exec(line.text);
    const study = structure ? null : CASE_STUDY_RE.exec(line.text);
    if (structure || study) {
      let title = (structure ? structure[3] : study?.[2]) ?? '';
      let end = line.end;
      // A title on the next line, or one that wraps onto it.
      if (
        next &&
        !paraStarts.has(next.start) &&
        ((!title && headingLike(next.text)) || (title && CONTINUATION_RE.test(next.text) && next.text.length <= SHORT_LINE_CHARS))
      ) {
        title = title ? `${title} ${next.text}` : next.text;
        end = next.end;
        i++;
      }
      out.push(
        structure
          ? { label: structure[2] ?? null, title, kind: KIND[(structure[1] ?? '').toLowerCase()] ?? 'section', level: 1, start: line.start, end }
          : { label: study?.[1] ?? null, title, kind: 'case_study', level: 4, start: line.start, end },
      );
      continue;
    }

    const numbered = decimal ? NUMBERED_HEADING_RE.exec(line.text) : null;
    if (numbered && headingLike(line.text) && nextParagraph(line.end)?.label.startsWith(`${numbered[1]}.`)) {
      out.push({ label: numbered[1] ?? null, title: numbered[2] ?? '', kind: 'section', level: 2, start: line.start, end: line.end });
      continue;
    }

    // A plain heading: a short line between the end of one paragraph and the start of the next.
    if (
      next &&
      paraStarts.has(next.start) &&
      headingLike(line.text) &&
      CAPITAL_START_RE.test(line.text) &&
      !RECOMMENDATION_LINE_RE.test(line.text) &&
      !CAPTION_RE.test(line.text) &&
      (!prev || SENTENCE_END_RE.test(prev.text) || prev.text.length < SHORT_LINE_CHARS)
    ) {
      out.push({ label: null, title: line.text, kind: 'heading', level: 3, start: line.start, end: line.end });
    }
  }
  return out;
}

/**
 * Headings as facts, each with the labels of the paragraphs it holds: those up to the next
 * heading of the same or a higher level, so a chapter holds all of its paragraphs and a case
 * study only its own.
 */
export function sectionFacts(doc: DocText, headings: readonly Heading[], paras: readonly Paragraph[]): SectionFact[] {
  return headings.map((h, i) => {
    const stop = headings.slice(i + 1).find((n) => n.level <= h.level)?.start ?? Infinity;
    const span = doc.span(h.start, h.end);
    return {
      label: h.label,
      title: h.title,
      kind: h.kind,
      level: h.level,
      paragraphs: paras.filter((p) => p.start > h.end && p.start < stop).map((p) => p.label),
      source: span,
    };
  });
}

/** The heading a global offset sits under (the last one starting before it), or null. */
export function headingAt(headings: readonly Heading[], at: number): Heading | null {
  let found: Heading | null = null;
  for (const h of headings) {
    if (h.start > at) break;
    found = h;
  }
  return found;
}
