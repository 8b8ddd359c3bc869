/**
 * The dates of a judgment, each with its role: the decision (the judgment's own date), the court's
 * hearing, and the incident (the events the proceedings are about). A judgment's heading holds the
 * first two, as labelled fields ("Hearing dates:", "Date:", "Judgment given on") or, in older
 * transcripts, a date alone on a line above "Before:". The body recites many dates of procedure
 * (the panel's hearing, the tribunal's decision, permission), which are never the incident; an
 * incident is read only where the text says it is one ("an incident on ...", "On 3 May, while on
 * duty, ..."), so a judgment that names none gets none.
 */
import type { DateFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { modelOf } from '../../model/index.js';
import { findDates, periodOpening } from '../dates.js';
import { bodyStart } from './body.js';
import { conductMonth } from './conductPeriod.js';

interface Found {
  iso: string | null;
  start: number;
  end: number;
}

/**
 * A label for the court's hearing right before the date, on its line or the line above: "Hearing
 * dates:", "Date of hearing", "Heard on" (the Supreme Court's form), "Hearing:", or a tribunal's "Heard at:
 * Bristol   On: 2 - 6 June 2025".
 */
const HEARING_LABEL_RE =
  /(?:\bHearing\s+dates?|\bDates?\s+of\s+(?:the\s+)?hearing|\bHeard(?:\s+on)?|\bHearing|\bHeard\s+at\s*:[^\n]{0,80}?\bOn)\s*[:\-–]?[ \t|]*\n?[ \t|]*$/i;

/**
 * A label for the judgment's own date right before it: "Date:", "Judgment date", "Date of
 * judgment", "Date handed down", "JUDGMENT GIVEN ON", "Judgment delivered on", and "Judgment:" as a
 * field beside "Heard on:". Anchored at a line start so "Date draft circulated to the parties:" and
 * "Date of draft judgment:" never count; a bare "JUDGMENT" heading needs its colon to be a field.
 */
const DECISION_LABEL_RE =
  /(?:^|\n)[ \t|]*(?:Judgment\s*:|(?:Judgment|Decision)\s*date|Date\s+of\s+(?:the\s+)?(?:judgment|decision|hand[- ]?down)|Date\s+handed\s+down|(?:Judgment\s+)?(?:given|delivered|handed\s+down)\s+on|Date)\s*[:\-–]?[ \t|]*\n?[ \t|]*$/i;

/** A field label glued to its date by the text layer ("Judgment Date19 May 2015"): no word boundary before the day. */
const GLUED_DECISION_RE = /(?:^|\n)[ \t]*(?:Judgment\s*Date|Date)(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4})/g;

/**
 * The foot of a sealed order, which has no heading date: the judge's signature and the date on one
 * line ("Signed: HHJ X    Date: ..."), "Dated: ...", "Date of order: ...". A bare "Date:" in the
 * body may be a quoted letter's, so only a signature line or the order's own label counts.
 */
const SIGNED_DATE_RE =
  /(?:^|\n)[ \t]*(?:(?:Signed|Sealed|Made\s+by|By\s+the\s+Court)\b[^\n]{0,100}?\bDated?|Dated|Date\s+of\s+(?:the\s+)?order|Order\s+(?:made|dated)\s+on)\s*[:\-–]?[ \t]*$/i;

/**
 * "This judgment was handed down remotely at 10.30am on 2 May 2024", "Judgment approved by the court
 * for handing down Friday 7 March 2025": dots only inside times.
 */
const HANDED_DOWN_RE = /\bhand(?:ed|ing)\s+down\b(?:[^.]|\.(?=\d)){0,80}$/i;

/** Nothing but table rules and spaces around a date alone on its line. */
const LINE_EDGE_RE = /^[ \t|]*$/;

/** "[2021] EWHC 1248 (Admin) (" : a law report index prints the judgment's date after its citation. */
const AFTER_CITATION_RE = /\[\d{4}\]\s+[A-Z]{2,6}(?:\s+(?:Civ|Crim))?\s+\d{1,5}(?:\s*\([A-Za-z ]{2,10}\))?\s*\(\s*$/;

/**
 * Words that make the date that follows an event: "an incident on", "the events of", "was
 * assaulted on", "took place on", "the allegations concern a search ... on", "that her conduct on". The gap
 * to the date is short and has no full stop.
 */
const INCIDENT_CUE_RE =
  /\b(?:allegations?\s+(?:concern|relate|arose|arise|stem)\w*|incidents?|events?|occurrence|assault(?:ed)?|arrest(?:ed)?|restrain(?:ed|t)|died|death|shot|injur(?:ed|y|ies)|collision|crash(?:ed)?|accident|altercation|encounter|shooting|pursuit|took\s+place|occurred|happened|while\s+on\s+duty|off[- ]duty|detain(?:ed)?|(?:night|day|late|early)\s+shift|on\s+patrol|(?:evening|night|morning|afternoon|early\s+hours)\s+of|(?:his|her|their|the\s+(?:officer|claimant|appellant)['’]s)\s+conduct)\b[^.]{0,80}$/i;

/**
 * "On 3 May 2019," opening a sentence, a numbered paragraph ("[3]", "4.") or an item "(1)", also
 * "On the evening of", "In the early hours of", "At about 21:50 on", "Shortly after 2am on", "That on",
 * and a finding's or claim's reported clause ("the panel found that, on 13 June 2021, he ...", or
 * over a span: "found that, between 2 May and 9 July 2022, she ...").
 */
const OPENING_ON_RE =
  /(?:(?:^|[.;:]\s+|\n\s*|\(\w{1,3}\)\s*|\[\d{1,4}\]\s*|\b\d{1,4}\.\s+)(?:(?:On|During)\s+the\s+(?:evening|night|morning|afternoon|early\s+hours)\s+of|In\s+the\s+early\s+hours\s+of|(?:At|Shortly\s+(?:after|before))\s+(?:about\s+|around\s+|approximately\s+)?[\d:.]+(?:\s*(?:hours|hrs|am|pm))?,?\s+on|On)|\b[Tt]hat,?\s+(?:on|between|from))\s+$/;

/** Procedure, not events: a date near these words is when something was decided or heard. */
const PROCEDURE_RE =
  /\b(?:hearings?|panels?|tribunals?|appeals?|decisions?|decided|judgment|claims?|permission|orders?|charged?|convicted|conviction|sentenced?|notices?|reports?|investigat\w*|interview\w*|meetings?|complain(?:t|ts|ed)|dismiss\w*|found\s+guilty|regulations?|served|letters?|resign\w*|retire\w*|court)\b/i;

/** How much of the sentence after an "On <date>" opening is read for procedure words. */
const OPENING_CLAUSE_CHARS = 220;

/**
 * A court named as the place where events happened ("gave evidence in the Crown Court at Leeds",
 * "outside the magistrates' court"): where an officer's conduct took place, not a step of procedure.
 */
const COURT_AS_PLACE_RE = /\b(?:in|at|outside|inside|near)\s+(?:the\s+)?(?:[A-Za-z'’]+\s+){0,3}[Cc]ourts?(?:\s+(?:at|in)\s+[A-Z][a-z]+)?\b/g;

/**
 * The text of the sentence after `at`, up to its full stop (times' dots do not end it) or the next
 * date, which opens a clause of its own ("..., and on 3 March she was convicted").
 */
function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at, at + OPENING_CLAUSE_CHARS);
  const stop = rest.search(/\.(?!\d)\s/);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  const next = findDates(sentence)[0];
  return (next ? sentence.slice(0, next.start) : sentence).replace(COURT_AS_PLACE_RE, ' ');
}

/** Whether a date stands alone on its line (table rules aside): a heading's date line. */
function aloneOnLine(text: string, f: Found): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.end);
  return LINE_EDGE_RE.test(text.slice(lineStart, f.start)) && LINE_EDGE_RE.test(text.slice(f.end, lineEnd < 0 ? text.length : lineEnd));
}

/** Dates a field label is glued to, which the general date finder cannot see. */
function gluedDecisionDates(text: string, end: number): Found[] {
  const out: Found[] = [];
  for (const m of text.slice(0, end).matchAll(GLUED_DECISION_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    const d = findDates(text.slice(at, at + 40))[0];
    if (d && d.start === 0) out.push({ iso: d.iso, start: at, end: at + d.end });
  }
  return out;
}

/** Decision-date sources in order of trust: a labelled field, "handed down on", an order's signed foot, a date line, an index's citation line. */
type DecisionSource = 'field' | 'handed_down' | 'signed' | 'line' | 'index';
const DECISION_TRUST: readonly DecisionSource[] = ['field', 'handed_down', 'signed', 'line', 'index'];

export function judgmentDates(doc: DocText): DateFact[] {
  const text = doc.text;
  const end = bodyStart(text);
  const found = findDates(text).filter((f) => f.iso);
  const facts: DateFact[] = [];
  const fact = (role: DateFact['role'], f: Found) => facts.push({ role, date: f.iso!, source: doc.span(f.start, f.end) });

  let hearing: Found | null = null;
  const decisions = new Map<DecisionSource, Found>();
  const offer = (s: DecisionSource, f: Found) => {
    if (!decisions.has(s)) decisions.set(s, f);
  };
  for (const g of gluedDecisionDates(text, end)) if (g.iso) offer('field', g);
  for (const f of found) {
    const before = text.slice(Math.max(0, f.start - 160), f.start);
    if (f.start < end && HEARING_LABEL_RE.test(before)) {
      hearing ??= f;
      continue;
    }
    if (f.start < end && DECISION_LABEL_RE.test(before)) offer('field', f);
    else if (HANDED_DOWN_RE.test(before)) offer('handed_down', f);
    else if (SIGNED_DATE_RE.test(before)) offer('signed', f);
    else if (f.start < end && AFTER_CITATION_RE.test(before)) offer('index', f);
    else if (f.start < end && aloneOnLine(text, f)) offer('line', f);
  }
  const decision = DECISION_TRUST.map((s) => decisions.get(s)).find((f) => f) ?? null;
  if (hearing) fact('hearing', hearing);
  if (decision) fact('decision', decision);
  const incident = incidentDate(text, found, end, [hearing, decision]);
  if (incident) fact('incident', incident);
  else {
    // Conduct dated only by a month or a year ("Between January and June 2021 the claimant ..."), as precise as the text.
    // Only a span ("Between January and June 2021"): a year alone in a judgment is often career history ("In 2011 she ...").
    // Failing that, a month beside the conduct it dates ("messages in August 2023").
    const period = periodOpening(modelOf(doc), end, true) ?? conductMonth(text, end);
    if (period) facts.push({ role: 'incident', date: period.date, source: doc.span(period.start, period.end) });
  }
  return facts;
}

/**
 * The first date in the body that the text calls an event, or that opens a sentence about events
 * with no procedure in it; never a date already read as the hearing or the decision.
 */
function incidentDate(text: string, found: Found[], bodyStart: number, taken: (Found | null)[]): Found | null {
  const takenIso = new Set(taken.map((t) => t?.iso).filter(Boolean));
  const body = found.filter((f) => f.start >= bodyStart && !takenIso.has(f.iso));
  // Dates the text calls an event, or that open a sentence about events with no procedure in it.
  const events = body.filter((f) => {
    const m = INCIDENT_CUE_RE.exec(text.slice(Math.max(0, f.start - 120), f.start));
    // Procedure between the cue and the date ("the incident was referred to a panel on ...") makes it procedure's date.
    if (m && !PROCEDURE_RE.test(m[0].replace(/^\S+/, ''))) return true;
    return OPENING_ON_RE.test(text.slice(Math.max(0, f.start - 60), f.start)) && !PROCEDURE_RE.test(clauseAfter(text, f.end));
  });
  // A judgment often opens with the end of the events ("the man who died on 11 May") and tells them
  // in order later ("he was arrested on 9 May"): the incident is when they began, the earliest date
  // within a few days of the first named. Weeks before is background, another event.
  const first = events[0];
  if (!first?.iso) return first ?? null;
  const near = events.filter((f) => f.iso && daysBetween(f.iso, first.iso!) <= SAME_EVENTS_DAYS);
  return near.reduce((a, f) => (f.iso! < a.iso! ? f : a), first);
}

/** How many days before the first event named a date can still belong to the same events. */
const SAME_EVENTS_DAYS = 7;

/** Whole days between two ISO dates, either way round. */
function daysBetween(a: string, b: string): number {
  const t = (iso: string) => Date.parse(iso.length === 10 ? iso : `${iso.slice(0, 7)}-01`);
  return Math.abs(t(b) - t(a)) / 86_400_000;
}
