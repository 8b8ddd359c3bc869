import type { DateFact } from '../../src/domain/extraction.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';
import { DATED_CASE_OPENING, cellUnder, modelOf, type Cell, type DocModel } from '../model/index.js';
import type { DocText } from '../text.js';
import { monthPeriodAt, type MonthPeriod } from './monthPeriods.js';
import { MONTH_SOURCE, monthIndex } from './months.js';
import { periodScanner } from './periods.js';
import { relativeVerdict, yearFromDateline } from './datelineDays.js';
import { WEEKDAYS, decisionOnSittingDay, sittingDays, type DayMonth, type Found } from './sittingDays.js';

const WEEKDAY_SOURCE = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)';
const DAY_SOURCE = '(?:\\d{1,2})(?:st|nd|rd|th)?';

/** "Day 3 - Wednesday 12 November", "Room 2 - 4 May": a numbered thing, never the first day of a range. */
const NUMBERED_BEFORE = '(?<!\\b(?:day|page|room|no\\.?|item|part|stage|court)\\s+)';

/**
 * Older and formal records count days: "the 2nd day of February", "the 21st and 22nd days of March".
 * Only after an ordinal, so a span ("within 28 days of March 2020") is never read as a date.
 */
const DAYS_OF = '(?:(?<=\\d(?:st|nd|rd|th))\\s+days?(?=\\s+of\\b))?';
/** A clock's minutes ("Published 16:42, 2 December", "at 10.30, 5 May") are never a day. */
const NOT_A_TIME = '(?<![:.])';

/**
 * A written date, possibly several days or a range, of which the first day counts:
 * "Tuesday 29th May 2018", "24/25/26 June 2019", "25th and 26th March 2024", "1 April and 30 June
 * 2022" (the year comes from the end), "16th-18th December 2024". Group 1 day, 2 a month right
 * after the first day, 3 the final month, 4 the year. Then numeric dd/mm/yyyy or dd.mm.yyyy
 * (groups 5-8; a four-digit year is required after full stops so paragraph numbers "3.2.14" are never
 * dates, while slashes may take two digits, "04/02/25", as forms write them). An ordinal day
 * may take "of" before its month ("the 3rd of June 2025"), as formal notices and judgments write it;
 * its "the" belongs to the date, so a label before it ("Date: the 19th of ...") still ends right at it.
 */
const DATE_EXPR = new RegExp(
  `\\b(?:the\\s+)?${WEEKDAY_SOURCE}?${NUMBERED_BEFORE}${NOT_A_TIME}(\\d{1,2})(?:st|nd|rd|th)?(?:${DAYS_OF}\\s+(?:of\\s+)?(${MONTH_SOURCE}))?(?:\\s*(?:/|,|and|&|-|–|to)\\s*(?:the\\s+)?${WEEKDAY_SOURCE}?${DAY_SOURCE})*${DAYS_OF}\\s+(?:of\\s+)?(${MONTH_SOURCE})\\b\\.?(?:,?\\s+(\\d{4})\\b)?` +
    `|\\b(\\d{1,2})([/.])(\\d{1,2})\\6(\\d{4}|(?<=/\\d{1,2}/)\\d{2}(?![/.]?\\d))\\b`,
  'gi',
);
/** A year, month and day joined by hyphens, not inside a longer run of digits and hyphens. */
const ISO_DATE = /(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d-])/g;
/** "April 2024" with no day: gives the year to a yearless "Tuesday 16th April" in the same text. */
const MONTH_YEAR = new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s{1,3})\\b(${MONTH_SOURCE})\\s+(\\d{4})\\b`, 'gi');

/** A capitalised month (case-sensitive: "may" is a verb) then the day, and maybe the year: "August 12, 2022", "April 16". */
const MONTH_FIRST = new RegExp(`\\b(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![/.:]\\d)(?:,?\\s+(\\d{4})\\b)?`, 'g');

/** The days of a month written as words, as formal notices do ("Monday the nineteenth of October"): index + 1 is the day. */
const DAY_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
  'twenty-second',
  'twenty-third',
  'twenty-fourth',
  'twenty-fifth',
  'twenty-sixth',
  'twenty-seventh',
  'twenty-eighth',
  'twenty-ninth',
  'thirtieth',
  'thirty-first',
];
/** A day written as a word then its month, and maybe the year ("the second of February 2027"); "twenty first" may lose its hyphen. */
const WORD_DAY_DATE = new RegExp(
  `\\b(?:the\\s+)?(${DAY_WORDS.map((w) => w.replace('-', '[-\\s]'))
    .reverse()
    .join('|')})\\s+(?:of\\s+)?(${MONTH_SOURCE})\\b(?:,?\\s+(\\d{4})\\b)?`,
  'gi',
);

/** Text between a cue and its date: no sentence end, but dots inside times ("10.00am") are fine. */
const NO_FULL_STOP = '(?:[^.]|\\.(?=\\d))';
/** The court's hearing and the judgment date in a judgment's header ("Hearing date:", "Date of hearing:"). */
const JUDGMENT_HEARING = /\bHearing dates?\s*:?\s*$|\bDates?\s+of\s+(?:the\s+)?hearing\s*:?\s*$/i;
/** "handed down remotely at 10.30am on ...": the judgment's date when the header has none. */
const HANDED_DOWN = /\bhanded down\b[^.]{0,80}$/i;
/** The judgment's date field, however the header words it: "Date:", "Judgment date:", "Date of judgment:". */
const JUDGMENT_DATE = /(?:^|\n)\s*(?:(?:Judgment|Decision)\s+date|Date\s+of\s+(?:the\s+)?(?:judgment|decision)|Date)\s*:?\s*$/i;
/**
 * Words before a date that make it the date of a decision, including notice fields ("Outcome
 * decided:", "Decision date:", "Decision: announced on"), and the panel deciding that day ("the chair
 * decided on 3 May that ...", "considered the sanction on 4 May"); only a panel's or chair's deciding,
 * since an earlier "it was decided on ... to refer the matter" is procedure before the hearing.
 */
const DECISION_BEFORE =
  /\b(?:date of (?:the )?decision|decision (?:was )?(?:given|made|announced|promulgated)|handed down|announced|gave its decision|determination|findings|(?:outcomes?|decision)\s+(?:was\s+|were\s+)?(?:decided|dated?|given|made|issued))\b[^.\n]{0,60}$|\b(?:panel|chair(?:person)?|tribunal|he|she|they|we)\s+(?:decided|determined|ruled)\s+on\s+(?:the\s+)?$|\b(?:considered|decided|determined)\s+(?:the\s+)?(?:outcome|sanction)s?\s+on\s+(?:the\s+)?$|(?:^|\n)[ \t]*Decision\s*:[^.\n]{0,40}$/i;
/**
 * "a hearing ... which concluded on 10 December", "a hearing that ended on January 31", "A hearing was
 * arranged. It ended on 3 May": the day the outcome was decided; the text does not say when the hearing
 * sat (it may have run for days). "It" opening the next sentence is still the hearing.
 */
const HEARING_ENDED = /\b(?:hearings?|meeting)\b(?:[^.]{0,120}\b|[^.]{0,120}\.\s+It\s+(?:\w+\s+){0,2})(?:concluded|ended|finished|closed)\s+on\s+(?:the\s+)?$/i;
/** A field dating the outcome: "Date of outcome:", "Determination date:", "Date of the findings:", or a table row's label cell ("Date of outcome | ..."). */
const DECISION_FIELD =
  /(?:^|\n)[ \t]*(?:Date\s+of\s+(?:the\s+)?(?:outcome|determination|findings?|sanction)|(?:Outcome|Determination|Sanction|Finding)\s+date|(?:Outcome|Decision|Determination)\s+(?:notified|issued|given|communicated|sent|delivered|announced)(?:\s+on)?)\s*[:\-–|]?[ \t]*$/i;
/**
 * "The finding and outcome for both officers were given on 17 October", "the determinations were given
 * orally at the end of the meeting on 2 May": the decision, however many words part the noun from its
 * verb or the verb from the day.
 */
const DECISION_GIVEN =
  /\b(?:outcomes?|decisions?|sanctions?|determinations?)\b[^.\n]{0,50}\b(?:was|were|has\s+been|have\s+been)\s+(?:given|made|announced|delivered|handed\s+down|issued)\b(?:[^.\n]{0,50}?\s)?on\s+(?:the\s+)?$/i;
/** "... Thursday 11 September 2025, when we gave our decision": the cue follows the date. */
const DECISION_AFTER =
  /^[\s,]*(?:when|on\s+which|at\s+which)\s+(?:we|the\s+panel|the\s+chair|it|he|she)\s+(?:gave|announced|delivered|handed\s+down|gave\s+its)\s+(?:our|its|their|his|her|the)\s+(?:decision|outcome|sanction)/i;
/** A decision cue that dates only the findings ("We announced our findings on 10 September"): the outcome may come later. */
const FINDINGS_CUE = /\bfindings\b[^.\n]{0,60}$/i;
/** "On 5 May 2024 the panel found ...": the date the panel decided, not the conduct. */
const PANEL_DECIDED_AFTER =
  /^\s*,?\s*(?:the\s+)?(?:panel|chair(?:person)?|person\s+conducting\s+the\s+(?:hearing|meeting))\s+(?:found|decided|determined|concluded|imposed|announced)\b/i;
/** Words before a date that make it a hearing date ("will appear before a misconduct panel ... on"). */
const HEARING_BEFORE = new RegExp(`\\b(?:hearings?|meeting|appear(?:s|ed|ing)?\\s+before)\\b${NO_FULL_STOP}{0,120}$`, 'i');
/** "The hearing was told that on ...": what the hearing heard about, not when it sat. */
const TOLD_THAT = /\b(?:told|heard)\s+that\b[^.]{0,40}$/i;
/** "was alleged to have driven ... between 2 and 9 August": what is alleged happened then, whatever hearing the sentence names. */
const ALLEGED_BEFORE = /\b(?:alleged|accused)\b[^.]{0,160}$/i;
/** A notice's "Date" field ("Date:", "Date(s):", "Dates:", "When:", "Listed for:"), or a row's label cell ("Date | ..."). */
const DATE_FIELD = /(?:^|\n)\s*(?:Date(?:\(s\)|s)?|When|Listed(?:\s+for)?)\s*[:|]?\s*$/i;
/**
 * A table flattened to one cell per line: its "Date(s)" header, the other headers each on a line of
 * their own (short, no digits), then the first row's date opening its line. The column is the
 * sitting's, as a notice's "Date" field is.
 */
const FLAT_DATE_HEADER = /(?:^|\n)[ \t]*Dates?(?:\(s\))?[ \t]*\n(?:[ \t]*[A-Z][^\n\d|:]{0,40}\n){2,10}[ \t]*$/;
/** "a misconduct hearing ... will take place" after the date. */
const HEARING_AFTER = new RegExp(`^${NO_FULL_STOP}{0,200}\\bhearings?\\b${NO_FULL_STOP}{0,120}\\b(?:will take place|will be held|is listed)\\b`, 'i');
/** A deadline ("register by 12:00 on Friday 12 April") or a rule's start ("held in public from 1st May 2015") is not the hearing; "appeared before a panel" is no deadline. */
const DEADLINE_BEFORE = /\b(?:by|no later than|register|contact|(?<!\bappear(?:s|ed|ing)?\s+)before)\b(?:[^.\n]|\.(?=\d)){0,25}$/i;
/** "held in public from 1st May 2015": not the hearing, though it may open the conduct ("That from ..."). */
const FROM_BEFORE = /\b(?:from|since|until|effective)\s+(?:the\s+)?$/i;
/**
 * "The hearing will take place from the 21st of January", "is listed for five days from Monday", "will
 * face a hearing from Monday 9 February", "This hearing began on Monday 10 November", "The hearing is
 * scheduled to start on Monday 8 March", "will begin on": a sitting that opens that day, unlike a rule in force "from" a date. A sentence of its own after the one naming the hearing
 * ("It was listed for two days from ...", "It sat on 4, 5 and 7 May") still names its days: only a
 * sitting is listed for days or sits. A relative clause after the hearing's subject ("a hearing in respect of
 * X, which took place over two days, ...") dates the hearing however long the subject's description.
 */
const HEARING_OPENS =
  /\b(?:hearings?|meeting)\s+(?:began|opened|started|commenced|(?:is|are)\s+(?:scheduled|due|expected|set)\s+to\s+(?:start|begin|open|commence)|will\s+(?:start|begin|open|commence))\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$|\b(?:It|[Tt]he\s+(?:hearing|meeting))\s+(?:was|is|had\s+been|has\s+been)\s+(?:listed|scheduled|due\s+to\s+(?:sit|run))\s+for\s+(?:\w+\s+){1,2}days?\s+(?:from|starting|beginning|commencing)(?:\s+on)?\s+(?:the\s+)?$|\b(?:It|[Tt]he\s+(?:hearing|meeting|panel))\s+sat\s+on\s+(?:the\s+)?$|\b(?:hearings?|meeting)\b[^.]{0,200}\bwhich\s+(?:took\s+place|sat|was\s+held)(?:\s+over\s+(?:\w+\s+){1,2}days?)?,?\s+(?:on\s+|between\s+)?(?:the\s+)?$|\b(?:hearings?|meeting)\b(?:[^.\n]{0,60}\b(?:take\s+place|be\s+held|sit|run|open|begin|start|commence|listed|scheduled)s?(?:\s+for\s+(?:\w+\s+){1,2}days?)?)?\s+from\s+(?:the\s+)?$/i;
/**
 * A label or heading that dates the conduct itself: "Date of misconduct", "Date of the alleged
 * conduct:", "Incident date", "Conduct date:", "Alleged conduct (3-4 March 2025)", a table row "Date(s) of conduct | Between
 * 1 May and ..." (the row's value may open with the range's own word), or a summary's "Conduct: on the
 * night of 3 May ...", which says what was done and when. Read before the heading rule, since
 * a heading's date otherwise dates the page.
 */
const INCIDENT_LABEL =
  /\b(?:dates?(?:\(s\))?\s+of\s+(?:the\s+)?(?:alleged\s+)?(?:mis)?conduct|dates?(?:\(s\))?\s+of\s+(?:the\s+)?incident|(?:incident|conduct)\s+dates?(?:\(s\))?|alleged\s+conduct|(?:^|\n)[ \t]*(?:Conduct|What\s+happened)\s*[:|])\s*[:(\-–|]?\s*(?:(?:between|on|from)\s+(?:the\s+)?(?:(?:night|evening|morning|afternoon|early\s+hours)\s+of\s+(?:the\s+)?)?)?$/i;
/** A hearing cue right before the date ("Hearing: ", "Date of hearing ", "MISCONDUCT HEARING: ", a row "Dates of hearing | ...", "Meeting held: Thursday the 12th of ..."), stronger than one further back. */
const HEARING_FIELD =
  /\b(?:(?:hearings?|meeting)(?:\s+(?:dates?|held(?:\s+on)?))?|dates?(?:\(s\))?\s+of\s+(?:the\s+)?(?:\w+\s+)?hearing)\s*(?:[:–|-]|\.{3,})?\s*(?:[A-Z][a-z]+day,?\s+)?(?:the\s+)?$|(?:^|\n)[ \t]*Heard\s+at\s+[A-Z][\w'’ ]{1,40}?\s+on\s+$/i;
/**
 * Where an incident date sits: opening a clause with "On", "Between" (or ", between" inside a list of
 * allegations: "one, between 2 April and 19 May she ..."), an allegation's "That on", or
 * after "on the night of" wherever it stands (its words may wrap across lines), or opening "during the period from 6 January to ..."  ("were on duty ... on the night of 22 September"): a
 * part of a day names when something happened, never when a panel sat. A pay claim's day ("an
 * overtime claim he submitted for 11 February") is the conduct itself, whatever the sentence says of the panel.
 */
const INCIDENT_OPENING =
  /,\s*between\s+$|(?:^|[.;:]\s+|\n|\(\w{1,3}\)\s*|\d\)\s*|\d\.\s+|\bthat\s+|,\s*)(?:On|Between|(?:At|at)\s+(?:about|around|approximately)\s+[\d:.]+(?:\s*hours)?,?\s+on|On\s+the\s+(?:evening|night|morning|afternoon)\s+of)\s+$|\b(?:on|during|in)\s+the\s+(?:evening|night|morning|afternoon|early\s+hours)\s+of\s+$|\b[Tt]hat\s+(?:on|between|from)\s+$|\b(?:[Ii]n|[Dd]uring|[Oo]ver)\s+the\s+period\s+(?:from|between)\s+(?:the\s+)?$|\b(?:occurred|happened)\s+(?:on|during|in|between)\s+(?:the\s+(?:evening|night|morning|afternoon|early\s+hours)\s+of\s+)?$|\b(?:relates?|related|relating)\s+to\s+(?:the\s+)?(?:events|incidents?|conduct)\s+(?:on|of|between)\s+$|\b(?:overtime|expenses?|mileage|travel|subsistence)\s+(?:claims?|forms?)\b[^.;]{0,40}\b(?:for|on|dated)\s+$/;
/** Procedure, the criminal process or career events, not the conduct: dates near these words ("resigned on", "was charged", "pleaded guilty") are never the incident. */
const PROCEDURAL =
  /\b(?:panels?|hearings?|court|permission|appeal|judgment|tribunal|inquest|inquiry|investigat\w*|interview\w*|notice|dated|convict\w*|sentenc\w*|decision|claim|reporter|resign\w*|retire[ds]?|retirement|charged|pleaded|plea)\b/i;
/** A publication or update stamp before a date. */
const PUBLICATION_BEFORE =
  /\b(?:publication|published|posted|updated|printed|issued|release|released|date\s+of\s+(?:this\s+)?notice|notice\s+date)\b[^.\n]{0,20}(?:\n[ \t]*)?$|(?:^|\n)[ \t]*(?:News|Press\s+release|Statement|Article|Blog)\s*[|:–-]\s*$/i;
/**
 * A letter's own date: its "Date:" line under the reference ("Our ref: ...\nDate: ..."), the letterhead's
 * date, not the hearing's, however the letter goes on.
 */
const LETTER_DATE_BEFORE = /(?:^|\n)[ \t]*(?:Our|Your)\s+ref(?:erence)?\b[^\n]*\n[ \t]*Date\s*:?[ \t]*$/i;
/** The same line above the salutation ("Date: ...\n[subject line\n]Dear ..."), when the reference comes elsewhere. */
const LETTER_DATE_AFTER = /^[^\n]*\n(?:[^\n]*\n)?[ \t]*(?:Dear\s|To\s+whom\s+it\s+may\s+concern)/i;

/**
 * A sitting that no longer stands: "originally arranged for 3 November", "first listed for",
 * "rescheduled from 15/12/2025", "adjourned from". The date the hearing moved to is its date; a
 * hearing that "first sat on" a day still sat then.
 */
const SUPERSEDED_BEFORE =
  /\b(?:originally|previously|initially|first)\s+(?:(?:been|was|were|being)\s+)?(?:listed|arranged|scheduled|set|fixed|due)\s+(?:to\s+(?:take\s+place|start|begin|open|sit)\s+)?(?:for|on)\s+(?:\w+day,?\s+)?$|\b(?:rescheduled|moved|postponed|adjourned|vacated|re-?listed)\s+from\s+(?:the\s+)?$/i;
/**
 * "... hearing will take place at Headquarters. It will start at 9.30am on Monday the 9th": the day
 * the sitting opens, in a sentence of its own after the one naming the hearing.
 */
const IT_STARTS =
  /\b(?:hearings?|meeting)\b(?:[^\n]|\n(?![ \t]*\n)){0,200}\b(?:It|The\s+(?:hearing|meeting))\s+(?:will|is\s+(?:due|scheduled|expected)\s+to)\s+(?:start|open|begin|commence)\b(?:\s+at\s+[\d.:]+\s*(?:am|pm)?)?\s+on\s+(?:[A-Z][a-z]+day\s+)?(?:the\s+)?$/i;
/** "Schedule of cases considered on 14/06/2011", "matters heard on ...": a sitting's day, as a list of meetings' outcomes heads it. */
const CASES_CONSIDERED = /\b(?:cases|matters)\s+(?:considered|heard|dealt\s+with)\s+on\s+(?:the\s+)?$/i;
/** "It will now open on 19 January": the sitting a moved hearing now has. */
const NOW_OPENS = /\b(?:will\s+now|now\s+(?:to|due\s+to))\s+(?:open|start|begin|take\s+place|be\s+held|sit|resume)\s+(?:on|from)\s+(?:the\s+)?$/i;

/** A month word written in lower case is an ordinary word ("may", "march"). */
const LOWERCASE_WORD = /^[a-z]/;

function iso(y: number, m: number, d: number): string | null {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAY = WEEKDAYS.join('|');
/** A verdict told by weekday alone, as news does: "was sacked ... on Tuesday", "the panel ruled at a hearing on Monday". */
const WEEKDAY_VERDICT = new RegExp(
  `\\b(?:ruled|sacked|dismissed|found\\s+(?:to\\s+have|guilty|that)|concluded|decided)\\b[^.]{0,80}?\\bon\\s+(${WEEKDAY})\\b(?![ \\t]*,?[ \\t]*(?:the\\s+)?\\d)`,
);
/** A publication stamp before a dateline's date: "Published:", "Posted on". */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*(?:Published|Posted|Updated)\s*:?[ \t]+(?:on\s+)?$/;
/** A date opening its line with its weekday ("Wednesday, 5 November 2025 at 16:42"; the date's match holds the weekday), or after a publication word. */
function isDateline(text: string, f: Found): boolean {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  return DATELINE_BEFORE.test(before) || (LINE_START.test(before) && WEEKDAY_OPENS.test(text.slice(f.start, f.end)));
}
const LINE_START = /(?:^|\n)[ \t]*$/;
const WEEKDAY_OPENS = new RegExp(`^(?:${WEEKDAY})\\b`);

/** The last `weekday` before the day `published` (within the week before it). */
function weekdayBefore(published: string, weekday: string): string | null {
  const [y, m, d] = published.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y, m - 1, d));
  for (let back = 1; back <= 7; back++) {
    const day = new Date(at.getTime() - back * 86_400_000);
    if (WEEKDAYS[day.getUTCDay()] === weekday) return day.toISOString().slice(0, 10);
  }
  return null;
}

/** A month's number from its name or abbreviation ("Sept", "September" -> 9), 0 for none. */

/** A date's first day and its month: "Friday 5th December", "the 4th of March", "12 to 14 October" (12), or month first, "March 4". */
const FIRST_DAY = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?![/.]\d)/;
const A_MONTH = new RegExp(`\\b${MONTH_SOURCE}\\b`);

/** Reads the first day and the month of a date found in `text`, for a date whose year the text leaves to its context. */
function dayMonthIn(text: string): DayMonth {
  return (f) => {
    const words = text.slice(f.start, f.end);
    const day = FIRST_DAY.exec(words);
    const month = A_MONTH.exec(words);
    const mi = month ? monthIndex(month[0]) : 0;
    return day && mi ? { month: mi, day: Number(day[1]) } : null;
  };
}

/** Every date expression; a yearless one takes its year from a "Month YYYY" of the same month. */
export function findDates(text: string): Found[] {
  const yearFor = new Map<number, number>();
  for (const m of text.matchAll(MONTH_YEAR)) {
    const mi = monthIndex(m[1] ?? '');
    if (!yearFor.has(mi)) yearFor.set(mi, Number(m[2]));
  }
  const out: Found[] = [];
  for (const m of text.matchAll(DATE_EXPR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[5]) {
      const y = Number(m[8]);
      out.push({ iso: iso(y < 100 ? 2000 + y : y, Number(m[7]), Number(m[5])), start, end });
      continue;
    }
    // "5 may apply" is a verb: month names count only capitalised.
    if (LOWERCASE_WORD.test(m[3] ?? '')) continue;
    const month = monthIndex(m[2] ?? m[3] ?? '');
    const year = m[4] ? Number(m[4]) : yearFor.get(month);
    out.push({ iso: year ? iso(year, month, Number(m[1])) : null, start, end });
  }
  // Formal notices write the day as a word ("the nineteenth of October 2026").
  for (const m of text.matchAll(WORD_DAY_DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (LOWERCASE_WORD.test(m[2] ?? '') || out.some((f) => f.start < end && start < f.end)) continue;
    const month = monthIndex(m[2] ?? '');
    const day = DAY_WORDS.indexOf((m[1] ?? '').toLowerCase().replace(/\s+/, '-')) + 1;
    const year = m[3] ? Number(m[3]) : yearFor.get(month);
    out.push({ iso: year ? iso(year, month, day) : null, start, end });
  }
  // Some forms and Welsh pages write ISO dates ("2025-06-10"); a case number such as "2025-0610" is not one.
  for (const m of text.matchAll(ISO_DATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31 || out.some((f) => f.start < end && start < f.end)) continue;
    out.push({ iso: m[0], start, end });
  }
  // The press writes the month first ("August 12, 2022", "on April 16"): read where nothing else matched.
  for (const m of text.matchAll(MONTH_FIRST)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const month = monthIndex(m[1] ?? '');
    const year = m[3] ? Number(m[3]) : yearFor.get(month);
    out.push({ iso: year ? iso(year, month, Number(m[2])) : null, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Labels that say the value dates the decision ("Outcome notified", "Date of decision"). A bare
 * "Decision", "Outcome" or "Sanction" is as often a section's heading as a label, so it is none here.
 */
const DECISION_LABEL =
  /^(?:date\s+of\s+(?:the\s+)?(?:decision|outcome|determination|findings?)|(?:outcome|decision|determination|sanction)\s+(?:notified|given|date|issued|announced|communicated|made|delivered)|decision\s+date)$/i;
/** Labels that say the value dates the sitting ("Meeting date", "Date of hearing", "Hearing held"); not a bare "Hearing". */
const HEARING_LABEL =
  /^(?:date\s+of\s+(?:the\s+)?(?:misconduct\s+|gross\s+misconduct\s+|accelerated\s+|special\s+case\s+)?(?:hearing|meeting)|(?:misconduct\s+|gross\s+misconduct\s+|accelerated\s+|special\s+case\s+)?(?:hearing|meeting)\s+(?:dates?|held|held\s+on|dates?\s+and\s+venue))$/i;
/** A value that is a sentence of its own, or a term that runs to the date ("expires 10 June"): its date is no field's. */
const SENTENCE_VALUE = /\b(?:was|were|is|are|has|had|received|expires?|until|effective|from)\b/i;
/**
 * The role a form's label gives a date in the value on the line below it ("Outcome notified" over "At
 * the conclusion of the meeting (4 Feb 2026)"), however the value words it: the document model reads
 * the label and its value (model/fields.ts); this only names the label's role.
 */
function roleOfLabelAbove(doc: DocText, f: Found): 'decision' | 'hearing' | null {
  const text = doc.text;
  const field = modelOf(doc).fields.find((x) => x.valueStart <= f.start && f.end <= x.end && text.slice(x.start, x.valueStart).includes('\n'));
  if (!field || f.start - field.valueStart > 60 || text.slice(field.valueStart, f.start).includes('\n')) return null;
  if (SENTENCE_VALUE.test(text.slice(field.valueStart, f.start))) return null;
  return DECISION_LABEL.test(field.label) ? 'decision' : HEARING_LABEL.test(field.label) ? 'hearing' : null;
}

/**
 * A sentence the page wrapped onto the next line ("gave its findings and the outcome\non 4 May") reads
 * as one line: the cue patterns stop at a line break, since a field's label ends there. A break
 * before a lower-case word is inside a sentence, never between a label and its value.
 */
const WRAPPED_LINE = /(?<=[^:\s])[ \t]*\n[ \t]*(?=\p{Ll})/gu;
const unwrapped = (s: string) => s.replace(WRAPPED_LINE, ' ');

/**
 * Incident, hearing and decision dates. Judgments take the hearing and decision from their header
 * ("Hearing date:", "Date:"); notices and outcomes from the words before each date. The incident is
 * the first date opening a clause about events ("On 3 March 2023 PC A attended"), else the earliest
 * date away from procedural words. Reviews give no incident (their dates are periods studied).
 */
export function extractDates(doc: DocText, kind: DocumentKind): DateFact[] {
  const text = doc.text;
  const found = findDates(text);
  // News dates this week's days without a year ("from Monday to Wednesday this week, 12 to 14 October"): its dateline's year is theirs.
  const dateline = kind === 'judgment' ? undefined : found.find((f) => f.iso && isDateline(text, f));
  if (dateline) yearFromDateline(found, dateline.iso!, dayMonthIn(text));
  const facts: DateFact[] = [];
  const used = new Set<number>();
  const weakHearings: [Found, number][] = [];
  // Findings announced one day and the outcome given the next: the outcome's day is the decision.
  const findingsOnly = new Set<number>();
  let outcomeDecided = false;
  let labelledIncident: Found | null = null;
  const add = (role: DateFact['role'], f: Found, i: number) => {
    used.add(i);
    if (f.iso) facts.push({ role, date: f.iso, source: doc.span(f.start, f.end) });
  };
  // A table with a hearing column dates each row's hearing there; the first row's is the page's, and
  // the column's other dates are neither its hearing nor the conduct.
  const tableHearing = kind === 'judgment' ? null : hearingColumn(modelOf(doc));
  if (tableHearing) {
    facts.push({ role: 'hearing', date: tableHearing.date, source: doc.span(tableHearing.start, tableHearing.end) });
    found.forEach((f, i) => tableHearing.cells.some((c) => c.start <= f.start && f.end <= c.end) && used.add(i));
  }
  // A listing whose cases each open on their date ("17 November 2025 - PC Jo Bloggs attended ..."):
  // each opening dates its case's hearing, and the first case's is the page's.
  if (kind !== 'judgment') {
    const openings = caseOpeningDates(modelOf(doc), found);
    openings.forEach((i) => used.add(i));
    if (openings.length > 1 && !tableHearing)
      facts.push({ role: 'hearing', date: found[openings[0]!]!.iso!, source: doc.span(found[openings[0]!]!.start, found[openings[0]!]!.end) });
  }
  found.forEach((f, i) => {
    if (used.has(i)) return;
    const before = unwrapped(text.slice(Math.max(0, f.start - 160), f.start));
    if (kind === 'judgment') {
      if (JUDGMENT_HEARING.test(before)) add('hearing', f, i);
      else if (JUDGMENT_DATE.test(before) || HANDED_DOWN.test(before)) add('decision', f, i);
      return;
    }
    // A publication stamp, a letter's date or a deadline is never the hearing, nor the conduct.
    // "Decision issued:" dates the decision, though "issued" alone stamps a publication.
    const letterDate = DATE_FIELD.test(before) && (LETTER_DATE_BEFORE.test(before) || LETTER_DATE_AFTER.test(text.slice(f.end, f.end + 200)));
    if ((PUBLICATION_BEFORE.test(before) && !DECISION_FIELD.test(before)) || letterDate) {
      used.add(i);
      return;
    }
    if (INCIDENT_LABEL.test(before.slice(-60))) {
      used.add(i);
      if (f.iso && kind !== 'review') labelledIncident ??= f;
      return;
    }
    if (SUPERSEDED_BEFORE.test(before)) {
      used.add(i);
      return;
    }
    if (HEARING_OPENS.test(before) || NOW_OPENS.test(before) || IT_STARTS.test(before) || CASES_CONSIDERED.test(before)) return add('hearing', f, i);
    if (HEARING_ENDED.test(before)) return add('decision', f, i);
    const labelled = roleOfLabelAbove(doc, f);
    if (labelled) return add(labelled, f, i);
    const after = unwrapped(text.slice(f.end, f.end + 80));
    if (DECISION_AFTER.test(after)) {
      outcomeDecided = true;
      add('decision', f, i);
    } else if (DECISION_BEFORE.test(before) || DECISION_FIELD.test(before) || DECISION_GIVEN.test(before) || PANEL_DECIDED_AFTER.test(after)) {
      if (FINDINGS_CUE.test(before)) findingsOnly.add(facts.length);
      add('decision', f, i);
    } else if (DEADLINE_BEFORE.test(before)) used.add(i);
    // A hearing field right before the date outranks an "alleged" in the row above ("Type | gross misconduct alleged").
    else if (HEARING_FIELD.test(before)) add('hearing', f, i);
    else if (TOLD_THAT.test(before) || FROM_BEFORE.test(before) || ALLEGED_BEFORE.test(before)) return;
    else if (HEARING_FIELD.test(before) || DATE_FIELD.test(before) || FLAT_DATE_HEADER.test(before) || HEARING_AFTER.test(text.slice(f.end, f.end + 320)))
      add('hearing', f, i);
    // A date opening an allegation's events ("It was alleged that on the night of ...") is no hearing, whatever came before.
    else if (HEARING_BEFORE.test(before) && !INCIDENT_OPENING.test(before.slice(-60))) weakHearings.push([f, i]);
  });
  if (outcomeDecided) for (const k of [...findingsOnly].sort((a, b) => b - a)) facts.splice(k, 1);
  // A date near the word "hearing" counts only when no date sits in a hearing field or sentence.
  if (!facts.some((d) => d.role === 'hearing')) for (const [f, i] of weakHearings) add('hearing', f, i);
  const model = kind === 'judgment' ? null : modelOf(doc);
  // A listing whose cases open on "18 September 2025 - PC Jo Bloggs" dates each case's hearing in its heading; the first case's counts.
  if (model && !facts.some((d) => d.role === 'hearing')) {
    const firstCase = model.sections.find((sec) => sec.heading !== null);
    const inHead = firstCase ? found.findIndex((f) => f.iso && f.start >= firstCase.start && f.end <= firstCase.start + firstCase.heading!.length) : -1;
    if (inHead >= 0) add('hearing', found[inHead]!, inHead);
  }
  if (model && !facts.some((d) => d.role === 'hearing')) {
    const cell = hearingCell(model);
    if (cell) facts.push({ role: 'hearing', date: cell.date, source: doc.span(cell.start, cell.end) });
  }
  // "On its third day, Wednesday", "the following morning", "on the Friday": a day counted on the hearing's own calendar.
  const hearingFact = facts.find((d) => d.role === 'hearing');
  if (hearingFact && !facts.some((d) => d.role === 'decision')) {
    const hf = found.find((f) => f.start === doc.offsetOf(hearingFact.source));
    const days = hf ? sittingDays(text, hf, found) : [hearingFact.date];
    const said = days.length && /^\d{4}-\d{2}-\d{2}$/.test(days[0]!) ? decisionOnSittingDay(text, days, found, dayMonthIn(text)) : null;
    if (said) facts.push({ role: 'decision', date: said.date, source: doc.span(said.start, said.end) });
  }
  // "The hearing ended yesterday": a day counted back from the dateline.
  const relative = dateline && !facts.some((d) => d.role === 'decision') ? relativeVerdict(text, dateline.iso!) : null;
  if (relative) facts.push({ role: 'decision', date: relative.date, source: doc.span(relative.start, relative.end) });
  // News dated by its dateline tells the verdict by weekday ("a panel ruled at the end of a hearing on Tuesday").
  if (!facts.some((d) => d.role === 'decision')) {
    const said = WEEKDAY_VERDICT.exec(text);
    const published = said ? found.find((f) => f.iso && isDateline(text, f)) : undefined;
    const day = said && published ? weekdayBefore(published.iso!, said[1]!) : null;
    if (said && day) facts.push({ role: 'decision', date: day, source: doc.span(said.index, said.index + said[0].length) });
  }
  // A column headed as the conduct's date dates it, in a review's table of cases too: its first row's is the record's.
  const column = model && !labelledIncident ? conductCell(model) : null;
  if (column) facts.push({ role: 'incident', date: column.date, source: doc.span(column.start, column.end) });
  // Reviews give no incident (their dates are periods studied); a judgment's is judgment/dates.ts's to read.
  if (kind !== 'review' && kind !== 'judgment' && !column) {
    // A heading's date dates the page or one case's hearing, never the conduct.
    if (model) found.forEach((f, i) => inHeading(model, f.start) && used.add(i));
    // A page listing several cases dates the conduct of its first case, not the earliest of all.
    // Cases are sections that each date their own hearing; sections for each officer of one case share the case's dates.
    const heard = (sec: { start: number; end: number; heading: string | null }) =>
      DATED_CASE_OPENING.test(sec.heading ?? '') ||
      found.some((f) => f.start >= sec.start && f.start < sec.end && HEARING_FIELD.test(text.slice(Math.max(0, f.start - 60), f.start)));
    const cases = model ? model.sections.filter((sec) => sec.heading !== null && heard(sec)) : [];
    const first = cases[0];
    if (first && cases.length > 1) found.forEach((f, i) => (f.start < first.start || f.start >= first.end) && used.add(i));
    // Conduct comes before the proceedings on it: a day on or after the hearing or decision is not the incident.
    const proceedings = facts.filter((d) => d.role !== 'incident').map((d) => d.date);
    const before = proceedings.length ? proceedings.sort()[0]! : null;
    // A label dating the conduct by its months ("Date(s) of alleged conduct: June 2015 - January 2016") says it outright.
    const labelled = labelledIncident ? null : labelledMonths(text);
    const day = labelledIncident ?? (labelled ? null : incidentDate(text, found, used, before));
    // A range of months or years ("between June and September 2022") dates the conduct from its first day to its last.
    // In a listing, only the first case's text dates the conduct.
    const [from, to] = first && cases.length > 1 ? [first.start, first.end] : [0, Infinity];
    const range = model && !labelledIncident && !labelled ? incidentRange(model, from, to) : null;
    const period = model && !labelledIncident && !range ? (labelled ?? periodOpening(model, from, false, to)) : null;
    const partial = range ? { date: range.from, start: range.start, end: range.end } : period;
    // "Between May and August 2024 ... on 3 June he ...": the conduct began with the period, before the day.
    if (partial && (!day || startsEarlier(partial.date, day.iso!)))
      facts.push({ role: 'incident', date: partial.date, ...(range ? { until: range.to } : {}), source: doc.span(partial.start, partial.end) });
    else if (day) facts.push({ role: 'incident', date: day.iso!, source: doc.span(day.start, day.end) });
    else {
      // Nothing opens a clause on the conduct's date: a month told inside the story ("filmed him in May 2026") dates it.
      const told = model ? monthInStory(model, from, to, before) : null;
      if (told) facts.push({ role: 'incident', date: told.date, source: doc.span(told.start, told.end) });
    }
  }
  return facts;
}

/** "on two occasions in April 2025", "on a number of occasions during 2023": repeated conduct, dated by its period. */
/** How many times conduct was repeated, in words: "on eleven occasions", "on a number of occasions". */
const TIMES = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'dozens\\s+of',
  'several',
  'many',
  'numerous',
  'various',
  'multiple',
  'a\\s+number\\s+of',
  '\\d+',
];
const REPEATED = `\\bon\\s+(?:${TIMES.join('|')})\\s+(?:separate\\s+)?occasions\\s+`;

/**
 * Conduct dated only by a year or a month ("In 2015 and early 2016, ...", "sometime between 2017 and
 * 2019", "in February 2019"): the first period opening a clause outside headings and procedure.
 * The date is partial ("2015", "2019-02"), as precise as the text.
 */
/** "At a team social event in December 2024, ...": an occasion dated by its month opens the conduct's clause. */
const AT_AN_EVENT = '[Aa]t\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){1,3}?(?:event|party|function|gathering|course|meeting|conference|dinner)\\s+in';
const PERIOD_OPENING = new RegExp(
  `(?:^|[.;:,]\\s+|\\n|\\|[ \\t]*|\\bthat\\s+|\\ba\\s+period\\s+|${REPEATED})(?:[Ii]n|[Dd]uring|[Bb]etween|[Ss]ometime\\s+between|[Ff]rom|${AT_AN_EVENT})\\s+(?:(?:early|late|mid)[\\s-]+)?(?:(${MONTH_SOURCE})\\s+)?(?:(?:and|to|-|–)\\s+${MONTH_SOURCE}\\s+)?((?:19|20)\\d{2})\\b(?!\\s*\\))`,
  'g',
);

export function periodOpening(model: DocModel, from = 0, spanOnly = false, to = Infinity): { date: string; start: number; end: number } | null {
  for (const m of model.text.matchAll(PERIOD_OPENING)) {
    if (spanOnly && !SPAN_WORD.test(m[0])) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[2] ?? '') - (m[1] ? m[1].length + 1 : 0);
    if (start >= to) return null;
    if (start < from || inHeading(model, start)) continue;
    const sentence = model.sentenceAt(start);
    const words = sentence ? model.text.slice(sentence.start, sentence.end) : '';
    // An allegation's own sentence states conduct, whatever procedure it names ("failed to investigate");
    // only procedure in the period's own clause, from its opening word on, rules it out. A period
    // that is a clause of its own ("In 2015, misconduct hearings were made public") is read with
    // the clause it opens. "A period between ..." names the conduct's time outright.
    const end = (m.index ?? 0) + m[0].length;
    if (!A_PERIOD.test(m[0])) {
      const clause = clauseAround(model.text, start, end);
      const opening = clause.lastIndexOf(
        model.text
          .slice(m.index ?? 0, start)
          .trim()
          .split(/\s+/)
          .pop() ?? '',
      );
      const own = opening < 0 ? clause : clause.slice(opening);
      const next = OPENING_ONLY.test(model.text.slice(end, end + 3)) ? clauseAround(model.text, end + 2, end + 2) : '';
      if (PROCEDURAL.test((own + ' ' + next).replace(UNIT_NAME, '')) && !ALLEGED_THAT.test(words)) continue;
    }
    const month = m[1] ? monthIndex(m[1]) : 0;
    return { date: month ? `${m[2]}-${String(month).padStart(2, '0')}` : (m[2] ?? ''), start, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** "in May 2026" inside a clause, the month not part of a day ("on 3 May 2026"). */
const IN_MONTH = new RegExp(`\\bin\\s+(${MONTH_SOURCE})\\s+((?:19|20)\\d{2})\\b`, 'g');
/** A career's events ("left the force in August 2025", "joined the service in 2009"), not the conduct. */
const CAREER =
  /\b(?:left|joined|rejoined)\s+(?:the\s+)?(?:force|service|police|constabulary)\b|\b(?:suspended|promoted|transferred|recruited|appointed|retired|resigned)\b/i;
/** "The hearing was told the officer met her in ...": what the hearing heard is the story, whatever names the hearing. */
const TOLD_TURN = /\b(?:was|were)\s+(?:told|heard)\s+(?:that\s+)?/gi;

/**
 * The first month told in a clause about events, not procedure, outside headings and before the
 * proceedings (`before`, their earliest date): news and summaries date the conduct by month in the
 * middle of a sentence ("had contacted police in April 2025", "filmed the man ... in January 2026").
 */
function monthInStory(model: DocModel, from: number, to: number, before: string | null): { date: string; start: number; end: number } | null {
  for (const m of model.text.matchAll(IN_MONTH)) {
    const at = (m.index ?? 0) + 3;
    if (at < from || inHeading(model, at)) continue;
    if (at >= to) return null;
    const date = `${m[2]}-${String(monthIndex(m[1] ?? '')).padStart(2, '0')}`;
    if (before && date >= before.slice(0, 7)) continue;
    let clause = clauseAround(model.text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    const turn = [...clause.matchAll(TOLD_TURN)].pop();
    if (turn) clause = clause.slice((turn.index ?? 0) + turn[0].length);
    if (PROCEDURAL.test(clause.replace(UNIT_NAME, '')) || CAREER.test(clause) || PUBLICATION_BEFORE.test(model.text.slice(Math.max(0, at - 40), at))) continue;
    return { date, start: at, end: (m.index ?? 0) + m[0].length };
  }
  return null;
}

/** "a period between March and May 2025": the text says this is when the conduct happened. */
const A_PERIOD = /\ba\s+period\b/;
/** A period given as a span of time ("between", "during", "from"), not a point in it ("in 2011"). */
const SPAN_WORD = /\b(?:[Bb]etween|[Dd]uring|[Ff]rom)\s/;
/** A comma right after the period: the period is a clause of its own. */
const OPENING_ONLY = /^,\s/;
/** A unit's name ("Vulnerability Investigation Team") names a place of work, not procedure. */
const UNIT_NAME = /\b(?:[A-Z][a-z]+\s+){1,4}(?:Team|Unit|Department|Command|Squad|Hub)\b/g;
/** A period with both ends outside headings and procedure: the conduct's span. */
function incidentRange(model: DocModel, from = 0, to = Infinity): { from: string; to: string; start: number; end: number } | null {
  const periodFrom = periodScanner(model.text);
  let offset = from;
  for (;;) {
    const p = periodFrom(offset);
    if (!p || !p.from || !p.to) return null;
    const start = offset + p.start;
    offset = offset + p.end;
    if (start >= to) return null;
    if (inHeading(model, start)) continue;
    const sentence = model.sentenceAt(start);
    const words = sentence ? model.text.slice(sentence.start, sentence.end) : '';
    if (PROCEDURAL.test(conductPart(words, start - (sentence?.start ?? start))) && !ALLEGED_THAT.test(words)) continue;
    return { from: p.from, to: p.to, start, end: offset };
  }
}

/**
 * "attended a gross misconduct hearing in relation to his use of police systems between May and
 * August 2024": after these words the sentence turns from the proceedings to the conduct.
 */
const CONDUCT_TURN = /\b(?:in\s+relation\s+to|relating\s+to|in\s+respect\s+of|concerning|regarding)\s/gi;

/** The part of a sentence a period at `at` belongs to: from the last turn to the conduct before it, else all of it. */
function conductPart(words: string, at: number): string {
  let from = 0;
  for (const m of words.slice(0, at).matchAll(CONDUCT_TURN)) from = (m.index ?? 0) + m[0].length;
  return words.slice(from);
}

/** "It is alleged that ...": the sentence states the conduct. */
const ALLEGED_THAT = /\balleged\s+that\b/i;

/** Where a label may date the conduct by months or years: a month's name or a year, not inside a word or a number. */
const MONTH_OR_YEAR = new RegExp(`(?<![\\w/.-])(?:${MONTH_SOURCE}|(?:19|20)\\d{2})\\b`, 'g');

/** The first month or year right after a label dating the conduct ("Date(s) of alleged conduct\nJune 2015 - ..."). */
function labelledMonths(text: string): MonthPeriod | null {
  for (const m of text.matchAll(MONTH_OR_YEAR)) {
    const at = m.index ?? 0;
    if (!INCIDENT_LABEL.test(text.slice(Math.max(0, at - 60), at))) continue;
    const p = monthPeriodAt(text.slice(at));
    if (p) return { date: p.date, start: at + p.start, end: at + p.end };
  }
  return null;
}

/** A table column headed as the conduct's date: "Date of conduct", "Date(s) of incident", "Conduct date". */
const CONDUCT_COLUMN = /\bdates?\b[^|]{0,20}\b(?:conduct|incident)\b|\b(?:conduct|incident)\s+dates?\b/i;

/** The first row's date under a conduct-date column: a day ("17.02.2013") or months ("Jan-Apr 2013"). */
function conductCell(model: DocModel): MonthPeriod | null {
  for (const t of model.tables) {
    const row = t.rows[0];
    const cell = row ? cellUnder(t, row, CONDUCT_COLUMN) : null;
    if (!cell) continue;
    const full = findDates(cell.text).find((f) => f.iso && f.start === 0);
    if (full?.iso) return { date: full.iso, start: cell.start, end: cell.end };
    const p = monthPeriodAt(cell.text);
    if (p) return { date: p.date, start: cell.start, end: cell.end };
  }
  return null;
}

/** A table column giving each hearing's date ("Date of the hearing", "Heard on", or "Date and time" in a table of hearings). */
const HEARING_COLUMN = /\bdate\b[^|]{0,20}\bhearing\b|\bhearing\s+date|\bheard\b|^\s*dates?(?:\s+and\s+time)?\s*$/i;
/** A cell holding only a year or a month and year. */
const YEAR_CELL = new RegExp(`^(?:(${MONTH_SOURCE})\\s+)?((?:19|20)\\d{2})$`, 'i');

/** A table column headed as the hearing's date ("Heard on", "Date of hearing"), with its cells. */
function hearingColumn(model: DocModel): { date: string; start: number; end: number; cells: Cell[] } | null {
  for (const t of model.tables) {
    const cells = t.rows.map((r) => cellUnder(t, r, HEARING_COLUMN)).filter((c): c is Cell => c !== null);
    const first = cells[0];
    const iso = first ? findDates(first.text).find((f) => f.iso)?.iso : undefined;
    if (first && iso) return { date: iso, start: first.start, end: first.end, cells };
  }
  return null;
}

/** The hearing date in the first row of a table with a hearing-date column. */
function hearingCell(model: DocModel): { date: string; start: number; end: number } | null {
  for (const t of model.tables) {
    const row = t.rows[0];
    const cell = row ? cellUnder(t, row, HEARING_COLUMN) : null;
    if (!cell) continue;
    const full = findDates(cell.text).find((f) => f.iso);
    if (full?.iso) return { date: full.iso, start: cell.start, end: cell.end };
    const y = YEAR_CELL.exec(cell.text);
    if (y) return { date: y[1] ? `${y[2]}-${String(monthIndex(y[1])).padStart(2, '0')}` : (y[2] ?? ''), start: cell.start, end: cell.end };
  }
  return null;
}

function inHeading(model: DocModel, at: number): boolean {
  const b = model.blockAt(at);
  return b !== null && b.heading;
}

function incidentDate(text: string, found: Found[], used: Set<number>, before: string | null): Found | null {
  const free = found.filter((f, i) => f.iso && !used.has(i) && (before === null || f.iso < before));
  // Several clauses open on dates: the conduct began on the earliest of them.
  const openings = free.filter((f) => INCIDENT_OPENING.test(text.slice(Math.max(0, f.start - 60), f.start)) && !procedureFollows(text, f.end));
  if (openings.length) return openings.sort(byDate)[0]!;
  const quiet = free.filter((f) => !PROCEDURAL.test(clauseAround(text, f.start, f.end)) && !PUBLICATION_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)));
  return quiet.sort(byDate)[0] ?? null;
}

/** The other end of a range right after a date ("and 21 September 2023"). */
const RANGE_END = /^\s*(?:and|to|until|-|–)\s+[^,.;\n]{0,30}?\d{4}/;

/** A clause saying what the officer was doing at the time, after the date: ", while investigating a burglary". */
const WHILE_DOING = /^\s*,\s*(?:while|whilst|when)\s+\w+ing\s+(?:\w+\s+){0,2}\w+/i;

/** Procedure that sits or acts, as the subject of a date-opened clause ("a special case hearing was held"). */
const PROCEDURE_ACTS =
  /\b(?:panels?|hearings?|meetings?|court|tribunal|inquest|inquiry|appeal|judgment|decision|convict\w*|sentenc\w*|charged|pleaded|resign\w*|retire[ds]?)\b/i;

/**
 * Whether a date-opened clause goes on about procedure rather than conduct, past the range's other
 * end: procedure that sits or acts within its first words, or any procedural word as its subject
 * ("On 3 May the investigation began"); the conduct's own object may be procedural ("the detective
 * left the burglary investigation without any enquiry").
 */
function procedureFollows(text: string, end: number): boolean {
  const after = text.slice(end, end + 100).replace(RANGE_END, '');
  // "between 1 May and 3 June, while investigating a burglary, he ...": what the officer was doing is no subject.
  if (WHILE_DOING.test(after)) return PROCEDURE_ACTS.test(after.slice(0, 50).replace(WHILE_DOING, ''));
  const subject = after.split(/\s+/).slice(0, 4).join(' ');
  return PROCEDURE_ACTS.test(after.slice(0, 50)) || PROCEDURAL.test(subject);
}

/** Whether a partial date ("2024", "2024-05") starts before the month of a full one ("2024-06-03"). */
function startsEarlier(partial: string, full: string): boolean {
  return partial < full.slice(0, partial.length);
}

const byDate = (a: Found, b: Found) => (a.iso! < b.iso! ? -1 : a.iso! > b.iso! ? 1 : a.start - b.start);

/** Where a clause ends: a full stop, a semicolon, a comma or colon, or a blank line. */
const CLAUSE_BREAK = /[.;,:](?!\d)\s|\n\s*\n/;

/**
 * The clause a date sits in, cut at commas and sentence ends on both sides (up to 200 characters
 * each way): "In August 2024, while ..., referred to at the hearing as ..." dates the conduct,
 * though its sentence names the hearing later; "The hearing on 1 May 2025 found" does not.
 */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  let b = -1;
  for (const m of before.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) b = (m.index ?? 0) + m[0].length;
  const after = text.slice(end, end + 200);
  const a = after.search(CLAUSE_BREAK);
  return (b < 0 ? before : before.slice(b)) + (a < 0 ? after : after.slice(0, a));
}

/** The dates that open the cases of a listing written as one paragraph per case, in order. */
function caseOpeningDates(model: DocModel, found: readonly Found[]): number[] {
  const out: number[] = [];
  for (const sec of model.sections) {
    if (sec.heading === null || !DATED_CASE_OPENING.test(sec.heading)) continue;
    const i = found.findIndex((f) => f.iso && f.start >= sec.start && f.start - sec.start < 8);
    if (i >= 0) out.push(i);
  }
  return out;
}
