import type { AllegationFact } from '../../src/domain/extraction.js';
import type { DocumentKind, Finding } from '../../src/domain/vocabulary.js';
import { markerOf } from '../model/blocks.js';
import { cellUnder, modelOf, rowAt, type DocModel } from '../model/index.js';
import type { DocText } from '../text.js';
import { ALLEGED, REFERRED_AT, strong, strongMatch } from './findingWords.js';
import { numberedFindings, restatedMentions } from './numberedFindings.js';
import { describedFindings } from './describedFindings.js';
import { officerInRow, officerInSection, officerReportedOn } from './attach.js';
import { officerBefore, type OfficerMention } from './officers.js';
import { allegationLeadIn, findStandardMentions, sentenceStart, type StandardMention } from './standards.js';

/** A breach found without its severity ("Proven (admitted)", "breached the standard"). */
const WEAK_PROVEN = /\b(?:proven|proved|breached|admitted|found\s+(?:a\s+)?breach(?:es)?|found\s+guilty)\b/i;
/** Only connectors between two mentions: they share one finding ("A, B and C amounted to ...", "on X and on Y not proven", "X, together with Y - gross misconduct"). */
const CONNECTOR = /^[\s,;:"“”'‘’()•\-–]*(?:(?:and|or|&|together\s+with|along\s+with|as\s+well\s+as)\b)?[\s,"“”'‘’]*(?:(?:on|of|for)\s+)?(?:the\s+standards?\s+of\s+)?$/i;
/** The end of the clause a finding can sit in; "proven; gross misconduct" goes on to say how serious, "proven; the panel ..." does not. */
const CLAUSE_END = /\.\s|(?<!\b(?:proven|proved));\s|;\s(?!(?:gross\s+)?misconduct\b)|\n\s*\n/;
/** The overall severity the panel found, for breaches stated without one. */
const DOC_GROSS =
  /\b(?:found|guilty of|committed|amounted to|amounting to|amounts to|so serious as to amount to|finding of|(?:dismissed|sacked)\s+(?:\w+\s+){0,3}?for)\s+(?:\w+\s+){0,3}?gross\s+misconduct\b/gi;
const DOC_MISCONDUCT = /\b(?:found|guilty of|committed|amounted to|amounting to|finding of)\s+(?:\w+\s+){0,3}?misconduct\b/gi;
/** "The panel did not find that it amounted to gross misconduct": a severity denied, not found. */
const DENIED_BEFORE = /\b(?:not|no|never|nor)\b[^.;,]*$/i;

/** Whether the text states the severity `re` finds, other than in a clause denying it. */
function severityStated(text: string, re: RegExp): boolean {
  for (const m of text.matchAll(re)) if (!DENIED_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0))) return true;
  return false;
}
/**
 * A later sentence giving the severity: the verdict verb (in the present tense too, as a chair reads
 * a decision out: "we find it amounts to misconduct"), a denial before it, and what follows it up to
 * the full stop.
 */
const LATER_VERDICT = /\b(?:(?:do|does|did)\s+not\s+)?(?:determined|assessed|found|finds?|concluded|recorded|amounted|amounting)\b[^.]{0,80}/i;
/** Conditional or general statements about the law, not findings in this case. */
const CONDITIONAL = /\b(?:[Ii]f|[Ww]hether|would|could|may|might|will be guilty)\b/;
/** "The panel found that neither allegation was proven": every allegation without a finding is not proven. */
const NONE_PROVEN =
  /\b(?:neither|none\s+of\s+the)\s+allegations?\s+(?:was|were|is|are|had\s+been)\s+(?:found\s+)?(?:proven|proved|made\s+out|upheld)\b|\b(?:the|both|all\s+the)\s+allegations\s+(?:were|are|had\s+been)\s+(?:all\s+)?not\s+(?:proven|proved|made\s+out|upheld)\b|\bfound\s+(?:the|both|all(?:\s+the)?)\s+allegations\s+(?:to\s+be\s+)?not\s+(?:proven|proved|made\s+out|upheld)\b/i;
/**
 * "The panel found the allegations proven", "found the case proved on all three allegations": every
 * allegation without its own finding takes the overall one.
 */
const ALL_PROVEN =
  /\bfound\s+(?:all\s+|both\s+|each\s+of\s+)?(?:the\s+)?allegations\s+(?:(?:to\s+be|were|had\s+been)\s+)?(?:proven|proved|made\s+out)\b|\bfound\s+the\s+case\s+(?:proven|proved|made\s+out)\s+(?:on|against\s+\w+\s+on)\s+(?:all|both|each)\b/i;
/**
 * One severity stated for every Standard at once ("found that the conduct amounted to gross misconduct
 * in respect of all three Standards"): each allegation still without a finding takes it.
 */
const EVERY_STANDARD_VERDICT =
  /\b(?:found|determined|concluded|decided)\b[^.]{0,80}?\bmisconduct\b[^.]{0,40}?\b(?:in\s+respect\s+of|on|for)\s+(?:all|each|both)(?:\s+of)?(?:\s+the)?(?:\s+(?:two|three|four|five|six))?\s+(?:standards|allegations|breaches)\b/i;
/**
 * Statements that give one finding to every allegation at once, in the order they are tried: each
 * allegation still without its own finding takes the first that yields one. The finding is fixed
 * ("neither allegation was proven"), the severity the document states for its proven allegations
 * ("found the allegations proven", with "gross misconduct" said elsewhere), or the severity the
 * statement itself gives ("gross misconduct in respect of all three Standards").
 */
const BLANKET_VERDICTS: readonly { re: RegExp; finding: 'not_proven' | 'document' | 'stated' }[] = [
  { re: NONE_PROVEN, finding: 'not_proven' },
  { re: ALL_PROVEN, finding: 'document' },
  { re: EVERY_STANDARD_VERDICT, finding: 'stated' },
];

/** The finding the first blanket statement in `text` gives every allegation, or null. */
function blanketVerdict(text: string, docDefault: Finding | null): Finding | null {
  for (const v of BLANKET_VERDICTS) {
    const m = v.re.exec(text);
    if (!m) continue;
    const f = v.finding === 'not_proven' ? 'not_proven' : v.finding === 'document' ? docDefault : strong(m[0]);
    if (f) return f;
  }
  return null;
}
/** The next sentence gives one severity to every breach before it ("It found each breach to amount to misconduct", "Taken together the breaches were so serious as to amount to ..."). */
const EACH_VERDICT = /^\s*[^.]{0,80}?\b(?:each|both|all|together|(?:the|these|those)\s+breaches)\b[^.]{0,40}?\bamount(?:ed|ing|s)?\s+to\b[^.]{0,40}/i;
/**
 * Two officers joined as the subject of one allegation ("Officer C1 and Officer C2 used excessive
 * force", "PS Hale and PC Nye failed to"): only connectors and capitalised rank or first-name words
 * between one mention and the next.
 */
const JOINED = /^\s*(?:,|and|&)\s*(?:[A-Z][A-Za-z.]*\s+){0,3}$/;
/** A sentence end between two points: joined subjects share the allegation's sentence. */
const SENTENCE_END = /[.;!?]\s/;
/** Dishonesty is the Honesty and Integrity allegation in prose. */
const DISHONESTY_NOT_PROVEN = /\b(?:allegation|charge) of dishonesty\b[^.]{0,40}?\bnot\s+(?:proven|proved)|\bdishonesty\s+(?:was\s+)?not\s+(?:proven|proved)/gi;

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

/**
 * An aside between commas ("..., because of remarks he was said to have made, was found not proven"):
 * what it says was alleged does not hedge the verdict the main clause goes on to give.
 */
const ASIDE = /,[^,]{1,120},/g;

/** Words that make what follows them an allegation or a hypothesis rather than a finding. */
function hedged(s: string): boolean {
  return ALLEGED.test(s) || CONDITIONAL.test(s);
}

/**
 * The severity a sentence gives its whole subject after listing the breaches ("..., and that his
 * conduct was gross misconduct"): it covers every Standard the sentence names.
 */
const SENTENCE_VERDICT =
  /\b(?:(?:his|her|their|this|that|the(?:\s+officer['’]s)?)\s+(?:conduct|behaviour|actions?)|this|it|they)\s+(?:was|were|amounted\s+to|constituted)\s+(?:gross\s+)?misconduct\b/i;

/**
 * "PCSO X was alleged to have ... (Orders and Instructions). The allegation was found proven as
 * misconduct.": an allegation's own sentence states it; the next sentence of the same paragraph gives
 * its finding, unless that sentence names another Standard or hedges in turn.
 */
function verdictInNextSentence(model: DocModel, g: Group, nextStart: number, referred: Finding | null): Finding | null {
  const i = model.sentences.findIndex((s) => s.start <= g.start && g.start < s.end);
  const next = i < 0 ? undefined : model.sentences[i + 1];
  if (!next || next.start >= nextStart || nextStart < next.end) return null;
  const words = model.text.slice(next.start, next.end);
  if (hedged(words) || !WEAK_PROVEN.test(words)) return null;
  const found = strong(words);
  if (found) return found;
  // "Determination: Proven. The chair was satisfied that ... This breach amounted to misconduct.": a
  // bare "proven" opens the verdict and its severity follows, before the next allegation.
  const rest = model.text.slice(next.end, Math.min(nextStart, next.end + VERDICT_REACH));
  const head = rest.search(NEXT_ALLEGATION_HEAD);
  const window = head < 0 ? rest : rest.slice(0, head);
  const later = strongMatch(window);
  // What was found proven has a severity; "not proven" or "no case to answer" later is another allegation's.
  if (later && SEVERITIES.has(later.finding) && !hedged(window.slice(0, later.index))) return later.finding;
  // Found proven at the level it was sent on at ("a case to answer for misconduct ... found proved").
  return referred;
}
/** The findings that say how serious a proven breach was (not "not proven", not "no case to answer"). */
const SEVERITIES: ReadonlySet<Finding> = new Set(['gross_misconduct', 'misconduct', 'practice_requiring_improvement']);
/** The level the sentence says the case was sent on at, or null. */
function referredLevel(s: string): Finding | null {
  const m = REFERRED_AT.exec(s);
  return m ? (m[1] ? 'gross_misconduct' : 'misconduct') : null;
}
/** How far after a bare "proven" its severity may be given. */
const VERDICT_REACH = 400;
/** The next allegation's heading line ("Allegation 2"): a verdict below it is that allegation's. */
const NEXT_ALLEGATION_HEAD = /\n[ \t]*Allegations?\s+(?:\d{1,2}|\(?[a-h]\))(?![\w)])/;

/** The finding for one group of mentions; 'weak' when a breach is found without a severity. */
function findingFor(model: DocModel, g: Group, nextStart: number): Finding | 'weak' | null {
  const text = model.text;
  const sStart = sentenceStart(text, g.start);
  const tail = text.slice(g.end, Math.min(nextStart, g.end + 300));
  const clauseEnd = tail.search(CLAUSE_END);
  const forward = clauseEnd < 0 ? tail : tail.slice(0, clauseEnd);
  const backward = text.slice(sStart, g.start);
  if (hedged(backward)) return ALLEGED.test(backward) && !CONDITIONAL.test(backward) ? verdictInNextSentence(model, g, nextStart, referredLevel(backward)) : null;
  // The finding after the mention counts if nothing hedges it on the way; else one just before it.
  const ahead = strongMatch(forward);
  if (ahead && !hedged(forward.slice(0, ahead.index).replace(ASIDE, ' '))) return ahead.finding;
  const behind = strong(backward);
  if (behind) return behind;
  if (hedged(forward)) return null;
  // The severity can follow a sentence or two later ("... breached X. The Panel determined that it amounted to gross misconduct").
  const next = text.slice(g.end + Math.max(0, clauseEnd), Math.min(nextStart, g.end + 450));
  const verdict = LATER_VERDICT.exec(next);
  const later = verdict ? strong(verdict[0]) : null;
  if (later) return later;
  // "..., in breach of Use of Force, and ..., in breach of Duties and Responsibilities. It found
  // each breach to amount to misconduct": the verdict after the sentence covers every Standard in it.
  const sentenceEnd = text.slice(g.end, g.end + 450).search(CLAUSE_END);
  const each = sentenceEnd < 0 ? null : EACH_VERDICT.exec(text.slice(g.end + sentenceEnd + 1, g.end + sentenceEnd + 250));
  const shared = each ? strong(each[0]) : null;
  if (shared) return shared;
  if (!WEAK_PROVEN.test(backward) && !WEAK_PROVEN.test(forward)) return null;
  const sentence = model.sentenceAt(g.start);
  const closing = sentence ? SENTENCE_VERDICT.exec(text.slice(g.end, sentence.end)) : null;
  return closing ? strong(closing[0]) : 'weak';
}

/**
 * How directly a finding was read for one mention of a Standard. A later mention of the same Standard
 * whose own clause gives its severity ("The Confidentiality breach was misconduct only") outranks an
 * earlier one that took the first severity of a findings field naming several Standards.
 */
const STRENGTH = { none: 0, weak: 1, field: 2, own: 3 } as const;
type Ranked = AllegationFact & { strength: number };

/**
 * Allegations per officer and Standard, each with the panel's finding (null for notices and
 * whenever the text gives none). Officers: the first named in the text since the previous
 * allegation (so "PC B did not challenge PS A's ..." goes to PC B), else the previous allegation's.
 */
export function extractAllegations(doc: DocText, kind: DocumentKind, officerKeys: readonly string[], mentions: readonly OfficerMention[]): AllegationFact[] {
  if (!officerKeys.length) return [];
  const text = doc.text;
  const model = modelOf(doc);
  const ms = findStandardMentions(doc);
  const gs = groups(text, ms);
  const decided = kind !== 'hearing_notice';
  const docDefault: Finding | null = severityStated(text, DOC_GROSS) ? 'gross_misconduct' : severityStated(text, DOC_MISCONDUCT) ? 'misconduct' : null;
  const numbered = decided ? numberedFindings(text, ms, docDefault, kind) : new Map<number, Finding>();
  // The reasons under "Allegation 3" name its Standard again; the allegation and its owner were stated before.
  const restated = decided ? restatedMentions(text, ms) : new Set<number>();
  const best = new Map<string, Ranked>();
  let prevOfficers: string[] = [];
  let prevEnd = 0;
  let mi = 0;
  for (let gi = 0; gi < gs.length; gi++) {
    const g = gs[gi]!;
    // Officers named since the previous allegation, within this case's section of the page.
    const from = Math.max(prevEnd, model.sectionAt(g.start).start);
    // The officer a record or heading introduces since the last allegation, else the first one named.
    const since = mentions.filter((m) => m.start >= from && m.start < g.start);
    const fields = since.filter((m) => m.field);
    const lastField = fields[fields.length - 1];
    // A field line can list several officers ("Officers: DI A and PC B"): its first one leads.
    // A name in passing ("did not challenge PC Rourke's conduct") is not the one the allegation is about.
    const named = since.filter((m) => !m.passing);
    // The officer named in the allegation's own sentence is its subject, whoever was named before it.
    const sentence = model.sentenceAt(g.start);
    const inSentence = sentence ? named.filter((m) => m.start >= sentence.start) : [];
    const inRow = officerInRow(model, mentions, g.start);
    const rowMention = inRow ? mentions.find((m) => m.key === inRow) : undefined;
    // A sentence after the field lines alleging conduct of one officer ("Special Inspector Hale is alleged
    // to have ...") says whose allegation follows; the field lines listed every subject of the notice.
    const prose = lastField ? named.find((m) => m.start > lastField.start && !m.field && ALLEGES.test(sentenceOf(model, m.start))) : undefined;
    // Else the first officer named in the allegation's own paragraph: a sanction sentence about the
    // officer of the previous case ("Officer E was given a warning.") can sit between the two.
    const block = model.blockAt(g.start);
    const inBlock = block ? named.filter((m) => m.start >= block.start) : [];
    // "It is alleged that PC X:" over a list: X owns every item, though an item names another officer.
    const leadIn = allegationLeadIn(text, g.start);
    const ledBy = leadIn ? mentions.find((m) => !m.passing && m.start >= leadIn.start && m.start < leadIn.end) : undefined;
    const first =
      rowMention ??
      ledBy ??
      inSentence[0] ??
      prose ??
      // A review reports on the officer it named last (its case studies follow one another without headings).
      (lastField ? fields.find((m) => !text.slice(m.start, lastField.start).includes('\n')) : (inBlock[0] ?? (kind === 'review' ? named[named.length - 1] : named[0])));
    if (g.mentions.every((_, k) => restated.has(mi + k))) {
      mi += g.mentions.length;
      continue;
    }
    // Reviews quote Standards in statistics; only those next to a named officer are allegations.
    if (kind === 'review' && officerReportedOn(model, mentions, g.start) === null) {
      mi += g.mentions.length;
      continue;
    }
    const officer: string = first?.key ?? prevOfficers[0] ?? officerInSection(model, mentions, g.start) ?? officerKeys[0]!;
    // Officers joined as the subject of the allegation's own sentence ("Officer C1 and Officer C2
    // used ...") outrank a field line that listed every subject of the notice.
    const opener = named.find((m) => m.start >= sentenceStart(text, g.start));
    const joint = opener ? jointWith(text, opener, named, g.start) : [];
    const headed = inRow ? [] : headingOwners(text, mentions, g.start);
    const owners = headed.length ? headed : joint.length && opener ? [opener.key, ...joint] : first ? [officer] : prevOfficers.length ? prevOfficers : [officer];
    prevOfficers = owners;
    prevEnd = g.end;

    const next = gs[gi + 1]?.start ?? text.length;
    const cells = decided ? g.mentions.map((m) => findingInRow(model, g.start, m.standard, ms)) : [];
    const cell = cells.find((c) => c !== null) ?? null;
    const f = cell ?? (decided ? (inlineFinding(model, g, next) ?? findingFor(model, g, next)) : null);
    const topic = decided && f === null ? verdictInTopic(model, g, ms) : null;
    const structurals = g.mentions.map((m) => (decided && (f === null || f === 'weak') ? (findingByStructure(model, g.start, m.standard, ms) ?? topic) : null));
    const groupStart = mi;
    for (const m of g.mentions) {
      const index = mi++;
      if (restated.has(index)) continue;
      const byNumber = numbered.get(index);
      const direct = byNumber ?? cells[index - groupStart] ?? (f === null || f === 'weak' ? null : f);
      const structural = structurals[index - groupStart] ?? null;
      const finding = direct ?? structural ?? (f === 'weak' ? docDefault : null);
      // A breach found without its severity ranks below a severity read for it, wherever that came from.
      const strength = direct ? STRENGTH.own : !finding ? STRENGTH.none : f === 'weak' ? STRENGTH.weak : STRENGTH.field;
      for (const owner of owners) {
        const k = owner + '|' + m.standard;
        const prev = best.get(k);
        if (!prev || strength > prev.strength) {
          best.set(k, { officerKey: owner, standard: m.standard, finding, source: doc.span(m.start, m.end), strength });
        }
      }
    }
  }
  if (decided) {
    // An allegation named by what it was about ("the allegation about the way she spoke to ...") takes the finding stated for it.
    const open = [...best.values()].filter((a) => a.finding === null);
    const at = (a: AllegationFact) => doc.offsetOf(a.source);
    const described = describedFindings(model, [...new Set(open.map(at))], docDefault);
    for (const a of open) a.finding = described.get(at(a)) ?? null;
  }
  if (decided) applyDishonesty(text, best, mentions);
  const blanket = decided ? blanketVerdict(text, docDefault) : null;
  if (blanket) for (const a of best.values()) a.finding ??= blanket;
  return [...best.values()].map(({ strength: _s, ...a }) => a);
}

/** A sentence that states an allegation against the officer it names. */
const ALLEGES = /\b(?:alleged|accused|said\s+to\s+have)\b/i;

function sentenceOf(model: DocModel, at: number): string {
  const s = model.sentenceAt(at);
  return s ? model.text.slice(s.start, s.end) : '';
}

/** An allegation's heading line ("Allegation 3 - against PC A and PC B", "Allegation 1 (PS C only): that ..."). */
const ALLEGATION_HEAD_LINE = /(?:^|\n)[ \t]*Allegations?\s+(?:\d{1,2}|\(?[a-h]\))(?![\w)])[^\n]*/g;
/** How far an allegation's block runs below its heading line. */
const HEAD_REACH = 1200;

/**
 * The officers an allegation's heading names as the ones it is against, for every Standard in its
 * block: only the heading's part before a colon, since what follows states the conduct ("that she
 * struck PC D ..."). Empty when the nearest heading names nobody.
 */
function headingOwners(text: string, mentions: readonly OfficerMention[], at: number): string[] {
  let head: { start: number; end: number } | null = null;
  for (const m of text.slice(Math.max(0, at - HEAD_REACH), at).matchAll(ALLEGATION_HEAD_LINE)) {
    const start = Math.max(0, at - HEAD_REACH) + (m.index ?? 0);
    const colon = m[0].indexOf(':');
    head = { start, end: start + (colon > 0 ? colon : m[0].length) };
  }
  if (!head) return [];
  const keys: string[] = [];
  for (const m of mentions) if (m.start >= head.start && m.start < head.end && !m.passing && !keys.includes(m.key)) keys.push(m.key);
  return keys;
}

/** Officers named right after `first`, joined to it, in the allegation's own sentence. */
function jointWith(text: string, first: OfficerMention, since: readonly OfficerMention[], at: number): string[] {
  if (SENTENCE_END.test(text.slice(first.start, at))) return [];
  const out: string[] = [];
  let prev = first;
  for (const m of since) {
    if (m.start <= prev.start) continue;
    if (!JOINED.test(text.slice(prev.end ?? prev.start, m.start))) break;
    if (m.key !== first.key && !out.includes(m.key)) out.push(m.key);
    prev = m;
  }
  return out;
}

function applyDishonesty(text: string, best: Map<string, Ranked>, mentions: readonly { key: string; start: number }[]): void {
  for (const m of text.matchAll(DISHONESTY_NOT_PROVEN)) {
    const officer = officerBefore(mentions, m.index ?? 0);
    for (const a of best.values()) {
      if (a.standard === 'Honesty and Integrity' && (officer === null || a.officerKey === officer) && a.finding === null) a.finding = 'not_proven';
    }
  }
}

/** A table column or field label that holds the panel's finding. */
const FINDING_LABEL = /\b(?:findings?|outcome|result|determination|decision|hearing outcome)\b/i;
/** A column that names the finding itself, preferred to a result or outcome column beside it. */
const FINDING_COLUMN = /\b(?:findings?|determination)\b/i;
/** How far a finding field's text runs when no later field ends it. */
const FIELD_REACH = 700;

/**
 * The finding tied to a Standard by a field: the finding field whose text holds the Standard
 * ("Finding: ... contrary to the Standard of X. This amounts to gross misconduct"), or the one that
 * follows it in its group. The table row's own finding cell is read first, by findingInRow.
 */
function findingByStructure(model: DocModel, at: number, standard: string, ms: readonly StandardMention[]): Finding | null {
  const fields = model.fields;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const reach = Math.min(fields[i + 1]?.start ?? model.text.length, f.start + FIELD_REACH);
    // The next allegation's heading ends the field's text too: what follows it is that allegation's.
    const head = model.text.slice(f.valueStart, reach).search(NEXT_ALLEGATION_HEAD);
    const end = head < 0 ? reach : f.valueStart + head;
    if (f.start <= at && at < end && FINDING_LABEL.test(f.label)) {
      const named = verdictNaming(model.text, f.valueStart, end, standard, ms);
      if (named) return named;
      const found = strongMatch(model.text.slice(f.valueStart, end));
      if (found && !hedged(model.text.slice(f.valueStart, f.valueStart + found.index))) return found.finding;
    }
  }
  return findingInFieldGroup(model, at, standard, ms);
}

/**
 * The verb of a panel's verdict, and the words after it up to the sentence's end; or a sentence
 * giving the allegation's result in the passive ("The allegation was not proven.").
 */
const VERDICT_VERB =
  /\b(?:found|determined|concluded|decided)\b([^]*)$|\b(?:the|this|that)\s+allegation\s+((?:was|is|has\s+been)\s+(?:found\s+)?(?:not\s+)?(?:proven|proved|made\s+out|upheld|substantiated)\b[^]*)$/i;

/**
 * "It was alleged that PC A: - struck ... (Use of Force); - ... (Honesty and Integrity)." then, in a
 * paragraph of its own under the same heading, "The panel found all three allegations proven and
 * that each amounted to gross misconduct.": a list of allegations takes the first verdict that
 * follows it before the next heading, unless a sentence on the way names another Standard.
 */
function verdictInTopic(model: DocModel, g: Group, ms: readonly StandardMention[]): Finding | null {
  const blocks = model.blocks;
  const own = blocks.findIndex((b) => b.start <= g.start && g.start < b.end);
  if (own < 0) return null;
  for (const [k, b] of blocks.slice(own).entries()) {
    if (k > 0 && b.heading) return null;
    const listItem = markerOf(model.text.slice(b.start, b.end)) !== null;
    for (const sentence of model.sentencesOf(b)) {
      if (sentence.start <= g.start) continue;
      if (ms.some((m) => m.start >= sentence.start && m.start < sentence.end)) {
        // The list's other items name their own Standards; any other sentence naming one is another allegation.
        if (listItem) continue;
        return null;
      }
      const words = model.text.slice(sentence.start, sentence.end);
      const verdict = VERDICT_VERB.exec(words);
      if (!verdict || hedged(words.slice(0, verdict.index))) continue;
      const rest = verdict[1] ?? verdict[2] ?? '';
      const found = strongMatch(rest);
      if (found && !hedged(rest.slice(0, found.index))) return found.finding;
    }
  }
  return null;
}

/** A "Finding:" label written in the allegation's own paragraph, after its Standard. */
const INLINE_FINDING = /\bFindings?\s*[:–-]\s*/i;

/** "Allegation 2: Confidentiality - ... Finding: Proven. Misconduct.": the label's words, up to the next allegation. */
function inlineFinding(model: DocModel, g: Group, nextStart: number): Finding | null {
  const block = model.blockAt(g.start);
  if (!block) return null;
  const after = model.text.slice(g.end, Math.min(block.end, nextStart));
  const label = INLINE_FINDING.exec(after);
  if (!label) return null;
  const value = after.slice(label.index + label[0].length, label.index + label[0].length + 200);
  const found = strongMatch(value);
  return found && !hedged(value.slice(0, found.index)) ? found.finding : null;
}

/**
 * The finding cell of the table row holding `at`: the row's own verdict outranks any words near the
 * Standard, and the cell's sentence naming the Standard outranks the rest of the cell.
 */
function findingInRow(model: DocModel, at: number, standard: string, ms: readonly StandardMention[]): Finding | null {
  const hit = rowAt(model.tables, at);
  const cell = hit ? cellUnder(hit.table, hit.row, [FINDING_COLUMN, FINDING_LABEL]) : null;
  return cell ? (verdictNaming(model.text, cell.start, cell.end, standard, ms) ?? strong(cell.text)) : null;
}

/** A full stop ending a sentence inside a cell or field. */
const SENTENCE_STOP = /\.\s/;

/**
 * A verdict that names the Standards it covers ("E and F amounted to gross misconduct. The breach of
 * G ... amounted to misconduct."): the severity the sentence naming `standard` gives after naming it,
 * else the one it gives before. Null when no mention of it lies in the span.
 */
function verdictNaming(text: string, start: number, end: number, standard: string, ms: readonly StandardMention[]): Finding | null {
  const named = ms.find((m) => m.standard === standard && m.start >= start && m.end <= end);
  if (!named) return null;
  const before = text.slice(start, named.start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  const after = text.slice(named.end, end).search(SENTENCE_STOP);
  const close = after < 0 ? end : named.end + after;
  return strongMatch(text.slice(named.end, close))?.finding ?? strong(text.slice(stop < 0 ? start : start + stop + 1, close));
}

/** A field naming the allegations or Standards: the next one starts another allegation's group. */
const ALLEGATION_LABEL = /\b(?:allegations?|standards?|breach(?:es)?|breached)\b/;

/**
 * A Standard listed in a field ("Standards: Fitness for Work; Discreditable Conduct.") takes the
 * finding field that follows it in the same section ("Finding: gross misconduct proven."), until a
 * field starts another allegation.
 */
function findingInFieldGroup(model: DocModel, at: number, standard: string, ms: readonly StandardMention[]): Finding | null {
  const fields = model.fields;
  const own = fields.findIndex((f) => f.valueStart <= at && at < f.end);
  if (own < 0) return null;
  const section = model.sectionAt(at);
  for (const f of fields.slice(own + 1)) {
    if (f.start >= section.end) break;
    if (ALLEGATION_LABEL.test(f.label) && !FINDING_LABEL.test(f.label)) break;
    if (!FINDING_LABEL.test(f.label)) continue;
    const named = verdictNaming(model.text, f.valueStart, f.end, standard, ms);
    if (named) return named;
    const found = strongMatch(f.value);
    if (found && !hedged(f.value.slice(0, found.index))) return found.finding;
  }
  return null;
}
