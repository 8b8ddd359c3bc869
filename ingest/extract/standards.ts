import { STANDARD_WORDINGS } from '../../src/domain/standardWordings.js';
import type { Standard } from '../../src/domain/vocabulary.js';
import type { DocText } from '../text.js';
import { squash } from './names.js';

/**
 * A Standard's words may wrap onto a two-column table's continuation line, which opens with the
 * column bar ("Challenging and\n| Reporting Improper Conduct"): the gap between two words may hold it.
 */
const WRAPPED_GAP = '(?:\\s*\\n[ \\t]*\\|)?\\s+';
/** The bar opening a continuation line, dropped when the words are read. */
const CONTINUATION_BAR = /\n[ \t]*\|/g;
/** One alternation with a group per Standard, so a single linear pass finds every mention. */
const STANDARD_PATTERN = new RegExp(STANDARD_WORDINGS.map((w) => `\\b(${w.source.replaceAll('\\s+', WRAPPED_GAP)})\\b`).join('|'), 'gi');

/** Formal wording capitalises the Standard's main words ("Use of Force", "Duties & Responsibilities"). */
const TITLE_CASE = /^[A-Z][a-z]*(?:,?\s+(?:(?:and|&|of|for)\s+)?[A-Z][a-z]*)*$/;
/**
 * Prose naming a Standard in lower case only counts when the sentence is about a breach ("breaches
 * of the Standards ... relating to honesty and integrity") or states an allegation ("It was alleged
 * that she ... fell short of the standard on duties and responsibilities"); "the standard of honesty
 * and integrity" in a discussion of the Code is not an allegation.
 */
const BREACH_SENTENCE = /\bbreach|\bStandards of Professional Behaviour\b/;
const ALLEGED_SENTENCE = /\balleg(?:ed|ation)\b/;
/**
 * In an allegation the words must be framed as a Standard ("the standard on duties and
 * responsibilities", "(orders and instructions)"): "failed to report his colleague's use of force"
 * names the conduct reported, not the Standard breached.
 */
/** The next item of a list of Standards ("the standards of use of force and of duties and ..."). */
const LISTED_AFTER = /^[\s,]*(?:(?:and|or|&)\s+)?(?:(?:of|on)\s+)?(?:the\s+)?$/i;
const STANDARD_FRAME_BEFORE = /(?:\bstandards?\s+(?:on|of|for|relating\s+to|concerning|covering)\s+(?:the\s+)?|\(\s*)$/i;
/** The end of a clause after a mention; a quotation may close after its full stop ('... confidence."'). */
const CLAUSE_SPLIT = /[.;]["”’')]*\s/;
/** Where a sentence starts, looking back from a mention. */
const SENTENCE_BREAK = /[.;!?]["”’')]*\s|\n\s*\n|•/g;
/** Eight or more distinct Standards this close together are a copy of Schedule 2, not allegations. */
const SCHEDULE_WINDOW = 700;
const SCHEDULE_MIN = 8;

export interface StandardMention {
  standard: Standard;
  start: number;
  end: number;
  /** Found by the conduct a Standard describes, not by its name. */
  described?: boolean;
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
    const words = squash(m[0].replace(CONTINUATION_BAR, ' '));
    if (entry.from === 'described') {
      const found = entry.standard !== 'Honesty and Integrity' && FOUND_CONDUCT.test(text.slice(sentenceStart(text, start), start));
      if (found || statesAllegation(text, start)) out.push({ standard: entry.standard, start, end, described: true });
      continue;
    }
    if (!TITLE_CASE.test(words) || words === words.toUpperCase()) {
      const sentence = text.slice(sentenceStart(text, start), Math.min(text.length, end + 200)).split(CLAUSE_SPLIT)[0] ?? '';
      const prev = out[out.length - 1];
      const listed = prev !== undefined && start - prev.end < 20 && LISTED_AFTER.test(text.slice(prev.end, start));
      const framed = listed || STANDARD_FRAME_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      if (!BREACH_SENTENCE.test(sentence) && !(framed && ALLEGED_SENTENCE.test(sentence))) continue;
    }
    out.push({ standard: entry.standard, start, end });
  }
  return dropScheduleCopies(dropRestated(text, out));
}

/**
 * Words that say a sentence or a list's lead-in states an allegation ("It is alleged that PC X:", "An
 * allegation that she ...", "brought proceedings against Officer K for failing to ...", "faced a
 * misconduct meeting ... for failing to ...") or a panel's finding of one ("The panel found his
 * behaviour discredited the police"): conduct restating a Standard counts only there.
 */
/** Proceedings an officer faced ("faced a misconduct meeting", "will face a gross misconduct hearing"): they name the subject and state the allegation. */
export const FACED_PROCEEDINGS = '\\b(?:faced|faces|face|appeared\\s+before|attended)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}(?:meeting|hearing)\\b';
const ALLEGATION_WORD = new RegExp(`\\balleg|\\bproceedings\\s+against\\b|${FACED_PROCEEDINGS}`, 'i');
/**
 * A panel's finding stated as conduct ("The panel found his behaviour discredited the police"). Not
 * for dishonesty: reports and judgments say a panel "found he had been dishonest" while recounting
 * sanction or mitigation, where labels do not take it as an allegation of its own.
 */
const FOUND_CONDUCT = /\b(?:panel|chair|tribunal|meeting|hearing|person\s+conducting(?:\s+the\s+meeting)?)\s+(?:also\s+)?(?:found|determined|concluded|held)\b/i;
/** A list item's marker at the start of its line ("* ", "• ", "- ", "(a) "). */
const LIST_ITEM = /^[ \t]*(?:[*•▪◦·–-]|\(?[a-z]\)|\(?[ivx]{1,4}\))[ \t]+/;
/** How many lines back a list item may look for its lead-in. */
const LEAD_IN_REACH = 12;

/**
 * Whether the conduct described at `at` is stated as an allegation: its own sentence says so, or it
 * sits in a list item whose lead-in line ("It is alleged that PC X:") does. Elsewhere such words
 * ("the panel was not satisfied the claim was dishonest") are reasoning, not a new allegation.
 */
function statesAllegation(text: string, at: number): boolean {
  return ALLEGATION_WORD.test(text.slice(sentenceStart(text, at), at)) || allegationLeadIn(text, at) !== null;
}

/** A wrapped list item's continuation line, indented under its marker. */
const CONTINUATION = /^[ \t]{2,}\S/;
/** A line that ends a sentence, an item or a lead-in. */
const LINE_CLOSED = /[.;:!?][ \t]*$/;

/** Whether the page wrapped `above` onto the next line: it ends mid-sentence (extracted text keeps no indent). */
function wrapped(above: string | undefined): boolean {
  return above !== undefined && above.trim() !== '' && !LINE_CLOSED.test(above);
}

/**
 * The lead-in line of the list item holding `at` when it introduces allegations ("It is alleged that
 * PC X:"), as offsets: the officer it names is the subject of every item below it, whoever an item
 * mentions. Null outside such a list.
 */
export function allegationLeadIn(text: string, at: number): { start: number; end: number } | null {
  const from = Math.max(0, at - 1500);
  const lines = text.slice(from, at).split('\n');
  let end = at - from;
  let inItem = false;
  for (let i = lines.length - 1, k = 0; i >= 0 && k < LEAD_IN_REACH; i--, k++) {
    const line = lines[i] ?? '';
    const start = end - line.length;
    if (LIST_ITEM.test(line)) inItem = true;
    else if (!CONTINUATION.test(line) && !wrapped(lines[i - 1]) && i !== lines.length - 1) {
      return inItem && line.trimEnd().endsWith(':') && ALLEGATION_WORD.test(line) ? { start: from + start, end: from + end } : null;
    }
    end = start - 1;
  }
  return null;
}

/** How far apart a described mention and the formal name it restates may sit in one sentence. */
const RESTATED_REACH = 300;

/**
 * "failed to challenge or report ... (Challenging and Reporting Improper Conduct)": the conduct and
 * the Standard's name in one sentence are one allegation, placed where the name is.
 */
function dropRestated(text: string, ms: StandardMention[]): StandardMention[] {
  return ms.filter(
    (m) =>
      !m.described ||
      !ms.some((o) => {
        if (o.described || o.standard !== m.standard || Math.abs(o.start - m.start) > RESTATED_REACH) return false;
        const between = text.slice(Math.min(m.end, o.end), Math.max(m.start, o.start));
        return !SENTENCE_BREAK_ONCE.test(between);
      }),
  );
}
/** A sentence's end between two points. */
const SENTENCE_BREAK_ONCE = /[.!?]\s|\n\s*\n/;

function dropScheduleCopies(ms: StandardMention[]): StandardMention[] {
  const drop = new Set<number>();
  for (let i = 0, j = 0; i < ms.length; i++) {
    while ((ms[i]?.start ?? 0) - (ms[j]?.start ?? 0) > SCHEDULE_WINDOW) j++;
    const distinct = new Set(ms.slice(j, i + 1).map((m) => m.standard));
    if (distinct.size >= SCHEDULE_MIN) for (let k = j; k <= i; k++) drop.add(k);
  }
  return drop.size === ms.length ? ms : ms.filter((_, i) => !drop.has(i));
}
