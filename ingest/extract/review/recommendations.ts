/**
 * Recommendations ("Recommendation 17", "Recommendation 3: The Met should ...") and HMICFRS areas
 * for improvement. A recommendation is a heading at the start of a line; its words run until the
 * next recommendation, heading or numbered paragraph.
 */
import type { RecommendationFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import type { Paragraph } from '../judgment/paragraphs.js';
import { cleanText, clip, type Line } from './lines.js';
import type { Heading } from './sections.js';
import { unitsNamedIn, type SubjectMention } from './subjects.js';

/**
 * "Recommendation 17" alone on its line, or followed by a colon, dot or dash and its words
 * ("Recommendation 3: The Met should ..."), or directly by a capitalised word. The singular only:
 * "Recommendations 17 to 21" introduces a list. Line-anchored so "see Recommendation 4" in prose
 * is a reference, not a recommendation.
 */
const RECOMMENDATION_RE =
  /^[ \t]*(Recommendation|RECOMMENDATION|Area\s+for\s+improvement|AREA\s+FOR\s+IMPROVEMENT)[ \t]+(\d{1,3}[a-z]?)\b(?:[ \t]*[:.–—-][ \t]*|[ \t]+(?=[A-Z])|[ \t]*(?=\n|$))/gm;

/** The heading word of a recommendation, as opposed to an area for improvement. */
const RECOMMENDATION_WORD_RE = /^rec/i;

/** How far a recommendation may run when nothing ends it sooner. */
const MAX_CHARS = 2000;

/** How long the stored text may be. */
const TEXT_CHARS = 1200;

/**
 * Who is to act: the words before "should" / "must" in the first sentence ("The Met should",
 * "Chief constables must"), at most ten words.
 */
const ADDRESSEE_RE = /^((?:[A-Za-z'’&-]+\s+){0,9}?[A-Za-z'’&-]+)\s+(?:should|must|ought\s+to|needs?\s+to|is\s+to|are\s+to)\b/;

/** A time limit before the addressee: "By 31 March 2024, chief constables should ...". */
const DEADLINE_PREFIX_RE = /^(?:By|Within|From|Before|Immediately,?)\b[^,]{0,40},\s*/;

export interface Recommendations {
  facts: RecommendationFact[];
  /** Global ranges the recommendations cover, so findings do not take a recommendation for a finding. */
  ranges: [number, number][];
}

export function findRecommendations(
  doc: DocText,
  lines: readonly Line[],
  paras: readonly Paragraph[],
  headings: readonly Heading[],
  subjects: readonly SubjectMention[],
): Recommendations {
  const text = doc.text;
  const starts = [...text.matchAll(RECOMMENDATION_RE)].map((m) => ({ m, start: m.index ?? 0, bodyStart: (m.index ?? 0) + m[0].length }));
  // Paragraphs and headings end a recommendation's words; so does the next recommendation.
  const stops = [...paras.map((p) => p.start), ...headings.map((h) => h.start), ...starts.map((s) => s.start)].sort((a, b) => a - b);
  const out: RecommendationFact[] = [];
  const ranges: [number, number][] = [];
  const seen = new Set<string>();
  for (const { m, start, bodyStart } of starts) {
    const stop = Math.min(stops.find((s) => s > start) ?? text.length, bodyStart + MAX_CHARS);
    const end = bodyStart + text.slice(bodyStart, stop).trimEnd().length;
    const body = cleanText(doc, lines, bodyStart, end);
    if (!body) continue;
    ranges.push([start, end]);
    const kind: RecommendationFact['kind'] = RECOMMENDATION_WORD_RE.test(m[1] ?? '') ? 'recommendation' : 'area_for_improvement';
    const label = m[2] ?? '';
    // A list of recommendations repeated in a summary and in the chapter: the first keeps its place.
    if (seen.has(kind + label)) continue;
    seen.add(kind + label);
    const addressee = ADDRESSEE_RE.exec(body.replace(DEADLINE_PREFIX_RE, ''))?.[1] ?? null;
    const span = doc.span(start, end);
    out.push({
      label,
      kind,
      text: clip(body, TEXT_CHARS),
      addressee,
      units: unitsNamedIn(subjects, bodyStart, end),
      source: { ...span, quote: clip(`${m[0].trim()} ${body}`, 200) },
    });
  }
  return { facts: out, ranges };
}
