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

/** Modal and connective words between "I"/"we" and the verb of an order ("I propose to dismiss"). */
const MODALS = '(?:(?:will|shall|would|must|therefore|accordingly|also|hereby|so|thus|then|have\\s+decided\\s+to|propose\\s+to|,)\\s*)*';

/** Verb phrases that state an order or finding in force now: "is dismissed", "must be refused". */
const IS = '(?:is|are|be|stands?|must\\s+be|will\\s+be|should\\s+be|shall\\s+be|(?:is|are)\\s+therefore|(?:is|are)\\s+accordingly)';

/** What a claim is called; joined claims ("Both claims for judicial review are dismissed") are decided together. */
const CLAIM = '(?:claims?|applications?\\s+for\\s+judicial\\s+review|applications?)(?:\\s+for\\s+judicial\\s+review)?';

/**
 * One pattern per result. Every pattern is a chain of fixed words with `\s+` between and at most
 * one bounded gap ([^.]{0,n}), so matching stays linear.
 */
const RESULT_PATTERNS: { result: JrResult; re: RegExp; newsOnly?: boolean; relief?: boolean; partial?: boolean }[] = [
  // "I would dismiss the appeal", "the appeal is dismissed", "the appeal fails".
  {
    result: 'appeal_dismissed',
    re: new RegExp(
      `\\b(?:I|we)\\s+${MODALS}dismiss\\s+(?:the|this|these|both)\\s+appeals?\\b|\\bappeals?\\s+${IS}\\s+dismissed\\b|\\bthe\\s+appeals?\\s+(?:therefore\\s+|accordingly\\s+)?(?:fails?|must\\s+fail)\\b`,
      'gi',
    ),
  },
  {
    result: 'appeal_allowed',
    re: new RegExp(
      `\\b(?:I|we)\\s+${MODALS}allow\\s+(?:the|this|these|both)\\s+appeals?\\b|\\bappeals?\\s+${IS}\\s+allowed\\b|\\bthe\\s+appeals?\\s+(?:therefore\\s+|accordingly\\s+)?(?:succeeds?|must\\s+succeed)\\b`,
      'gi',
    ),
  },
  // "I therefore quash ... and substitute", "the decision ... is substituted".
  {
    result: 'substituted',
    re: new RegExp(
      `\\b(?:I|we)\\s+${MODALS}(?:quash\\b[^.;]{0,200}?\\band\\s+)?substitute\\b|\\b(?:decision|outcome|sanction)\\b[^.]{0,80}?\\b${IS}\\s+substituted\\b`,
      'gi',
    ),
  },
  // "substituting his own decision": news reports the court's substitution in the past; in a
  // judgment the same words recount what a tribunal below did.
  { result: 'substituted', newsOnly: true, re: /\bsubstitut(?:ed|ing)\s+(?:his|her|its|their|the\s+court['’]s|a)\s+(?:own\s+)?(?:decision|outcome|sanction)\b/gi },
  // "is remitted", "I remit", "I quash the decision and remit", "is quashed and the matter remitted".
  {
    result: 'remitted',
    re: new RegExp(`\\b${IS}\\s+remitted\\b|\\b(?:I|we)\\s+${MODALS}(?:quash\\b[^.;]{0,200}?\\band\\s+)?remit\\b|\\b${IS}\\s+quashed\\b[^.;]{0,80}?\\bremitted\\b`, 'gi'),
  },
  // The remittal in plain words: "will go back to a fresh panel", "is sent back to the panel to decide again".
  {
    result: 'remitted',
    re: /\b(?:will|must|shall|is\s+to|should)\s+(?:go|be\s+sent|be\s+returned)\s+back\s+to\s+(?:a|the)\s+(?:(?:fresh|new|differently\s+constituted|same)\s+)?(?:panel|tribunal|chair)\b|\b(?:is|are)\s+sent\s+back\s+to\s+(?:a|the)\s+(?:(?:fresh|new|differently\s+constituted|same)\s+)?(?:panel|tribunal|chair)\b/gi,
  },
  // "is quashed", "I quash", "I shall make an order quashing the decision", "there will be a
  // quashing order". An order made by someone else ("the judge made an order quashing") is not this court's.
  {
    result: 'quashed',
    re: new RegExp(
      `\\b${IS}\\s+quashed\\b|\\b(?:I|we)\\s+${MODALS}quash\\b|\\b(?:(?:I|we)\\s+${MODALS}(?:make|grant)|there\\s+(?:will|shall|must)\\s+be)\\s+(?:an?\\s+order\\s+quashing|a\\s+quashing\\s+order)\\b`,
      'gi',
    ),
  },
  // "The claim is allowed", "I allow the claim", "I grant permission and allow the claim".
  {
    result: 'allowed',
    re: new RegExp(
      `\\b${CLAIM}\\s+(?:succeeds\\s+and\\s+)?${IS}\\s+allowed\\b|\\b(?:I|we)\\s+${MODALS}(?:[^.;]{0,120}?\\b(?:and|but)\\s+)?allow\\s+(?:the|this|these|both(?:\\s+the)?)\\s+${CLAIM}\\b|\\b(?:the|this|these|both(?:\\s+the)?)\\s+${CLAIM}\\s+(?:therefore\\s+|accordingly\\s+)?(?:succeeds|must\\s+succeed)\\b`,
      'gi',
    ),
  },
  // "The claim is allowed in part", "succeeds in part", "is partly successful", "I allow the claim in
  // part": the claim's result. The relief then given is partial ("quashed insofar as it concerns ..."),
  // so it does not stand for the whole claim as a quashing or remittal would.
  {
    result: 'allowed',
    partial: true,
    re: new RegExp(
      `\\b${CLAIM}\\s+(?:${IS}\\s+(?:allowed|granted)|succeeds|is\\s+successful)\\s+(?:in\\s+part|partly|partially)\\b|\\b${CLAIM}\\s+(?:${IS}\\s+)?(?:partly|partially)\\s+(?:allowed|successful|succeeds)\\b|\\b(?:I|we)\\s+${MODALS}allow\\s+(?:the|this|these|both(?:\\s+the)?)\\s+${CLAIM}\\s+(?:in\\s+part|partly)\\b`,
      'gi',
    ),
  },
  // "The claim is dismissed", "this claim fails and is dismissed", "I grant permission but dismiss the claim".
  {
    result: 'dismissed',
    re: new RegExp(
      `\\b${CLAIM}\\s+(?:fails\\s+and\\s+)?${IS}\\s+dismissed\\b|\\b(?:I|we)\\s+${MODALS}(?:[^.;]{0,120}?\\b(?:and|but)\\s+)?dismiss\\s+(?:the|this|these|both(?:\\s+the)?)\\s+${CLAIM}\\b|\\b(?:the|this|these|both(?:\\s+the)?)\\s+${CLAIM}\\s+(?:therefore\\s+|accordingly\\s+)?(?:fails|must\\s+fail)\\b`,
      'gi',
    ),
  },
  // "Permission to apply for judicial review is refused", "I refuse permission".
  {
    result: 'permission_refused',
    re: new RegExp(
      `\\bpermission\\b[^.]{0,80}?\\b${IS}\\s+refused\\b|\\b(?:I|we)\\s+${MODALS}refuse\\s+(?:the\\s+(?:renewed\\s+)?application\\s+for\\s+)?permission\\b|\\b(?:renewed\\s+application|application\\s+for\\s+permission)\\b[^.]{0,80}?\\b${IS}\\s+(?:refused|dismissed)\\b`,
      'gi',
    ),
  },
  {
    result: 'permission_granted',
    re: new RegExp(`\\bpermission\\b[^.]{0,80}?\\b(?:is|are|will\\s+be|is\\s+therefore)\\s+granted\\b|\\b(?:I|we)\\s+${MODALS}grant\\s+permission\\b`, 'gi'),
  },
  // The order's own shorthand, a capitalised line of its own ("Permission refused."); a wrapped
  // line of prose that happens to start "permission granted by ..." is not one.
  { result: 'permission_refused', re: /^[ \t]*Permission\s+(?:to\s+apply\s+for\s+judicial\s+review\s+)?refused\.?[ \t]*$/gm },
  { result: 'permission_granted', re: /^[ \t]*Permission\s+(?:to\s+apply\s+for\s+judicial\s+review\s+)?granted\.?[ \t]*$/gm },
  // "my decision to ... grant the relief sought": the relief the claim asked for (see reliefSought).
  // "The application for judicial review is granted", "I grant the application for judicial review"
  // (never the application for permission, which the permission patterns read).
  {
    result: 'allowed',
    re: new RegExp(
      `\\bapplication\\s+for\\s+judicial\\s+review\\s+${IS}\\s+granted\\b|\\b(?:I|we)\\s+${MODALS}grant\\s+(?:the|this)\\s+application\\s+for\\s+judicial\\s+review\\b`,
      'gi',
    ),
  },
  { result: 'dismissed', re: new RegExp(`\\b(?:I|we)\\s+${MODALS}refuse\\s+(?:the|this)\\s+application\\s+for\\s+judicial\\s+review\\b`, 'gi') },
  {
    result: 'allowed',
    relief: true,
    re: new RegExp(
      `\\b(?:(?:I|we)\\s+${MODALS}|my\\s+decision\\s+to\\s+|our\\s+decision\\s+to\\s+)(?:[^.;]{0,80}?\\band\\s+)?grant\\s+the\\s+relief\\s+(?:sought|claimed)\\b`,
      'gi',
    ),
  },
];

/**
 * Which result wins when a disposal states several: an appeal's result (it disposes of the whole
 * case), then the most specific relief, then the final over the permission stage.
 */
const PRIORITY: JrResult[] = ['substituted', 'remitted', 'quashed', 'allowed', 'dismissed', 'permission_granted', 'permission_refused'];

/**
 * Words that, earlier in the same sentence, make the statement something other than the court's
 * order: argument ("submitted", "asks", "invites"), condition ("if", "whether", "unless"),
 * negation or refusal to act ("not", "decline", "cannot"), possibility ("could", "might",
 * "may"), a power described ("permits", "power to", "available") or a holding in another case.
 * A power the court says it is exercising ("Exercising the power in section 31(5), I substitute")
 * is the order itself.
 */
const NOT_OPERATIVE_RE =
  /\b(?:submi(?:t|ts|tted|ssions?)|contend(?:s|ed)?|contention|argu(?:e|es|ed|ment)|asks?|asked|invit(?:e|es|ed)|seeks?|sought|urg(?:e|es|ed)|whether|if|unless|not|n['’]t|never|decline[sd]?|cannot|could|might|may|permits?|(?<!\bexercis(?:ing|e\s+of)\s+(?:the|its|my|our)\s+)power|available|held|holding|that\s+(?:I|we|the\s+court)\s+should)\b/i;

/**
 * The words of a decision the court puts in place of the one below ("I substitute ... a decision
 * that the appeal is dismissed"): the appeal there is the one the tribunal heard, and the result is
 * the substitution, read from its own verb.
 */
const SUBSTITUTED_CONTENT_RE = /\bsubstitut\w*\b[^.;]{0,200}?\b(?:decision|finding|outcome)\s+that\b[^.;]{0,20}$/i;

/** A condition right after the result: "the appeal shall be allowed if ...", "... dismissed where ...". */
const CONDITION_AFTER_RE = /^\s*,?\s*(?:if|where|unless|only\s+(?:if|where)|provided|save\s+where)\b/i;

/** Straight double quotes, counted like curly ones: an odd number before a statement opens a quotation. */
const STRAIGHT_QUOTE_RE = /"/g;

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
  /** A claim allowed only in part: its result outranks the partial relief stated with it. */
  partial?: boolean;
}

/**
 * Where a sentence or clause starts: after ". " and a capital (or the statement itself, which
 * the text before it stops short of), at a paragraph number opening a
 * line, or after ", and" / ", but" (see sentenceBefore).
 */
const SENTENCE_STOP_RE = /[.;:!?]["”’)]?\s+(?=[A-Z["“(]|$)|\n\s*\[?\d{1,4}[.\]]\s|,\s+(?:and|but)\s+/g;

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

/**
 * Deciders below this court, by the tier of the court giving the judgment (see courtTier): a
 * statement whose subject is one of them ("the Tribunal decided that the appeal should be
 * allowed") reports the decision under challenge, not this court's order. News reports name the
 * reviewing judge as "the judge", so only a judgment counts judges as deciders below.
 */
const BELOW_BODIES = {
  news: 'Police\\s+Appeals?\\s+Tribunal|PAT|[Tt]ribunal|[Pp]anel|[Cc]hair(?:man|woman|person)?|EAT|IOPC|IPCC|[Ii]nvestigator|[Aa]ppropriate\\s+[Aa]uthority|Chief\\s+Constable|Commissioner|Director\\s+General|[Rr]ecorder|[Mm]agistrates?',
  judgment: '[Jj]udge',
  appeal: "High\\s+Court|Administrative\\s+Court|Divisional\\s+Court|[A-Z][A-Za-z'’-]+\\s+J\\b",
  final: "Court\\s+of\\s+Appeal|[A-Z][A-Za-z'’-]+\\s+LJ\\b",
};

/** Verbs and nouns by which a decider below states its result. */
const DECIDED = '(?:decided|concluded|determined|found|ruled|directed|ordered|held|said|stated|considered|accepted|agreed|announced|indicated|reasoned|recorded)';
const DECISION_NOUN = '(?:decision|view|conclusion|finding|determination|reasons?)';

/** The pattern of "a decider below states ..." for a judgment of the given tier (0 news, 1 first instance, 2 appeal, 3 final). */
function belowActorRe(tier: number): RegExp {
  const bodies = [BELOW_BODIES.news, tier >= 1 ? BELOW_BODIES.judgment : '', tier >= 2 ? BELOW_BODIES.appeal : '', tier >= 3 ? BELOW_BODIES.final : '']
    .filter(Boolean)
    .join('|');
  return new RegExp(
    `\\b(?:${bodies})\\b(?:\\s*\\([^()]{0,40}\\))?\\s+(?:had\\s+|has\\s+|then\\s+|therefore\\s+|also\\s+|expressly\\s+|unanimously\\s+)?${DECIDED}\\b|\\b(?:${bodies})(?:['’]s)?\\s+${DECISION_NOUN}\\s+(?:was|is)\\s+that\\b`,
  );
}

/** "... by the Tribunal" right after a result: a decider below acted. */
function byBelowRe(tier: number): RegExp {
  const bodies = [BELOW_BODIES.news, tier >= 1 ? BELOW_BODIES.judgment : '', tier >= 2 ? BELOW_BODIES.appeal : ''].filter(Boolean).join('|');
  return new RegExp(`^[^.;]{0,40}?\\bby\\s+(?:the\\s+)?(?:${bodies})\\b`);
}

/**
 * The court's tier, from the canonical court of its citation or heading: 1 for first instance
 * (High Court, tribunals), 2 for the Court of Appeal, 3 for the Supreme Court and Privy Council.
 */
export function courtTier(court: string | null): number {
  if (!court) return 1;
  if (/^UK(?:SC|PC|HL)/.test(court)) return 3;
  if (/^(?:EWCA|NICA|CSIH)/.test(court)) return 2;
  return 1;
}

/**
 * What the claim asked for, so that "I grant the relief sought" gives a result: "asks the court to
 * quash", "seeks an order quashing", "seeking to have the decision remitted".
 */
const RELIEF_SOUGHT_RE =
  /\b(?:asks?|asked|invites?|invited|seeks?|sought|seeking|applies|applied|claims?)\b[^.]{0,80}?\b(?:(to\s+quash|quashing|a\s+quashing\s+order)|(remit\w*))\b/i;

function reliefSought(text: string): JrResult {
  const m = RELIEF_SOUGHT_RE.exec(text);
  return m?.[1] ? 'quashed' : m?.[2] ? 'remitted' : 'allowed';
}

/** Every operative statement of this court's result, in text order. */
export function findResultStatements(text: string, judgment = true, court: string | null = null): ResultHit[] {
  const tier = judgment ? courtTier(court) : 0;
  const belowActor = belowActorRe(tier);
  const byBelow = byBelowRe(tier);
  const hits: ResultHit[] = [];
  for (const { result, re, newsOnly, relief, partial } of RESULT_PATTERNS) {
    if (newsOnly && judgment) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The clause leading up to the verb is part of the check: "that I should substitute".
      const sentence = sentenceBefore(text, start);
      if (NOT_OPERATIVE_RE.test(sentence) || SUBSTITUTED_CONTENT_RE.test(sentence)) continue;
      // Inside a quotation (an open “ not yet closed) the words are someone else's.
      if ((sentence.match(OPEN_QUOTE_RE)?.length ?? 0) > (sentence.match(CLOSE_QUOTE_RE)?.length ?? 0)) continue;
      if ((sentence.match(STRAIGHT_QUOTE_RE)?.length ?? 0) % 2 === 1) continue;
      // A rule's condition ("shall be dismissed where ...") states no order.
      if (CONDITION_AFTER_RE.test(text.slice(end, end + 30))) continue;
      // A tribunal, panel or lower court as the one deciding: the decision under challenge.
      if (belowActor.test(sentence) || byBelow.test(text.slice(end, end + 80))) continue;
      hits.push({ result: relief ? reliefSought(text) : result, start, end, ...(partial ? { partial } : {}) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The result of the proceedings, with where it was read; null when the text states none. */
export function findJrResult(text: string, judgment: boolean, court: string | null = null): ResultHit | null {
  if (!judgment && !COURT_CONTEXT_RE.test(text)) return null;
  const hits = findResultStatements(text, judgment, court);
  const last = hits[hits.length - 1];
  if (!last) return null;
  const disposal = hits.filter((h) => h.start >= last.start - DISPOSAL_WINDOW);
  // Of several appeal results (a dissent, then the majority's order), the last stated stands.
  const appeals = disposal.filter((h) => h.result === 'appeal_allowed' || h.result === 'appeal_dismissed');
  if (appeals.length) return appeals[appeals.length - 1] as ResultHit;
  const partial = disposal.filter((h) => h.partial);
  if (partial.length) return partial[partial.length - 1] as ResultHit;
  for (const r of PRIORITY) {
    const of = disposal.filter((h) => h.result === r);
    if (of.length) return of[of.length - 1] as ResultHit;
  }
  return null;
}
