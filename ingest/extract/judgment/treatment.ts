/**
 * How a judgment treats each authority it cites, read from the words around the citation: the
 * clause before it up to the previous citation ("applying", "I decline to follow") and the clause
 * after it up to the next ("was overruled", "is distinguishable"), both inside the sentence. Parallel
 * citations of one case ("[2020] UKSC 1, [2020] 1 WLR 5") share the words around the pair.
 * A citation with no treatment words is `mentioned`.
 */
import { TREATMENTS, type Treatment } from '../../../src/domain/vocabulary.js';
import { NOT_TREATMENT_LEAD, TREATMENT_PHRASES, type TreatmentPhrase } from './treatmentWords.js';

export interface CitedSpan {
  start: number;
  end: number;
}

export interface TreatmentFound {
  treatment: Treatment;
  /** The treatment words as written, or null for `mentioned`. */
  words: string | null;
  /** The sentence holding the citation: the quote a reader checks the treatment against. */
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * Where a sentence or clause ends: a full stop, semicolon or colon before a capital or an opening
 * bracket or quote, or a blank line. "at p. 12" and "v. Smith" do not end one: a digit or a lower-case
 * word follows. Semicolons count because lists of authorities are split by them.
 */
const SENTENCE_END_RE = /[.;:](?=\s+[A-Z(“"‘'])|\n[ \t]*\n/g;
/**
 * A sentence that opens by pointing back at the case just cited ("That case is distinguishable"):
 * its words treat that case too.
 */
const POINTS_BACK_RE =
  /^\s*(?:(?:That|This|The)\s+(?:case|decision|authority|judgment)|(?:That|This)\s+(?:reasoning|approach|analysis|guidance|principle))\b|^\s*It\s+(?:is|was|does|did|has|had|cannot)\b/;

/** How far a sentence is looked for on either side of a citation. */
const SENTENCE_REACH = 500;

/** Between two citations of one case, or a citation and its pin: only punctuation, pins and spaces. */
const PARALLEL_GAP_RE = /^[\s,;]*(?:(?:at\s+)?(?:\[\d{1,4}\]|(?:paras?\.?|pp?\.?)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)[\s,;]*)*$/;

/** A passive form in front of a `before` phrase ("was applied in Y"): the words treat the case before, not Y. */
const PASSIVE_LEAD = ['was', 'were', 'been', 'is', 'be', 'being'];
/** A past participle opens the phrase: only then does "was" in front make it passive ("is distinguishable from Y" is not). */
const PARTICIPLE_RE = /^\w+ed\b/i;
/** "overruled by Y", "followed in Y": the case after the words is the one that treated, not the one treated. */
const AGENT_AFTER_RE = /^\s+(?:in|by)\b/i;
/** The last word before a match, to test it against the lead lists. */
const LAST_WORD_RE = /([A-Za-z]+)\W*$/;

interface CompiledPhrase extends TreatmentPhrase {
  re: RegExp;
  rank: number;
  /** The phrase's words, lower-cased: a window without all of them cannot match, and is not searched (none for a phrase not in ASCII). */
  words: string[];
}

/**
 * Between two words of a phrase: any whitespace (judgments break lines anywhere) and at most one
 * adverb in -ly, since judges qualify their verbs ("was subsequently endorsed", "expressly
 * overruled") without changing the treatment.
 */
const PHRASE_GAP = '\\s+(?:[a-z]+ly\\s+)?';

/** A case-insensitive match pairs an ASCII letter only with ASCII letters, so lower-casing finds an ASCII phrase's words wherever it matches. */
const ASCII_RE = /^[\x20-\x7e]*$/;

/** Phrase words matched as whole words. */
const COMPILED: readonly CompiledPhrase[] = TREATMENT_PHRASES.map((p) => ({
  ...p,
  rank: TREATMENTS.indexOf(p.treatment),
  words: ASCII_RE.test(p.phrase) ? p.phrase.toLowerCase().split(/\s+/) : [],
  re: new RegExp(
    `\\b${p.phrase
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join(PHRASE_GAP)}\\b`,
    'gi',
  ),
}));

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - SENTENCE_REACH);
  let sentenceStart = from;
  SENTENCE_END_RE.lastIndex = from;
  for (let m = SENTENCE_END_RE.exec(text); m && m.index < start; m = SENTENCE_END_RE.exec(text)) sentenceStart = m.index + m[0].length;
  SENTENCE_END_RE.lastIndex = end;
  const next = SENTENCE_END_RE.exec(text);
  const sentenceEnd = next && next.index < end + SENTENCE_REACH ? next.index + 1 : Math.min(text.length, end + SENTENCE_REACH);
  return [sentenceStart, sentenceEnd];
}

interface Match {
  phrase: CompiledPhrase;
  start: number;
  end: number;
  words: string;
}

function matchesIn(text: string, from: number, to: number, side: TreatmentPhrase['side']): Match[] {
  const window = text.slice(from, to);
  const lower = window.toLowerCase();
  const out: Match[] = [];
  for (const phrase of COMPILED) {
    if (phrase.side !== side || !phrase.words.every((w) => lower.includes(w))) continue;
    phrase.re.lastIndex = 0;
    for (const m of window.matchAll(phrase.re)) {
      const at = m.index ?? 0;
      if (side === 'before') {
        const lead = LAST_WORD_RE.exec(window.slice(0, at))?.[1]?.toLowerCase() ?? '';
        if ((PASSIVE_LEAD.includes(lead) && PARTICIPLE_RE.test(m[0])) || NOT_TREATMENT_LEAD.includes(lead)) continue;
        if (AGENT_AFTER_RE.test(window.slice(at + m[0].length))) continue;
      }
      out.push({ phrase, start: from + at, end: from + at + m[0].length, words: m[0].replace(/\s+/g, ' ') });
    }
  }
  // A phrase inside a longer one found at the same place is the longer one's ("not follow" holds "follow").
  return out.filter((a) => !out.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
}

/** Citations that are one case cited twice in a row (parallel reports, or a pin between): one group. */
function groups(text: string, spans: readonly CitedSpan[]): number[][] {
  const out: number[][] = [];
  spans.forEach((s, i) => {
    const last = out.at(-1);
    const prev = i > 0 ? spans[i - 1] : undefined;
    if (last && prev && PARALLEL_GAP_RE.test(text.slice(prev.end, s.start))) last.push(i);
    else out.push([i]);
  });
  return out;
}

/** The treatment of each citation, in the order given (which must be text order). */
export function findTreatments(text: string, spans: readonly CitedSpan[]): TreatmentFound[] {
  const out: TreatmentFound[] = new Array(spans.length);
  const grouped = groups(text, spans);
  grouped.forEach((group, g) => {
    const first = spans[group[0]!]!;
    const last = spans[group.at(-1)!]!;
    const [sentenceStart, sentenceEnd] = sentenceBounds(text, first.start, last.end);
    const prevEnd = g > 0 ? spans[grouped[g - 1]!.at(-1)!]!.end : 0;
    const nextStart = g + 1 < grouped.length ? spans[grouped[g + 1]![0]!]!.start : text.length;
    // The next sentence speaks of this case when it points back and cites nothing itself.
    let afterEnd = Math.min(sentenceEnd, nextStart);
    if (afterEnd === sentenceEnd && POINTS_BACK_RE.test(text.slice(sentenceEnd + 1))) {
      afterEnd = Math.min(sentenceBounds(text, sentenceEnd + 2, sentenceEnd + 2)[1], nextStart);
    }
    const matches = [...matchesIn(text, Math.max(sentenceStart, prevEnd), first.start, 'before'), ...matchesIn(text, last.end, afterEnd, 'after')].sort(
      (a, b) => a.phrase.rank - b.phrase.rank || b.words.length - a.words.length,
    );
    const best = matches[0];
    const found: TreatmentFound = {
      treatment: best?.phrase.treatment ?? 'mentioned',
      words: best?.words ?? null,
      sentenceStart,
      sentenceEnd,
    };
    for (const i of group) out[i] = found;
  });
  return out;
}
