/**
 * The stage and result of a judicial review or appeal, from the court's own operative words.
 * Judgments also recite results of earlier stages ("Permission was refused on the papers"),
 * of the decision below and of other cases, and report what parties asked for ("the Chief
 * Constable asks the court to substitute..."). So only present, future or first-person forms
 * count ("is dismissed", "I would dismiss", "we allow"), sentences that report argument,
 * condition or negation are skipped, and the result is read from the last operative statement
 * and those just before it (a disposal paragraph often quashes, remits and deals with costs).
 */
import type { JrResult } from '../../../src/domain/vocabulary.js';

/** Modal and connective words between "I"/"we" and the verb of an order. */
const MODALS = '(?:(?:will|shall|would|must|therefore|accordingly|also|hereby|so|thus|then|,)\\s*)*';

/** Verb phrases that state an order or finding in force now: "is dismissed", "must be refused". */
const IS = '(?:is|are|be|stands?|must\\s+be|will\\s+be|should\\s+be|shall\\s+be|is\\s+therefore|is\\s+accordingly)';

/** What a claim is called. */
const CLAIM = '(?:claim|application\\s+for\\s+judicial\\s+review|application)(?:\\s+for\\s+judicial\\s+review)?';

/**
 * One pattern per result. Every pattern is a chain of fixed words with `\s+` between and at most
 * one bounded gap ([^.]{0,n}), so matching stays linear.
 */
const RESULT_PATTERNS: { result: JrResult; re: RegExp }[] = [
  // "I would dismiss the appeal", "the appeal is dismissed", "the appeal fails".
  { result: 'appeal_dismissed', re: new RegExp(`\\b(?:I|we)\\s+${MODALS}dismiss\\s+(?:the|this|these|both)\\s+appeals?\\b|\\bappeals?\\s+${IS}\\s+dismissed\\b|\\bthe\\s+appeals?\\s+(?:therefore\\s+|accordingly\\s+)?fails?\\b`, 'gi') },
  { result: 'appeal_allowed', re: new RegExp(`\\b(?:I|we)\\s+${MODALS}allow\\s+(?:the|this|these|both)\\s+appeals?\\b|\\bappeals?\\s+${IS}\\s+allowed\\b|\\bthe\\s+appeals?\\s+(?:therefore\\s+|accordingly\\s+)?succeeds?\\b`, 'gi') },
  // "I therefore quash ... and substitute", "substituting his own decision" (reported by news).
  { result: 'substituted', re: new RegExp(`\\b(?:I|we)\\s+${MODALS}(?:quash\\b[^.;]{0,200}?\\band\\s+)?substitute\\b|\\bsubstitut(?:ed|ing)\\s+(?:his|her|its|their|the\\s+court['’]s|a)\\s+(?:own\\s+)?(?:decision|outcome|sanction)\\b|\\b(?:decision|outcome|sanction)\\b[^.]{0,80}?\\b${IS}\\s+substituted\\b`, 'gi') },
  // "is remitted", "I remit", "I quash the decision and remit", "is quashed and the matter remitted".
  { result: 'remitted', re: new RegExp(`\\b${IS}\\s+remitted\\b|\\b(?:I|we)\\s+${MODALS}(?:quash\\b[^.;]{0,200}?\\band\\s+)?remit\\b|\\bquashed\\b[^.;]{0,80}?\\bremitted\\b`, 'gi') },
  // "is quashed", "I quash", "an order quashing the decision", "I make a quashing order".
  { result: 'quashed', re: new RegExp(`\\b${IS}\\s+quashed\\b|\\b(?:I|we)\\s+${MODALS}quash\\b|\\border\\s+quashing\\b|\\b(?:make|grant)\\s+a\\s+quashing\\s+order\\b`, 'gi') },
  // "The claim is allowed", "I allow the claim", "I grant permission and allow the claim".
  { result: 'allowed', re: new RegExp(`\\b${CLAIM}\\s+(?:succeeds\\s+and\\s+)?${IS}\\s+allowed\\b|\\b(?:I|we)\\s+${MODALS}(?:[^.;]{0,120}?\\b(?:and|but)\\s+)?allow\\s+(?:the|this)\\s+${CLAIM}\\b|\\b(?:the|this)\\s+${CLAIM}\\s+(?:therefore\\s+|accordingly\\s+)?succeeds\\b`, 'gi') },
  // "The claim is dismissed", "this claim fails and is dismissed", "I grant permission but dismiss the claim".
  { result: 'dismissed', re: new RegExp(`\\b${CLAIM}\\s+(?:fails\\s+and\\s+)?${IS}\\s+dismissed\\b|\\b(?:I|we)\\s+${MODALS}(?:[^.;]{0,120}?\\b(?:and|but)\\s+)?dismiss\\s+(?:the|this)\\s+${CLAIM}\\b|\\b(?:the|this)\\s+${CLAIM}\\s+(?:therefore\\s+|accordingly\\s+)?fails\\b`, 'gi') },
  // "Permission to apply for judicial review is refused", "I refuse permission".
  // The order's own shorthand on a line of its own ("Permission refused.") counts too.
  { result: 'permission_refused', re: new RegExp(`^[ \\t]*Permission\\s+(?:to\\s+apply\\s+for\\s+judicial\\s+review\\s+)?refused\\b|\\bpermission\\b[^.]{0,80}?\\b${IS}\\s+refused\\b|\\b(?:I|we)\\s+${MODALS}refuse\\s+(?:the\\s+(?:renewed\\s+)?application\\s+for\\s+)?permission\\b|\\b(?:renewed\\s+application|application\\s+for\\s+permission)\\b[^.]{0,80}?\\b${IS}\\s+(?:refused|dismissed)\\b`, 'gim') },
  { result: 'permission_granted', re: new RegExp(`^[ \\t]*Permission\\s+(?:to\\s+apply\\s+for\\s+judicial\\s+review\\s+)?granted\\b|\\bpermission\\b[^.]{0,80}?\\b(?:is|are|will\\s+be|is\\s+therefore)\\s+granted\\b|\\b(?:I|we)\\s+${MODALS}grant\\s+permission\\b`, 'gim') },
];

/**
 * Which result wins when a disposal states several: an appeal's result (it disposes of the whole
 * case), then the most specific relief, then the final over the permission stage.
 */
const PRIORITY: JrResult[] = [
  'substituted',
  'remitted',
  'quashed',
  'allowed',
  'dismissed',
  'permission_granted',
  'permission_refused',
];

/**
 * Words that, earlier in the same sentence, make the statement something other than the court's
 * order: argument ("submitted", "asks", "invites"), condition ("if", "whether", "unless"),
 * negation or refusal to act ("not", "decline", "cannot"), possibility ("could", "might",
 * "may"), a power described ("permits", "power to", "available") or a holding in another case.
 */
const NOT_OPERATIVE_RE =
  /\b(?:submi(?:t|ts|tted|ssions?)|contend(?:s|ed)?|contention|argu(?:e|es|ed|ment)|asks?|asked|invit(?:e|es|ed)|seeks?|sought|urg(?:e|es|ed)|whether|if|unless|not|n['’]t|never|decline[sd]?|cannot|could|might|may|permits?|power|available|held|holding|that\s+(?:I|we|the\s+court)\s+should)\b/i;

/** How far back a sentence may start; a page of text without a full stop is not one sentence. */
const SENTENCE_LOOKBACK = 400;

/** How far before the last operative statement other parts of the same disposal may lie. */
const DISPOSAL_WINDOW = 2500;

/** Text that makes a non-judgment document worth reading for a result: it reports a ruling. */
const COURT_CONTEXT_RE = /judicial\s+review|High\s+Court|Court\s+of\s+Appeal|Supreme\s+Court|Administrative\s+Court|Upper\s+Tribunal|\bjudge\b/i;

export interface ResultHit {
  result: JrResult;
  start: number;
  end: number;
}

/**
 * Where a sentence or clause starts: after ". " and a capital, at a paragraph number opening a
 * line, or after ", and" / ", but" (see sentenceBefore).
 */
const SENTENCE_STOP_RE = /[.;:!?]["”’)]?\s+(?=[A-Z\["“(])|\n\s*\[?\d{1,4}[.\]]\s|,\s+(?:and|but)\s+/g;

/** Opening and closing curly quotes, counted to tell whether a statement is inside a quotation. */
const OPEN_QUOTE_RE = /“/g;
const CLOSE_QUOTE_RE = /”/g;

function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - SENTENCE_LOOKBACK);
  const before = text.slice(from, at);
  // A sentence ends at ". " followed by a capital, or at a paragraph number on its own line;
  // abbreviations like "Steyn J." rarely precede an order in the same sentence.
  // A new clause joined by ", and" or ", but" has its own subject and verb: "the judge said no
  // panel could have..., and took the step of substituting" orders nothing conditionally.
  const stops = [...before.matchAll(SENTENCE_STOP_RE)];
  const last = stops[stops.length - 1];
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

/** Every operative statement of a result, in text order. */
export function findResultStatements(text: string): ResultHit[] {
  const hits: ResultHit[] = [];
  for (const { result, re } of RESULT_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      // The clause leading up to the verb is part of the check: "that I should substitute".
      const sentence = sentenceBefore(text, start);
      if (NOT_OPERATIVE_RE.test(sentence)) continue;
      // Inside a quotation (an open “ not yet closed) the words are someone else's.
      if ((sentence.match(OPEN_QUOTE_RE)?.length ?? 0) > (sentence.match(CLOSE_QUOTE_RE)?.length ?? 0)) continue;
      hits.push({ result, start, end: start + m[0].length });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The result of the proceedings, with where it was read; null when the text states none. */
export function findJrResult(text: string, judgment: boolean): ResultHit | null {
  if (!judgment && !COURT_CONTEXT_RE.test(text)) return null;
  const hits = findResultStatements(text);
  const last = hits[hits.length - 1];
  if (!last) return null;
  const disposal = hits.filter((h) => h.start >= last.start - DISPOSAL_WINDOW);
  // Of several appeal results (a dissent, then the majority's order), the last stated stands.
  const appeals = disposal.filter((h) => h.result === 'appeal_allowed' || h.result === 'appeal_dismissed');
  if (appeals.length) return appeals[appeals.length - 1] as ResultHit;
  for (const r of PRIORITY) {
    const of = disposal.filter((h) => h.result === r);
    if (of.length) return of[of.length - 1] as ResultHit;
  }
  return null;
}
