import type { DocumentKind, Finding } from '../../src/domain/vocabulary.js';
import { ALLEGED, strong } from './findingWords.js';
import { sentenceStart, type StandardMention } from './standards.js';

/**
 * Findings given by allegation number: outcome reports list the allegations numbered (an
 * "Allegation 2." or "Allegation 1 - Duties and Responsibilities" heading, or a "1." list under an
 * "Allegations" heading) and state findings by number ("allegations 1 and 2 proven and that they
 * amounted to gross misconduct", "Allegation 3 is not proven", or a "Finding:" line in the
 * allegation's own block).
 */

/**
 * "Allegation 2." / "Allegation 1 - Duties and Responsibilities" / "Allegation 1 (PC A only):", or a
 * sentence stating it ("Allegation 1 was that ..."): a heading the Standards after it belong to.
 */
const ALLEGATION_HEADING = /\bAllegation\s+\(?(\d+)\)?\s*(?:\([^)\n]{0,60}\)\s*)?(?:[.:–—-]|(?=(?:was|is)\s+that\b))/g;
/**
 * "Allegation 2" alone on its line: in a findings section, the heading of the panel's reasons on that
 * allegation, whose block states the verdict ("Allegation 2 is proved", "we find that it amounts to
 * gross misconduct", "it is not proven").
 */
const LONE_HEADING = /(?:^|\n)[ \t]*Allegation\s+(\d+)[ \t]*(?=\n)/g;
/**
 * A paragraph of reasons opened by the allegation it is about ("On allegation 2, I accept that ...
 * It amounts to practice requiring improvement."): its verdict is that allegation's.
 */
const REASONS_OPENER = /(?:^|\n|\.[ \t]+)[ \t]*(?:On|As\s+to|As\s+regards|Turning\s+to|In\s+respect\s+of|With\s+regard\s+to|Regarding)\s+allegation\s+(\d+)\s*,/gi;
/** A heading line that opens the list of allegations ("Allegations", "The allegations", "Allegations and findings"). */
const ALLEGATIONS_SECTION = /(?:^|\n)[ \t]*(?:The\s+)?Allegations?\b[^\n]{0,60}(?=\n)/gi;
/** A lead-in line ending in a colon that introduces the list ("The panel considered allegations that, between ..., the sergeant:", "It was alleged that you:"). */
const ALLEGATIONS_LEAD_IN = /(?:^|\n)[^\n]{0,200}\balleg(?:ations?|ed)\b[^\n]{0,200}:[ \t]*(?=\n)/gi;
/** A numbered or lettered list item at a line start ("1. That ...", "2) That ...", "(3) That ...", "(b) when he ..."). */
const LIST_ITEM = /(?:^|\n)[ \t]*(?:\(?(\d{1,2})[.)]|\(([a-h])\))[ \t]+/g;
/** An allegation's number or letter as a finding names it: "3", "(3)", "(b)". */
const ID = '(?:\\(?\\d+\\)?|\\([a-h]\\))';
/** Numbers and bracketed letters in a list of allegation ids. */
const ID_LIST = /\d+|\(([a-h])\)/g;
/** "(b)" is the second allegation, as "2" is. */
function idNumber(m: RegExpMatchArray): number {
  return m[1] ? m[1].charCodeAt(0) - 96 : Number(m[0]);
}
/** How far after an allegations heading its numbered list may run. */
const SECTION_SPAN = 3000;
/** How far after its heading or list number a Standard may be named. */
const HEADING_REACH = 600;
/** How far an allegation's block runs when no later heading ends it. */
const BLOCK_SPAN = 1500;
/** Words that make a block a finding, not the statement of an allegation; "found no cause for concern" in an allegation's story is none. */
const FINDING_VERB = /\b(?:found\s+(?:it|them|that|the\s+allegations?|allegations?)\b|finding|proven|proved|determined|admitted|not\s+proven)\b/i;
/** A line break: a Standard on its heading's own line belongs to it. */
const NEWLINE = /\n/;
/**
 * A finding stated by number: "Allegation 3 was proven as misconduct", "found allegations 1 and 2
 * proven and that ...", "Allegations 4 and 5 are not proven". Group 1 the numbers, 2 a negation,
 * 3 the rest of the clause where the severity may be given.
 */
const NUMBERED_FINDING = new RegExp(
  `\\b[Aa]llegations?\\s+(${ID}(?:\\s*(?:,|and|&)\\s*${ID})*)\\s+(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+)?(?:found\\s+)?(?:to\\s+be\\s+)?(not\\s+)?(?:proven|proved|made\\s+out|admitted|upheld)\\b([^.]{0,100})`,
  'g',
);
/**
 * A severity given by number or letter, the verb shared by a second clause: "allegation (a) amounted
 * to gross misconduct and allegation (b) to misconduct", or "allegations 1 and 2 each amount to
 * misconduct". Group 1 the ids, 2 the severity.
 */
const NUMBERED_SEVERITY = new RegExp(
  `\\b[Aa]llegations?\\s+(${ID}(?:\\s*(?:,|and|&)\\s*${ID})*)\\s+(?:each\\s+|both\\s+|all\\s+)?(?:(?:had\\s+|has\\s+)?amounted\\s+to|amounts?\\s+to|was|were|to)\\s+(gross\\s+misconduct|misconduct|practice\\s+requiring\\s+improvement)\\b`,
  'g',
);
/**
 * A finding by number stated as a negative: "I do not find that allegation (c) has been made out",
 * "Allegation 2 has not been established". Group 1 the ids.
 */
const NUMBERED_NOT_FOUND = new RegExp(
  `\\b(?:(?:do|did|does)\\s+not\\s+find\\s+(?:that\\s+)?[Aa]llegations?\\s+(${ID}(?:\\s*(?:,|and|&)\\s*${ID})*)\\s+(?:has|have|had|was|were|is|are)\\s+(?:been\\s+)?|[Aa]llegations?\\s+(${ID}(?:\\s*(?:,|and|&)\\s*${ID})*)\\s+(?:has|have|had|was|were|is|are)\\s+not\\s+(?:been\\s+)?(?:found\\s+)?)(?:made\\s+out|proven|proved|established)\\b`,
  'g',
);
/**
 * An allegation accepted by number, its severity given in the same or the next sentence: "PC X
 * accepted allegation 1. The chair found it proven and that it amounted to misconduct." Group 1 the
 * ids, 2 the text to the end of the next sentence.
 */
const NUMBERED_ACCEPTED = new RegExp(`\\b(?:accepted|admitted)\\s+[Aa]llegations?\\s+(${ID}(?:\\s*(?:,|and|&)\\s*${ID})*)\\b([^.]{0,160}\\.?[^.]{0,200})`, 'g');
/** The sentence after a full stop that ends a finding by number. */
const NEXT_SENTENCE = /^\.\s+([^.]{1,250})/;
/** The heading's own words ("Allegation 1.", "Allegation (2):"), before the block's first sentence. */
const HEADING_WORDS = /^Allegation\s+\(?\d+\)?\s*(?:\([^)\n]{0,60}\)\s*)?[.:–—-]?\s*/;
/** The end of a sentence inside a block. */
const SENTENCE_BREAK = /(?<=[.!?])\s/;
/** Where a clause about one allegation ends and the next one's begins. */
const NEXT_CLAUSE = /;|\ballegations?\b/i;
/** "Finding: practice requiring improvement" inside an allegation's block. */
const FINDING_FIELD = /(?:^|\n)[ \t]*Findings?\s*[:–-][ \t]*([^\n]{1,160})/g;

interface Marker {
  n: number;
  at: number;
  heading: boolean;
}

function markers(text: string, kind: DocumentKind): Marker[] {
  const out: Marker[] = [...text.matchAll(ALLEGATION_HEADING)].map((m) => ({ n: Number(m[1]), at: m.index ?? 0, heading: true }));
  // A judgment's paragraph numbers look like a list: only reports number allegations that way.
  if (kind !== 'judgment') {
    const sections = [...text.matchAll(ALLEGATIONS_SECTION), ...text.matchAll(ALLEGATIONS_LEAD_IN)].map((m) => (m.index ?? 0) + m[0].length);
    for (const m of text.matchAll(LIST_ITEM)) {
      const at = m.index ?? 0;
      if (sections.some((s) => s <= at && at - s <= SECTION_SPAN)) out.push({ n: m[1] ? Number(m[1]) : (m[2] ?? 'a').charCodeAt(0) - 96, at, heading: false });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The finding each allegation number is given, read from statements by number and "Finding:" lines. */
function findingsByNumber(text: string, heads: Marker[], docDefault: Finding | null): Map<number, Finding> {
  const out = new Map<number, Finding>();
  const reasoned = new Map<number, Finding>();
  for (const b of [...loneBlocks(text), ...openedBlocks(text)]) {
    const finding = strong(text.slice(b.start, b.end));
    if (finding) reasoned.set(b.n, finding);
  }
  for (const m of text.matchAll(NUMBERED_FINDING)) {
    const clause = (m[3] ?? '').split(NEXT_CLAUSE)[0] ?? '';
    const ids = [...(m[1] ?? '').matchAll(ID_LIST)].map(idNumber);
    // "Allegation 2 was admitted. The panel found ... amounting to misconduct.": the next sentence gives the severity.
    const after = (m.index ?? 0) + m[0].length;
    const next = ids.length === 1 && !clause.trim() ? (NEXT_SENTENCE.exec(text.slice(after, after + 300))?.[1]?.split(NEXT_CLAUSE)[0] ?? '') : '';
    const finding: Finding | null = m[2]
      ? 'not_proven'
      : (strong(clause) ?? (next ? strong(next) : null) ?? (ids.length === 1 ? reasoned.get(ids[0]!) : undefined) ?? docDefault);
    if (!finding) continue;
    for (const id of (m[1] ?? '').matchAll(ID_LIST)) out.set(idNumber(id), finding);
  }
  for (const m of text.matchAll(NUMBERED_ACCEPTED)) {
    const finding = strong((m[2] ?? '').split(NEXT_CLAUSE)[0] ?? '') ?? docDefault;
    if (finding) for (const id of (m[1] ?? '').matchAll(ID_LIST)) if (!out.has(idNumber(id))) out.set(idNumber(id), finding);
  }
  for (const m of text.matchAll(NUMBERED_NOT_FOUND)) for (const id of (m[1] ?? m[2] ?? '').matchAll(ID_LIST)) out.set(idNumber(id), 'not_proven');
  for (const m of text.matchAll(NUMBERED_SEVERITY)) {
    const finding = strong(m[2] ?? '');
    if (finding) for (const id of (m[1] ?? '').matchAll(ID_LIST)) out.set(idNumber(id), finding);
  }
  for (const [n, finding] of reasoned) if (!out.has(n)) out.set(n, finding);
  const headings = heads.filter((h) => h.heading);
  // A findings section that heads each allegation's reasons again ("Allegation 1: PC X accepted ...
  // The chair found the allegation proven and that it amounted to misconduct"): the block's verdict.
  headings.forEach((h, i) => {
    const block = text.slice(h.at, Math.min(headings[i + 1]?.at ?? text.length, h.at + BLOCK_SPAN));
    // A block that opens by stating the allegation is the allegation; reasons may quote "the remark as alleged" later.
    const opening = block.replace(HEADING_WORDS, '').split(SENTENCE_BREAK)[0] ?? '';
    if (out.has(h.n) || ALLEGED.test(opening) || !FINDING_VERB.test(block)) return;
    const finding = strong(block);
    if (finding) out.set(h.n, finding);
  });
  headings.forEach((h, i) => {
    const end = Math.min(headings[i + 1]?.at ?? text.length, h.at + BLOCK_SPAN);
    for (const f of text.slice(h.at, end).matchAll(FINDING_FIELD)) {
      const finding = strong(f[1] ?? '');
      if (finding) out.set(h.n, finding);
    }
  });
  return out;
}

/** The blocks under lone "Allegation N" headings, each up to the next such heading. */
function loneBlocks(text: string): { n: number; start: number; end: number }[] {
  const heads = [...text.matchAll(LONE_HEADING)].map((m) => ({ n: Number(m[1]), start: (m.index ?? 0) + m[0].length }));
  return heads.map((h, i) => ({ ...h, end: Math.min(heads[i + 1]?.start ?? text.length, h.start + BLOCK_SPAN) }));
}

/** The paragraphs of reasons opened by an allegation's number, each up to the next such opener. */
function openedBlocks(text: string): { n: number; start: number; end: number }[] {
  const heads = [...text.matchAll(REASONS_OPENER)].map((m) => ({ n: Number(m[1]), start: (m.index ?? 0) + m[0].length }));
  return heads.map((h, i) => ({ ...h, end: Math.min(heads[i + 1]?.start ?? text.length, h.start + HEADING_REACH) }));
}

/**
 * Standard mentions that restate, in the reasons under a lone "Allegation N" heading, a Standard the
 * text already named before: the allegation was stated earlier, and its owner with it.
 */
export function restatedMentions(text: string, ms: readonly StandardMention[]): Set<number> {
  const out = new Set<number>();
  const blocks = loneBlocks(text);
  ms.forEach((m, i) => {
    const b = blocks.find((x) => x.start <= m.start && m.start < x.end);
    if (b && ms.some((o) => o.start < b.start && o.standard === m.standard)) out.add(i);
  });
  return out;
}

/** Standards each numbered allegation names, so "Allegation 3 is not proven" reaches them: mention index -> finding. */
export function numberedFindings(text: string, ms: StandardMention[], docDefault: Finding | null, kind: DocumentKind = 'hearing_outcome'): Map<number, Finding> {
  const heads = markers(text, kind);
  if (!heads.length) return new Map();
  const byNumber = findingsByNumber(text, heads, docDefault);
  const out = new Map<number, Finding>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const h = heads.filter((x) => x.at < m.start && m.start - x.at < HEADING_REACH).pop();
    if (!h) continue;
    const block = text.slice(h.at, m.start);
    const statement = text.slice(sentenceStart(text, m.start), m.start);
    // The Standard on its heading's line, in a sentence stating the allegation, or in a list item that states no finding.
    const onHeading = h.heading && !NEWLINE.test(block.trimStart());
    if (!onHeading && !ALLEGED.test(statement) && FINDING_VERB.test(block)) continue;
    if (!onHeading && !h.heading && FINDING_VERB.test(block)) continue;
    const finding = byNumber.get(h.n);
    if (finding) out.set(i, finding);
  }
  return out;
}
