import { rowAt, type DocModel } from '../model/index.js';

/**
 * Which officer a fact belongs to, by the document's structure rather than by distance in
 * characters: a multi-case page's section holds one case, and an article or review names the
 * officer in the paragraph it reports about them (or the one just before).
 */
interface Mentioned {
  key: string;
  start: number;
}

/**
 * The officer named in the same table row as `at`: a row is one officer's case whatever the order of
 * its columns ("Result | Date | Finding | Standard | Officer").
 */
export function officerInRow(model: DocModel, mentions: readonly Mentioned[], at: number): string | null {
  const hit = rowAt(model.tables, at);
  if (!hit) return null;
  return mentions.find((m) => m.start >= hit.row.start && m.start < hit.row.end)?.key ?? null;
}

/** The last officer named before `at` in the same case section, else the first named in it after `at`. */
export function officerInSection(model: DocModel, mentions: readonly Mentioned[], at: number): string | null {
  const section = model.sectionAt(at);
  let last: Mentioned | null = null;
  let next: Mentioned | null = null;
  for (const m of mentions) {
    if (m.start < section.start || m.start >= section.end) continue;
    if (m.start <= at) last = m;
    else next ??= m;
  }
  return (last ?? next)?.key ?? null;
}

/** A sentence about many officers at once: a statistic, not a report about one officer. */
const STATISTIC =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|several|many|some|most|all)\s+(?:\w+\s+){0,2}(?:officers|constables|members\s+of\s+staff)\b/i;

/**
 * For articles and reviews: the last officer named before `at` in its section, unless the fact's
 * sentence is about many officers ("11 of the 148 officers had been dismissed").
 */
export function officerReportedOn(model: DocModel, mentions: readonly Mentioned[], at: number): string | null {
  const sentence = model.sentenceAt(at);
  if (sentence && STATISTIC.test(model.text.slice(sentence.start, sentence.end))) return null;
  const section = model.sectionAt(at);
  let last: Mentioned | null = null;
  for (const m of mentions) if (m.start >= section.start && m.start <= at) last = m;
  return last?.key ?? null;
}

/** The paragraph holding `at` and the one before it: how far one sanction's officer carries to the next. */
export function paragraphReach(model: DocModel, at: number): { start: number; end: number } {
  const blocks = model.blocks;
  const i = blocks.findIndex((b) => b.start <= at && at < b.end);
  if (i < 0) return { start: at, end: at };
  return { start: blocks[Math.max(0, i - 1)]!.start, end: blocks[i]!.end };
}
