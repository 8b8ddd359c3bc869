import type { Finding } from '../../src/domain/vocabulary.js';
import { STOPWORDS, stem } from '../../src/nlp.js';
import type { DocModel } from '../model/index.js';
import { strong } from './findingWords.js';

/**
 * Findings on an allegation the text names by what it was about rather than by its Standard or
 * number: "The allegation about the way she spoke to the woman's sister was found proven. The chair
 * found it amounted to misconduct." The allegation meant is the Standard whose paragraph shares most
 * content words with the description (stemmed with natural's Porter stemmer, stop words left out).
 */

/**
 * "The allegation about/concerning/relating to <description> was found (not) proven", then the rest
 * of that sentence and the next one, where the severity is given. Group 1 the description, 2 a
 * negation, 3 the text after.
 */
const DESCRIBED_FINDING =
  /\b[Tt]he\s+allegations?\s+(?:about|concerning|regarding|relating\s+to|in\s+relation\s+to|over)\s+([^.;]{5,160}?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:found\s+)?(not\s+)?(?:proven|proved|made\s+out|upheld|substantiated)\b([^.]*\.?[^.]{0,160})/g;
/** Words of two letters or fewer, numbers and punctuation carry no topic. */
const WORD = /[a-z]{3,}/g;
const STOP = new Set(STOPWORDS);
/** Fewer shared words than this is chance, not the same allegation. */
const MIN_SHARED = 2;

function topic(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)).map(stem));
}

/**
 * The words that state the allegation at a point: its sentence and the one before, since a Standard
 * is often named in a sentence of its own after the conduct ("... spoke to her sister. This was put as
 * a breach of Authority, Respect and Courtesy.").
 */
function statement(model: DocModel, at: number): { start: number; end: number } {
  const sentences = model.sentences;
  const i = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return { start: at, end: at };
  return { start: sentences[Math.max(0, i - 1)]!.start, end: sentences[i]!.end };
}

/**
 * For each candidate allegation position (the start of a group of Standard mentions without a
 * finding), the finding a described statement gives it. The severity of a proven allegation comes
 * from the words after the statement, else from `fallback` (the document's overall severity).
 */
export function describedFindings(model: DocModel, candidates: readonly number[], fallback: Finding | null): Map<number, Finding> {
  const out = new Map<number, Finding>();
  if (!candidates.length) return out;
  const spans = candidates.map((at) => statement(model, at));
  const topics = spans.map((s) => topic(model.text.slice(s.start, s.end)));
  for (const m of model.text.matchAll(DESCRIBED_FINDING)) {
    const described = topic(m[1] ?? '');
    const at = m.index ?? 0;
    let best = -1;
    let bestShared = MIN_SHARED - 1;
    topics.forEach((t, i) => {
      // The finding's own sentence is not where the allegation was stated.
      if (spans[i]!.start <= at && at < spans[i]!.end) return;
      const shared = [...described].filter((w) => t.has(w)).length;
      if (shared > bestShared) [best, bestShared] = [i, shared];
    });
    if (best < 0) continue;
    const finding: Finding | null = m[2] ? 'not_proven' : (strong(m[3] ?? '') ?? fallback);
    if (finding) out.set(candidates[best]!, finding);
  }
  return out;
}
