/**
 * Findings a judgment states for a list of allegations at once. A judgment recounts the misconduct
 * case briefly: it lists the Standards in one sentence ("breaches of three Standards: A; B; and C")
 * and gives the panel's findings in the next ones, by quantity or order ("The panel found each
 * proven ... this was gross misconduct", "found both allegations not proven", "found the first two
 * proven ... It found the third not proven", "determined that the conduct amounted to practice
 * requiring improvement"). The words are away from the Standards, so they are read here for the
 * whole list. A list that was only found a case to answer ("had a case to answer for misconduct")
 * was not yet decided.
 */
import type { AllegationFact } from '../../../src/domain/extraction.js';
import { REFERRED_AT } from '../findingWords.js';
import type { Finding } from '../../../src/domain/vocabulary.js';
import { modelOf } from '../../model/index.js';
import type { DocText } from '../../text.js';

/** How far after the list its findings are looked for: the rest of its paragraph and a few more. */
const WINDOW_CHARS = 900;

/** Allegations whose sources lie this close, with no sentence end between, are one list. */
const LIST_GAP_CHARS = 200;

/** "found both allegations not proven", "found all the charges not made out". */
const ALL_NOT_PROVEN_RE =
  /\bfound\s+(?:both|all|each|all\s+(?:the\s+)?(?:two|three|four|five)|the)\s+(?:of\s+)?(?:the\s+)?(?:allegations?|charges?|breaches)\s+(?:to\s+be\s+)?not\s+(?:proven|proved|made\s+out)\b/i;

/** "found each proven", "found all four allegations proved", "found both breaches made out". */
const ALL_PROVEN_RE =
  /\bfound\s+(?:each|both|all|all\s+(?:the\s+)?(?:two|three|four|five)|the\s+allegations|them)(?:\s+(?:of\s+)?(?:the\s+)?(?:allegations?|charges?|breaches))?\s+(?:to\s+be\s+)?(?:proven|proved|made\s+out)\b/i;

/** "found the first two allegations proven": group 1 how many (none for one). */
const FIRST_PROVEN_RE = /\bfound\s+the\s+first\s+(?:(two|three|four)\s+)?(?:allegations?\s+|charges?\s+)?(?:to\s+be\s+)?(?:proven|proved|made\s+out)\b/i;

/** "It found the third not proven": group 1 which one. */
const NTH_NOT_PROVEN_RE = /\bfound\s+the\s+(second|third|fourth|fifth)\s+(?:allegation\s+|charge\s+)?(?:to\s+be\s+)?not\s+(?:proven|proved|made\s+out)\b/i;

/** "amounted to practice requiring improvement (and not to misconduct)". */
const PRI_RE = /\b(?:amount(?:ed|s)?|amounting)\s+to\s+practice\s+requiring\s+improvement\b/i;

/**
 * "found the breach proved", "the allegation was found proved": one allegation decided, in the
 * singular, which settles a list of one (or the one allegation of a list that was referred on).
 */
const ONE_PROVEN_RE =
  /\bfound\s+the\s+(?:allegation|charge|breach)\s+(?:to\s+be\s+)?(?:proven|proved|made\s+out)\b|\bthe\s+(?:allegation|charge|breach)\s+was\s+found\s+(?:to\s+be\s+)?(?:proven|proved|made\s+out)\b/i;

/**
 * The severity a proven list was given: "that this was gross misconduct", "amounting to misconduct",
 * "assessed it as misconduct" (a panel grading a breach lower than the charge).
 */
const SEVERITY_RE = /\b(?:was|were|amount(?:ed|s)?\s+to|amounting\s+to|constituted|each\s+amounted\s+to|as)\s+(gross\s+)?misconduct\b/i;

/**
 * "a case to answer ... in respect of A, but no case to answer in respect of B": in a sentence that
 * gives both, each allegation takes the decision named last before it. Group 1 "no".
 */
const ANSWER_PHRASE_RE = /\b(no\s+)?case\s+to\s+answer\b/gi;

/**
 * "directed to attend a gross misconduct hearing for breach of A": the level of the forum the case
 * was sent to, which is the charge, not the finding; the finding is read after it.
 */
const FORUM_LEVEL_RE = /\b(?:gross\s+)?misconduct\s+(?:hearing|meeting)\s+for\b/i;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };

/** The allegations in lists: each list is in text order and shares an officer. */
function lists(doc: DocText, allegations: AllegationFact[]): AllegationFact[][] {
  const sorted = [...allegations].sort((a, b) => doc.offsetOf(a.source) - doc.offsetOf(b.source));
  const out: AllegationFact[][] = [];
  for (const a of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? doc.text.slice(doc.offsetOf(prev.source), doc.offsetOf(a.source)) : '';
    if (last && prev && prev.officerKey === a.officerKey && gap.length <= LIST_GAP_CHARS && !/\.\s+[A-Z]/.test(gap)) last.push(a);
    else out.push([a]);
  }
  return out;
}

/** The severity stated in `text` for proven allegations; when the text names none, the level referred (gross misconduct if none). */
function severity(text: string, referred: Finding = 'gross_misconduct'): Finding {
  const m = SEVERITY_RE.exec(text);
  return m ? (m[1] ? 'gross_misconduct' : 'misconduct') : referred;
}

/**
 * The allegations of a list whose sentence says there was no case to answer for them, each taking
 * the decision named last before it there; they are set, and the rest returned.
 */
function splitNoCase(doc: DocText, group: AllegationFact[], sentenceStart: number): AllegationFact[] {
  const rest: AllegationFact[] = [];
  for (const a of group) {
    const before = doc.text.slice(sentenceStart, doc.offsetOf(a.source));
    const last = [...before.matchAll(ANSWER_PHRASE_RE)].pop();
    if (last?.[1]) a.finding = 'no_case_to_answer';
    else rest.push(a);
  }
  return rest;
}

/** Sets the findings of each list of allegations from the sentences that follow it. */
export function groupFindings(doc: DocText, allegations: AllegationFact[]): void {
  const model = modelOf(doc);
  const groups = lists(doc, allegations);
  groups.forEach((group, i) => {
    const last = group[group.length - 1]!;
    const sentence = model.sentenceAt(doc.offsetOf(last.source));
    const from = sentence?.end ?? doc.offsetOf(last.source);
    const next = groups[i + 1];
    const to = Math.min(from + WINDOW_CHARS, next ? doc.offsetOf(next[0]!.source) : Infinity);
    const after = doc.text.slice(from, Math.max(from, to));
    const own = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
    const referral = REFERRED_AT.exec(own);
    if (group.length < 2 && !referral && !FORUM_LEVEL_RE.test(own)) return;
    // Those the sentence found no case to answer for are decided; the findings after are the others'.
    const open = referral && sentence ? splitNoCase(doc, group, sentence.start) : group;
    const level: Finding | undefined = referral ? (referral[1] ? 'gross_misconduct' : 'misconduct') : undefined;
    const set = (f: Finding | null, members: AllegationFact[] = open) => members.forEach((a) => (a.finding = f));
    if (!open.length) return;
    if (ALL_NOT_PROVEN_RE.test(after)) return set('not_proven');
    const first = FIRST_PROVEN_RE.exec(after);
    if (first) {
      const n = first[1] ? (COUNTS[first[1].toLowerCase()] ?? 1) : 1;
      set(severity(after.slice(first.index), level), open.slice(0, n));
      const nth = NTH_NOT_PROVEN_RE.exec(after);
      const k = nth ? ORDINALS.indexOf((nth[1] ?? '').toLowerCase()) : -1;
      if (k >= 0 && open[k]) set('not_proven', [open[k]]);
      return;
    }
    const all = ALL_PROVEN_RE.exec(after);
    if (all) return set(severity(after.slice(all.index), level));
    const one = open.length === 1 ? ONE_PROVEN_RE.exec(after) : null;
    if (one) return set(severity(after.slice(one.index), level));
    if (PRI_RE.test(after)) return set('practice_requiring_improvement');
    if (referral) set(null);
  });
}
