import type { AllegationFact } from '../../src/domain/extraction.js';
import type { DocumentKind, Finding } from '../../src/domain/vocabulary.js';
import type { DocText } from '../text.js';
import { officerBefore, type OfficerMention } from './officers.js';
import { findStandardMentions, sentenceStart, type StandardMention } from './standards.js';

/**
 * Finding words, leftmost wins. "gross misconduct" precedes bare "misconduct" in the alternation so
 * it wins at the same position; "misconduct hearing/meeting/..." names a process, not a finding.
 */
const FINDING_WORDS =
  /\b(not\s+(?:been\s+)?(?:proven|proved|found\s+proven|made\s+out|upheld|substantiated)|had\s+not\s+breached|did\s+not\s+breach|no\s+breach)\b|\b(no\s+case\s+to\s+answer)\b|\b(practice\s+requiring\s+improvement)\b|\b(gross\s+misconduct)\b|\b(misconduct)\b(?!\s+(?:hearings?|meetings?|panels?|proceedings|caution|allegations?|regulations|notice|outcomes?|process|case|regime))/i;
const FINDING_BY_GROUP: readonly Finding[] = ['not_proven', 'no_case_to_answer', 'practice_requiring_improvement', 'gross_misconduct', 'misconduct'];
/** A breach found without its severity ("Proven (admitted)", "breached the standard"). */
const WEAK_PROVEN = /\b(?:proven|proved|breached|admitted|found\s+(?:a\s+)?breach(?:es)?)\b/i;
/** The sentence states an allegation, not a finding (a notice addressed to the officer says "you"). */
const ALLEGED = /\b(?:you|alleged|alleging|allegations? (?:is|are|was|were) that|would amount|if prove[nd]|will face|to face)\b/i;
/** Only connectors between two mentions: they share one finding ("A, B and C amounted to ..."). */
const CONNECTOR = /^[\s,;:"“”'‘’()•\-–]*(?:(?:and|or|&)\b)?[\s,"“”'‘’]*(?:the\s+standards?\s+of\s+)?$/i;
/** The end of the clause a finding can sit in. */
const CLAUSE_END = /[.;]\s|\n\s*\n/;
/** The overall severity the panel found, for breaches stated without one. */
const DOC_GROSS = /\b(?:found|guilty of|committed|amounted to|amounting to|finding of)\s+(?:\w+\s+){0,3}?gross\s+misconduct\b/i;
const DOC_MISCONDUCT = /\b(?:found|guilty of|committed|amounted to|amounting to|finding of)\s+(?:\w+\s+){0,3}?misconduct\b/i;
/** A later sentence giving the severity: the verdict verb and what follows it up to the full stop. */
const LATER_VERDICT = /\b(?:determined|assessed|found|concluded|amounted|amounting)\b[^.]{0,80}/i;
/** Conditional or general statements about the law, not findings in this case. */
const CONDITIONAL = /\b(?:[Ii]f|[Ww]hether|would|could|may|might|will be guilty)\b/;
/** "The panel found the allegations proven": every allegation without its own finding takes the overall one. */
const ALL_PROVEN = /\bfound\s+(?:all\s+|both\s+|each\s+of\s+)?(?:the\s+)?allegations\s+(?:(?:to\s+be|were|had\s+been)\s+)?(?:proven|proved|made\s+out)\b/i;
/** "Allegation 3 is not proven": findings given by allegation number. */
const NUMBERED_NOT_PROVEN = /\bAllegations?\s+(\d+)(?:\s+(?:and|&)\s+(\d+))?\s+(?:is|are|was|were)\s+(?:found\s+)?not\s+(?:proven|proved)/gi;
/** "Allegation 2." heading that the Standards after it belong to. */
const ALLEGATION_HEADING = /\bAllegation\s+(\d+)\s*[.:]/g;
/** Dishonesty is the Honesty and Integrity allegation in prose. */
const DISHONESTY_NOT_PROVEN = /\b(?:allegation|charge) of dishonesty\b[^.]{0,40}?\bnot\s+(?:proven|proved)|\bdishonesty\s+(?:was\s+)?not\s+(?:proven|proved)/gi;

/** How close before a Standard a review must name the officer. */
const NEAR_OFFICER = 600;

interface Group {
  mentions: StandardMention[];
  start: number;
  end: number;
}

function groups(text: string, ms: StandardMention[]): Group[] {
  const out: Group[] = [];
  for (const m of ms) {
    const g = out[out.length - 1];
    if (g && m.start - g.end < 40 && CONNECTOR.test(text.slice(g.end, m.start))) {
      g.mentions.push(m);
      g.end = m.end;
    } else out.push({ mentions: [m], start: m.start, end: m.end });
  }
  return out;
}

/** Words glued by PDF extraction ("FindingGross Misconduct") get their space back. */
const GLUED = /([a-z])([A-Z])/g;

function strongMatch(window: string): { finding: Finding; index: number } | null {
  const m = FINDING_WORDS.exec(window.replace(GLUED, '$1 $2'));
  if (!m) return null;
  const finding = FINDING_BY_GROUP[m.slice(1).findIndex((x) => x !== undefined)];
  return finding ? { finding, index: m.index } : null;
}

function strong(window: string): Finding | null {
  return strongMatch(window)?.finding ?? null;
}

/** Words that make what follows them an allegation or a hypothesis rather than a finding. */
function hedged(s: string): boolean {
  return ALLEGED.test(s) || CONDITIONAL.test(s);
}

/** The finding for one group of mentions; 'weak' when a breach is found without a severity. */
function findingFor(text: string, g: Group, nextStart: number): Finding | 'weak' | null {
  const sStart = sentenceStart(text, g.start);
  const tail = text.slice(g.end, Math.min(nextStart, g.end + 300));
  const clauseEnd = tail.search(CLAUSE_END);
  const forward = clauseEnd < 0 ? tail : tail.slice(0, clauseEnd);
  const backward = text.slice(sStart, g.start);
  if (hedged(backward)) return null;
  // The finding after the mention counts if nothing hedges it on the way; else one just before it.
  const ahead = strongMatch(forward);
  if (ahead && !hedged(forward.slice(0, ahead.index))) return ahead.finding;
  const behind = strong(backward);
  if (behind) return behind;
  if (hedged(forward)) return null;
  // The severity can follow a sentence or two later ("... breached X. The Panel determined that it amounted to gross misconduct").
  const next = text.slice(g.end + Math.max(0, clauseEnd), Math.min(nextStart, g.end + 450));
  const verdict = LATER_VERDICT.exec(next);
  const later = verdict ? strong(verdict[0]) : null;
  if (later) return later;
  return WEAK_PROVEN.test(backward) || WEAK_PROVEN.test(forward) ? 'weak' : null;
}

/** Standards each numbered allegation names, so "Allegation 3 is not proven" reaches them. */
function numberedFindings(text: string, ms: StandardMention[]): Map<number, Finding> {
  const headings = [...text.matchAll(ALLEGATION_HEADING)].map((m) => ({ n: Number(m[1]), at: m.index ?? 0 }));
  const numberOf = new Map<number, number>();
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const h = headings.filter((x) => x.at < m.start && m.start - x.at < 600).pop();
    const statement = text.slice(sentenceStart(text, m.start), m.start);
    if (h && ALLEGED.test(statement)) numberOf.set(i, h.n);
  }
  const notProven = new Set<number>();
  for (const m of text.matchAll(NUMBERED_NOT_PROVEN)) for (const g of [m[1], m[2]]) if (g) notProven.add(Number(g));
  const out = new Map<number, Finding>();
  for (const [i, n] of numberOf) if (notProven.has(n)) out.set(i, 'not_proven');
  return out;
}

/**
 * Allegations per officer and Standard, each with the panel's finding (null for notices and
 * whenever the text gives none). Officers: the first named in the text since the previous
 * allegation (so "PC B did not challenge PS A's ..." goes to PC B), else the previous allegation's.
 */
export function extractAllegations(
  doc: DocText,
  kind: DocumentKind,
  officerKeys: readonly string[],
  mentions: readonly OfficerMention[],
): AllegationFact[] {
  if (!officerKeys.length) return [];
  const text = doc.text;
  const ms = findStandardMentions(doc);
  const gs = groups(text, ms);
  const decided = kind !== 'hearing_notice';
  const docDefault: Finding | null = DOC_GROSS.test(text) ? 'gross_misconduct' : DOC_MISCONDUCT.test(text) ? 'misconduct' : null;
  const numbered = decided ? numberedFindings(text, ms) : new Map<number, Finding>();
  const best = new Map<string, AllegationFact & { weak: boolean }>();
  let prevOfficer: string | null = null;
  let prevEnd = 0;
  let mi = 0;
  for (let gi = 0; gi < gs.length; gi++) {
    const g = gs[gi]!;
    const from = Math.max(prevEnd, g.start - 1500);
    // The officer a record or heading introduces since the last allegation, else the first one named.
    const since = mentions.filter((m) => m.start >= from && m.start < g.start);
    const fields = since.filter((m) => m.field);
    const lastField = fields[fields.length - 1];
    // A field line can list several officers ("Officers: DI A and PC B"): its first one leads.
    const first = lastField ? fields.find((m) => !text.slice(m.start, lastField.start).includes('\n')) : since[0];
    // Reviews quote Standards in statistics; only those next to a named officer are allegations.
    if (kind === 'review' && !mentions.some((m) => m.start < g.start && g.start - m.start <= NEAR_OFFICER)) {
      mi += g.mentions.length;
      continue;
    }
    const officer: string = first?.key ?? prevOfficer ?? officerBefore(mentions, g.start) ?? officerKeys[0]!;
    prevOfficer = officer;
    prevEnd = g.end;
    const f = decided ? findingFor(text, g, gs[gi + 1]?.start ?? text.length) : null;
    for (const m of g.mentions) {
      const byNumber = numbered.get(mi++);
      const finding = byNumber ?? (f === 'weak' ? docDefault : f);
      const k = officer + '|' + m.standard;
      const prev = best.get(k);
      const weak = f === 'weak' && !byNumber;
      if (!prev || (prev.finding === null && finding !== null) || (prev.weak && finding !== null && !weak)) {
        best.set(k, { officerKey: officer, standard: m.standard, finding, source: doc.span(m.start, m.end), weak });
      }
    }
  }
  if (decided) applyDishonesty(text, best, mentions);
  if (decided && docDefault && ALL_PROVEN.test(text)) for (const a of best.values()) a.finding ??= docDefault;
  return [...best.values()].map(({ weak: _w, ...a }) => a);
}

function applyDishonesty(text: string, best: Map<string, AllegationFact & { weak: boolean }>, mentions: readonly { key: string; start: number }[]): void {
  for (const m of text.matchAll(DISHONESTY_NOT_PROVEN)) {
    const officer = officerBefore(mentions, m.index ?? 0);
    for (const a of best.values()) {
      if (a.standard === 'Honesty and Integrity' && (officer === null || a.officerKey === officer) && a.finding === null) a.finding = 'not_proven';
    }
  }
}
