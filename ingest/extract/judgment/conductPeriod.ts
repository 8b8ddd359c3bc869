import { monthIndex } from '../months.js';

/**
 * The month in which a judgment's underlying conduct happened, when the text gives no day: "a
 * series of messages in August 2023", "Between May and July 2021, ..., the officer and the witness
 * exchanged messages", "claims for shifts between January and March 2019". A month beside the
 * conduct it dates is the incident; a month beside a report, a hearing or a career step ("reported
 * to the force in April 2021", "dismissed following a hearing in November 2022", "joined in June
 * 2011") is procedure or history. Years alone are left out: a judgment's years are mostly career.
 */

/** Months written in full: a judgment abbreviates a month only in a citation or a table. */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** "in August 2023", "between January and March 2019", "from May to July 2021": group 1 first month, 2 year. */
const MONTH_PERIOD_RE = new RegExp(`\\b(?:[Ii]n|[Bb]etween|[Dd]uring|[Ff]rom)\\s+(${MONTH})\\s+(?:(?:and|to|-|–)\\s+${MONTH}\\s+)?((?:19|20)\\d{2})\\b`, 'g');

/** Words of misconduct itself: messages sent, records looked up, claims made, force used. */
const CONDUCT_RE =
  /\b(?:messages?|texts?|texted|sent|exchanged|relationship|met\s+socially|posted|accessed|viewed|looked\s+up|searched|submitted|claims?\s+(?:for|submitted)|shifts|overtime|touched|kissed|assaulted|struck|punched|pushed|kicked|restrained|stole|took|used\s+(?:force|police|the\s+force's))\b/i;

const CONDUCT_GLOBAL_RE = new RegExp(CONDUCT_RE.source, 'gi');

/** Words of procedure or career near the month: then it dates a step of the case or a posting. */
const PROCEDURE_RE =
  /\b(?:report(?:ed|s)?|complain\w*|told|hearings?|tribunal|panel|charged|acquitted|convicted|sentenced|interview\w*|arrested|audit|investigat\w*|appeal\w*|dismiss\w*|resign\w*|retir\w*|joined|promoted|transferred|judgment|permission|decision|notice|served|suspended|referred)\b/i;

/** How far from the month the conduct may be named, and how far back procedure is looked for. */
const AFTER_CHARS = 120;
const BEFORE_CHARS = 80;
/**
 * How much of the month's own clause is its subject and verb ("an audit of overtime found"); words
 * further on are the conduct's object ("used the system to view reports about ...").
 */
const OWN_CLAUSE_CHARS = 40;

/** The text from `at` back to the start of its sentence or clause list, at most `chars` long. */
function before(text: string, at: number, chars: number): string {
  const window = text.slice(Math.max(0, at - chars), at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'), window.lastIndexOf(';'));
  return stop < 0 ? window : window.slice(stop + 1);
}

/** The text from `at` on to the end of its sentence or clause, at most `chars` long. */
function after(text: string, at: number, chars: number): string {
  const window = text.slice(at, at + chars);
  const stop = window.search(/[.;](?:\s|$)/);
  return stop < 0 ? window : window.slice(0, stop);
}

/** The first month in `text` from `from` on that dates conduct, as "2023-08". */
export function conductMonth(text: string, from: number): { date: string; start: number; end: number } | null {
  MONTH_PERIOD_RE.lastIndex = from;
  for (let m = MONTH_PERIOD_RE.exec(text); m; m = MONTH_PERIOD_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lead = before(text, start, BEFORE_CHARS);
    const rest = after(text, end, AFTER_CHARS);
    // The month's own clause runs to the first comma: "In July 2019 an audit found ..." dates the
    // audit, while "Between May and July 2021, while the inquiry went on, they met" dates the meeting.
    const own = (rest.split(',')[0] ?? '').slice(0, OWN_CLAUSE_CHARS);
    if (PROCEDURE_RE.test(own)) continue;
    // Conduct named before the month dates it unless procedure comes between ("the panel held that he
    // texted her in May"); with none before, the month must lead into conduct and follow no procedure.
    const conduct = [...lead.matchAll(CONDUCT_GLOBAL_RE)].pop();
    const between = conduct ? lead.slice((conduct.index ?? 0) + conduct[0].length) : lead;
    if (PROCEDURE_RE.test(between) || (!conduct && !CONDUCT_RE.test(rest))) continue;
    const month = monthIndex(m[1] ?? '');
    return { date: `${m[2]}-${String(month).padStart(2, '0')}`, start, end };
  }
  return null;
}
