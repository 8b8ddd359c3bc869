import type { OutcomeFact } from '../../src/domain/extraction.js';
import type { DocumentKind, OutcomeKind } from '../../src/domain/vocabulary.js';
import { cellUnder, modelOf, rowAt, type DocModel } from '../model/index.js';
import { OUTCOME_WORDINGS } from '../../src/domain/outcomeWordings.js';
import { tickedOption } from './checkboxes.js';
import type { DocText } from '../text.js';
import { officerInRow, officerInSection, officerReportedOn, paragraphReach } from './attach.js';
import { sentenceStart } from './standards.js';
import { inRanges, linkListRanges } from './linkLists.js';

/**
 * Every sanction wording (src/domain/outcomeWordings.ts) in one alternation, one group per row in
 * the list's order, so one pass finds them all and the earlier row wins at a position.
 */
const SANCTION = new RegExp(OUTCOME_WORDINGS.map((w) => `\\b(${w.source})${w.source.endsWith('\\s+') ? '' : '\\b'}`).join('|'), 'gi');
const OUTCOME_BY_GROUP: readonly OutcomeKind[] = OUTCOME_WORDINGS.map((w) => w.outcome);
/** The groups of the bare rows ("dismissed", "sacked", "demoted"), which count only after a passive verb. */
const BARE_GROUPS = new Set(OUTCOME_WORDINGS.flatMap((w, i) => (w.bare ? [i] : [])));
/**
 * Words saying the sanction was only possible, asked for, refused, weighed or rejected ("gave reasons
 * for rejecting a final written warning", "the outcomes open to us were ..."), or was an earlier one
 * ("already subject to a final written warning").
 */
const NOT_IMPOSED =
  /\b(?:would|could|may|might|possible|available|open\s+to|whether|if|asks?|asked|seeks?|sought|submi(?:tted|ssion)|argued|contend(?:s|ed)?|invited|declined?|reject(?:s|ed|ing)?|not|rather than|short of|instead of|range|include|includes|consider(?:ed)?|lesser|already|previous(?:ly)?|existing|earlier|prior)\b/i;
/** The outcomes a panel could choose from, not the one it chose. */
const OPTIONS = /\boutcomes?\s+(?:[\w-]+\s+){0,2}?(?:available|open\s+to)\b|\boptions?\s+(?:available|open\s+to)\b/i;
/** The passive "... was extended" form of an extension, and the active "extended her ... warning". */
const EXTENDED_VERB = /extended$/i;
const EXTENDS_VERB = /^extend/i;
/** Words saying a sanction was imposed, or that the officer is to go through it ("will take part in the reflective practice review process"). */
const IMPOSED =
  /\b(?:given|gave|imposed?|imposing|receive[ds]?|issued|handed|awarded|referred|outcome(?:\s+(?:is|was|of))?|sanction|decided|determined|ordered|decision to impose|substitute[ds]?|dealt with|(?:is|was|will be|has been|be) (?:placed|added|included|entered|put))\b|\bOutcome\b|\b(?:will|must|is to|was to)\s+(?:take\s+part\s+in|undergo|complete|participate\s+in)\b/i;
/**
 * A list entry placed, added or included on a list for this officer, not officers in general; a name
 * "passed on for inclusion" is listed, one that "goes on" or "will appear on" the barred list too, and an appeal's decision
 * says the entry "remains" (the listing stands).
 */
const LISTED =
  /\b(?:added|included|inclusion|placed|entered|put|passed|sent|forwarded|referred|remains|remained|stays|go(?:es|ing)?\s+on|appears?\s+on|will\s+appear\s+on)\b/i;
const GENERIC_SUBJECT = /\b(?:an officer who|officers who|any officer|if)\b/i;
/**
 * A page's general rule about what follows a sanction ("Where an officer has been dismissed, their
 * details go to the College", "kept online except where the officer was dismissed"): it speaks of
 * any officer, so it gives nobody a sanction.
 */
const GENERIC_CONDITION =
  /\b(?:(?:where|when|whenever|if|once)\s+(?:an?|any)|except\s+(?:where|when|if)\s+(?:the|an?|any))\s+(?:former\s+)?(?:police\s+)?(?:officer|constable|member\s+of\s+(?:police\s+)?staff)\b/i;
/**
 * A decision reported with its verb in the future of the past ("the panel said PC X would be dismissed
 * without notice", "announced that she would be reduced in rank"): the decision was made, so "would" is
 * no hedge here.
 */
const REPORTED_DECISION = /\b(?:said|announced|decided|ruled|confirmed|directed|ordered|determined)\b[^.;]{0,80}\bwould\s+be\s+$/i;
/** "no sanction was imposed", "no further disciplinary action was taken": the wording states the event itself. */
const STATES_NONE = /(?:imposed|taken)$/i;
/**
 * The list's keeper told to list this officer ("The College of Policing will be asked to include him
 * on the barred list", "His details will be sent to the College of Policing for entry on the barred
 * list"): the listing follows from the outcome, though "asked" would otherwise read as a hedge.
 */
const KEEPER_TOLD =
  /\bCollege\s+of\s+Policing\s+(?:will|has|have|is|was)\s+(?:be(?:en)?\s+)?(?:asked|notified|informed|told|directed)\s+to\s+(?:include|add|place|enter|put)\s+(?:him|her|them|the\s+(?:former\s+)?officer)\b|\b(?:details|name)\s+(?:will\s+be|has\s+been|have\s+been|was|were)\s+(?:sent|passed|referred|forwarded|given)\s+to\s+the\s+College\s+of\s+Policing\s+for\s+(?:entry|inclusion)\b/i;
/** Singular past or passive verb right before a bare "dismissed"/"sacked" ("officers were dismissed" is a statistic). */
const PASSIVE_BEFORE = /\b(?:was|has been|had been|be)\s+$/i;
/** A bare "dismissed" about an appeal or claim, not a person. */
const PROCEDURE_DISMISSED = /\b(?:appeal|claim|application|case|charge|complaint|allegation|grounds?)\b/i;
/** "No further action was taken": the imposing words follow. */
const TAKEN_AFTER = /^\s+(?:was|will be|has been)\s+taken\b/i;
/** The verb form of a dismissal, demotion or requirement ("dismissed without notice", "demoted to", "required to resign"), which reports an event. */
const VERB_FORM = /^(?:dismissed|sacked|demoted|reduced|required)/i;
/** Outcomes whose verb form ("was dismissed with notice", "was required to resign") states the event itself. */
const VERB_FORM_OUTCOMES: ReadonlySet<OutcomeKind> = new Set(['dismissed_without_notice', 'dismissed_with_notice', 'reduction_in_rank', 'required_to_resign']);
/**
 * Text right after saying the sanction was not imposed ("A written warning was not imposed") or
 * was weighed and found wanting ("why a final written warning would not suffice", "... would be
 * insufficient"): a judgment reviewing a panel's reasons names sanctions it never imposed.
 */
const NOT_AFTER = /^[^.;]{0,25}\b(?:(?:was|were|is|would|could|should|might|did)\s+not|would\s+(?:be\s+)?(?:insufficient|inadequate))\b/i;
/**
 * A table row flattened to text ("Trent | PC | ... | Proven - misconduct | Written warning") whose
 * header names an outcome column: a sanction in such a row is the one imposed, though no verb says so.
 */
const TABLE_ROW = /\|/;
const OUTCOME_COLUMN_HEADER = /(?:^|\n)[^\n]*\|[^\n]*\b(?:Outcome|Sanction|Result)s?\b[^\n]*(?=\n)/gi;
/** How far above a row its table's header may be. */
const TABLE_SPAN = 1500;

/**
 * Sanctions actually imposed, per officer. A notice's list of possible outcomes is never an outcome,
 * so notices give none; elsewhere a sanction needs an imposing word before it in its clause (or the
 * "dismissed without notice" verb itself) and no hedging word between.
 */
export function extractOutcomes(
  doc: DocText,
  kind: DocumentKind,
  officerKeys: readonly string[],
  allMentions: readonly { key: string; start: number; end?: number; passing?: boolean }[],
): OutcomeFact[] {
  if (kind === 'hearing_notice' || !officerKeys.length) return [];
  const text = doc.text;
  const model = modelOf(doc);
  // A name or sanction in another story's headline under "Related pages" or "Most read" is that story's, not this page's.
  const links = linkListRanges(text);
  const onPage = allMentions.filter((m) => !inRanges(links, m.start));
  const keys = officerKeys.filter((k) => onPage.some((m) => m.key === k) || !allMentions.some((m) => m.key === k));
  // "She was given a written warning" after "at Inspector Pybus's direction": a name in passing is not the subject.
  const subjects = onPage.filter((m) => !m.passing);
  const mentions = subjects.length ? subjects : onPage;
  const out: OutcomeFact[] = [];
  const seen = new Set<string>();
  let last: { officer: string; end: number } | null = null;
  const headers = [...text.matchAll(OUTCOME_COLUMN_HEADER)].map((h) => (h.index ?? 0) + h[0].length);
  const flatHeaders = flatOutcomeHeaders(text);
  for (const m of text.matchAll(SANCTION)) {
    const gi = m.slice(1).findIndex((g) => g !== undefined);
    const outcome = OUTCOME_BY_GROUP[gi];
    if (!outcome) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const clause = text.slice(sentenceStart(text, start, 250), start);
    const inField = inOutcomeField(doc, start, end) || tickedOption(text, start);
    const listed = officerOfOutcomeLine(model, mentions, start, end);
    if (
      !inField &&
      !listed &&
      !imposed(gi, m[0], clause, text.slice(end, end + 40)) &&
      !inOutcomeColumn(model, start, end, headers) &&
      !inFlatOutcomeColumn(text, start, end, flatHeaders)
    )
      continue;
    if (inRanges(links, start)) continue;
    // A sanction right after another one ("... dismissed. His name was placed on the barred list") is the same officer's.
    // Officers joined as the subject of the sanction's own sentence ("PC A and PS B were dismissed") share it.
    if (aboutUnnamedOfficer(model, mentions, start)) continue;
    const joint = sentenceSubjects(doc, mentions, start);
    const reach = paragraphReach(model, start);
    const officer: string | null =
      listed ??
      officerInRow(model, mentions, start) ??
      joint[0] ??
      attribute(model, kind, mentions, start, keys) ??
      (last && last.end >= reach.start ? last.officer : null);
    if (!officer) continue;
    last = { officer, end };
    for (const who of joint.length ? joint : [officer]) {
      const k = who + '|' + outcome;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ officerKey: who, outcome, source: doc.span(start, end) });
    }
  }
  return out;
}

/**
 * An officer the text does not name, brought in as another subject ("A second officer, his sergeant
 * at the time, ...", "A sergeant who was on duty with him received management advice").
 */
const UNNAMED_OFFICER =
  /\b(?:a\s+(?:second|third|fourth|further|fellow)|another)\s+(?:police\s+)?(?:officer|constable|sergeant|inspector|detective)\b|\ban?\s+(?:police\s+)?(?:officer|constable|sergeant|inspector|detective)\s+(?:who|whom|that)\b/gi;

/**
 * A sanction in a paragraph that turns to an officer it does not name, with no named officer as a
 * subject between that officer's introduction and the sanction: it is the unnamed officer's, and the
 * graph has no one to give it to.
 */
function aboutUnnamedOfficer(model: DocModel, mentions: readonly { start: number }[], at: number): boolean {
  const block = model.blockAt(at);
  if (!block) return false;
  let intro = -1;
  for (const m of model.text.slice(block.start, at).matchAll(UNNAMED_OFFICER)) intro = block.start + (m.index ?? 0);
  if (intro < 0) return false;
  const between = mentions.filter((m) => m.start > intro && m.start < at);
  // The unnamed officer opens the sanction's own sentence: a name inside its relative clause ("A
  // sergeant who supervised PC X ... was given management advice") is not the sentence's subject,
  // though a name in apposition is its name ("A second officer, Sergeant Y, was given ...").
  const sentence = model.sentenceAt(at);
  if (sentence && intro >= sentence.start && SENTENCE_OPENING.test(model.text.slice(sentence.start, intro))) {
    return !between.some((m) => APPOSITION.test(model.text.slice(intro, m.start)));
  }
  return between.length === 0;
}
/** Nothing but space before the phrase (its article included): it opens the sentence. */
const SENTENCE_OPENING = /^\s*$/;
/** The unnamed phrase, a comma, then the name (its rank and first names maybe between): the name in apposition to it. */
const APPOSITION = /^[^,.;]{0,60},\s*(?:[A-Z][A-Za-z.'’-]*\s+){0,3}$/;

/** Only connectors and capitalised rank or first-name words between two joined subjects ("PC A and Police Sergeant Jo B"). */
const JOINED = /^\s*(?:,|and|&)\s*(?:[A-Z][A-Za-z.]*\s+){0,4}$/;

/**
 * The officers named as the subject of the sanction's sentence: its first mention before the
 * sanction and any joined to it. Empty when the sentence names nobody before the sanction.
 */
function sentenceSubjects(doc: DocText, mentions: readonly { key: string; start: number; end?: number }[], at: number): string[] {
  const sentence = modelOf(doc).sentenceAt(at);
  if (!sentence) return [];
  const inside = mentions.filter((m) => m.start >= sentence.start && m.start < at);
  const first = inside[0];
  if (!first) return [];
  const out = [first.key];
  let prev = first;
  for (const m of inside.slice(1)) {
    if (!JOINED.test(doc.text.slice(prev.end ?? prev.start, m.start))) break;
    if (!out.includes(m.key)) out.push(m.key);
    prev = m;
  }
  return out;
}

/**
 * The officer a sanction belongs to: the one named last before it in its case section. Reviews and
 * articles also quote statistics ("13 officers were dismissed"), which belong to no one officer.
 */
function attribute(model: DocModel, kind: DocumentKind, mentions: readonly { key: string; start: number }[], at: number, keys: readonly string[]): string | null {
  // A page of several cases: a case whose officer we did not find is nobody else's (the first officer's least of all).
  if (kind !== 'review' && kind !== 'other') return officerInSection(model, mentions, at) ?? (model.sections.length > 1 ? null : (keys[0] ?? null));
  return officerReportedOn(model, mentions, at);
}

function imposed(group: number, words: string, clause: string, after: string): boolean {
  if (NOT_AFTER.test(after)) return false;
  if (GENERIC_CONDITION.test(clause)) return false;
  const outcome = OUTCOME_BY_GROUP[group];
  if (outcome === 'barred_list' || outcome === 'advisory_list') {
    if (GENERIC_SUBJECT.test(clause)) return false;
    // A hedge counts in the listing's own clause: "decided that F would have been dismissed, and F was
    // added to the barred list" lists F.
    return KEEPER_TOLD.test(clause) || (LISTED.test(clause + ' ' + after) && !NOT_IMPOSED.test(clause.slice(clause.lastIndexOf(',') + 1)));
  }
  if (BARE_GROUPS.has(group)) return PASSIVE_BEFORE.test(clause) && !PROCEDURE_DISMISSED.test(clause) && !NOT_IMPOSED.test(clause);
  // "would" is the outcome's own word; only the options a panel had hedge it ("the only outcome available ... was a finding that ...").
  if (outcome === 'would_have_been_dismissed') return !OPTIONS.test(clause);
  // "The final written warning was extended" states the event itself, as does "extended her existing
  // final written warning" unless its own sub-clause hedges it.
  if (outcome === 'final_written_warning_extended' && EXTENDED_VERB.test(words)) return true;
  if (outcome === 'final_written_warning_extended' && EXTENDS_VERB.test(words))
    return !NOT_IMPOSED.test(clause.slice(Math.max(clause.lastIndexOf(',') + 1, clause.lastIndexOf(' and ') + 1)));
  if (outcome === 'no_further_action' && (TAKEN_AFTER.test(after) || STATES_NONE.test(words))) return true;
  if (VERB_FORM_OUTCOMES.has(outcome!) && VERB_FORM.test(words) && REPORTED_DECISION.test(clause)) return true;
  // The verb form states the event; the noun form ("dismissal without notice") needs a cue.
  if (VERB_FORM_OUTCOMES.has(outcome!) && VERB_FORM.test(words)) return !NOT_IMPOSED.test(clause.slice(clause.lastIndexOf(',') + 1));
  // Hedges count within the sub-clause holding the cue: "X argued that ..., after he was given a
  // final warning" still reports a warning given, "the submission was that I should substitute" does not.
  const cue = lastMatch(IMPOSED, clause);
  // "decided that dismissal was not required and gave her a final written warning": the hedge belongs to the clause before "and".
  const from = Math.max(clause.lastIndexOf(',', cue) + 1, clause.lastIndexOf(' and ', cue) + 1);
  return cue >= 0 && !NOT_IMPOSED.test(clause.slice(from));
}

/** A field that states what was imposed ("Outcome: Written warning", "Sanction", "Result"). */
const OUTCOME_FIELD = /^(?:outcomes?|sanctions?|results?|disciplinary outcome|outcome of (?:the )?hearing)$/;

/**
 * A sanction in the value of an outcome field is the one imposed, with no verb to say so; hedges
 * still count inside the value before it ("Outcome: would have been ..." is its own wording), within
 * the sanction's own sentence: "Outcome: He would have been dismissed. Barred list." lists him.
 */
function inOutcomeField(doc: DocText, start: number, end: number): boolean {
  const field = modelOf(doc).fields.find((f) => f.valueStart <= start && end <= f.end && OUTCOME_FIELD.test(f.label));
  if (!field) return false;
  const before = doc.text.slice(field.valueStart, start);
  const stop = before.search(LAST_FULL_STOP);
  const ownSentence = stop < 0 ? before : before.slice(stop + 1);
  return !NOT_IMPOSED.test(ownSentence) && !NOT_AFTER.test(doc.text.slice(end, end + 40));
}
/** The last full stop before a sanction, which opens the sanction's own sentence. */
const LAST_FULL_STOP = /\.\s+(?=[^.]*$)/;

/** A heading over lines that each give an officer and a sanction ("Outcomes" then "PC Roe - final written warning"). */
const OUTCOME_HEADING = /^\s*(?:outcomes?|sanctions?|results?)\b[^\n]{0,30}$/i;
/** Between the officer opening the line and the sanction: the rest of the name, then a dash or colon. */
const NAME_THEN_SEPARATOR = /^[^\n]{0,40}?[-–—:][ \t]*$/;

/**
 * The officer whose line under an outcomes heading gives the sanction ("PC Roe - final written
 * warning (two years)"), with nothing hedging it after; null elsewhere.
 */
function officerOfOutcomeLine(model: DocModel, mentions: readonly { key: string; start: number }[], start: number, end: number): string | null {
  const text = model.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const opener = mentions.find((m) => m.start >= lineStart && m.start < start && text.slice(lineStart, m.start).trim().length <= 2);
  if (!opener || !NAME_THEN_SEPARATOR.test(text.slice(opener.start, start)) || NOT_AFTER.test(text.slice(end, end + 40))) return null;
  // Short lines read as headings themselves; the list's heading is the last one naming no officer.
  let heading: string | null = null;
  for (const b of model.blocks) {
    if (b.start >= lineStart) break;
    if (b.heading && !mentions.some((m) => m.start >= b.start && m.start < b.end)) heading = text.slice(b.start, b.end);
  }
  return heading !== null && OUTCOME_HEADING.test(heading) ? opener.key : null;
}

/** A column that states what was imposed. */
const OUTCOME_COLUMN = /\b(?:outcomes?|sanctions?|results?)\b/i;

/** A sanction in a cell of a table row below a header with an outcome column, not negated after it. */
function inOutcomeColumn(model: DocModel, start: number, end: number, headers: readonly number[]): boolean {
  const text = model.text;
  const hit = rowAt(model.tables, start);
  const cell = hit ? cellUnder(hit.table, hit.row, OUTCOME_COLUMN) : null;
  if (cell && cell.start <= start && end <= cell.end) return !NOT_AFTER.test(text.slice(end, cell.end));
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!TABLE_ROW.test(line)) return false;
  if (NOT_AFTER.test(text.slice(end, end + 40))) return false;
  return headers.some((h) => h <= lineStart && lineStart - h <= TABLE_SPAN);
}

/** A column's name alone on its line: a table the text layer read one cell a line puts its header so. */
const COLUMN_NAME_LINE = /^[ \t]*(?:officers?|name|rank|allegations?(?:\s+\d+)?|standards?(?:\s*\(s\))?|findings?|outcomes?|sanctions?|results?|dates?|notes?)[ \t]*$/i;
const OUTCOME_NAME_LINE = /^[ \t]*(?:outcomes?|sanctions?|results?)[ \t]*$/i;
/** After a sanction alone on its line, only its length or a full stop ("Final written warning (3 years)"). */
const ONLY_LENGTH_AFTER = /^[ \t]*(?:\([^)\n]{0,40}\))?[ \t.]*$/;
/** A line of nothing but a sanction, used to tell a list of possible sanctions from a table's cells. */
const SANCTION_ONLY_LINE = new RegExp(`^[ \\t]*(?:${OUTCOME_WORDINGS.map((w) => w.source).join('|')})[ \\t]*(?:\\([^)\\n]{0,40}\\))?[ \\t.]*$`, 'i');

/**
 * The ends of headers of tables read one cell a line: an outcome column's name alone on its line,
 * with two more column names ("Officer", "Finding") on the lines just above or below it.
 */
function flatOutcomeHeaders(text: string): number[] {
  const lines = text.split('\n');
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const names = (from: number, to: number) => lines.slice(Math.max(0, from), to).filter((l) => COLUMN_NAME_LINE.test(l)).length;
    if (OUTCOME_NAME_LINE.test(lines[i]!) && (names(i - 2, i) === 2 || names(i + 1, i + 3) === 2)) out.push(at + lines[i]!.length);
    at += lines[i]!.length + 1;
  }
  return out;
}

/**
 * A sanction that is its line's whole text (bar its length in brackets), below a header read one cell
 * a line: a cell of the outcome column. Lines of sanctions one under another are a list of possible
 * sanctions, not cells of rows.
 */
function inFlatOutcomeColumn(text: string, start: number, end: number, headers: readonly number[]): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  if (text.slice(lineStart, start).trim() || !ONLY_LENGTH_AFTER.test(text.slice(end, lineEnd))) return false;
  const prev = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, Math.max(0, lineStart - 1));
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  if (SANCTION_ONLY_LINE.test(prev) || SANCTION_ONLY_LINE.test(next)) return false;
  return headers.some((h) => h <= lineStart && lineStart - h <= TABLE_SPAN);
}

function lastMatch(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let last = -1;
  for (const m of s.matchAll(g)) last = m.index ?? 0;
  return last;
}
