import { STANDARD_WORDINGS } from '../../src/domain/standardWordings.js';
import type { Standard } from '../../src/domain/vocabulary.js';
import type { DocText } from '../text.js';
import { squash } from './names.js';

/** One alternation with a group per Standard, so a single linear pass finds every mention. */
const STANDARD_PATTERN = new RegExp(STANDARD_WORDINGS.map((w) => `\\b(${w.source})\\b`).join('|'), 'gi');

/** Formal wording capitalises the Standard's main words ("Use of Force", "Duties & Responsibilities"). */
const TITLE_CASE = /^[A-Z][a-z]*(?:,?\s+(?:(?:and|&|of|for)\s+)?[A-Z][a-z]*)*$/;
/**
 * Prose naming a Standard in lower case only counts when the sentence is about a breach ("breaches
 * of the Standards ... relating to honesty and integrity"); "the standard of honesty and integrity"
 * in a discussion of the Code is not an allegation.
 */
const BREACH_SENTENCE = /\bbreach|\bStandards of Professional Behaviour\b/;
/** The end of a clause after a mention. */
const CLAUSE_SPLIT = /[.;]\s/;
/** Where a sentence starts, looking back from a mention. */
const SENTENCE_BREAK = /[.;!?]\s|\n\s*\n|•/g;
/** Eight or more distinct Standards this close together are a copy of Schedule 2, not allegations. */
const SCHEDULE_WINDOW = 700;
const SCHEDULE_MIN = 8;

export interface StandardMention {
  standard: Standard;
  start: number;
  end: number;
}

export function sentenceStart(text: string, at: number, maxBack = 400): number {
  const from = Math.max(0, at - maxBack);
  const chunk = text.slice(from, at);
  let last = -1;
  for (const m of chunk.matchAll(SENTENCE_BREAK)) last = (m.index ?? 0) + m[0].length;
  return last < 0 ? from : from + last;
}

/** Mentions of a Standard that read as an allegation or finding, not as ordinary words. */
export function findStandardMentions(doc: DocText): StandardMention[] {
  const text = doc.text;
  const out: StandardMention[] = [];
  for (const m of text.matchAll(STANDARD_PATTERN)) {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    const entry = STANDARD_WORDINGS[idx];
    if (!entry) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const words = squash(m[0]);
    if (!TITLE_CASE.test(words) || words === words.toUpperCase()) {
      const sentence = text.slice(sentenceStart(text, start), Math.min(text.length, end + 200)).split(CLAUSE_SPLIT)[0] ?? '';
      if (!BREACH_SENTENCE.test(sentence)) continue;
    }
    out.push({ standard: entry.standard, start, end });
  }
  return dropScheduleCopies(out);
}

function dropScheduleCopies(ms: StandardMention[]): StandardMention[] {
  const drop = new Set<number>();
  for (let i = 0, j = 0; i < ms.length; i++) {
    while ((ms[i]?.start ?? 0) - (ms[j]?.start ?? 0) > SCHEDULE_WINDOW) j++;
    const distinct = new Set(ms.slice(j, i + 1).map((m) => m.standard));
    if (distinct.size >= SCHEDULE_MIN) for (let k = j; k <= i; k++) drop.add(k);
  }
  return drop.size === ms.length ? ms : ms.filter((_, i) => !drop.has(i));
}
