import { BayesClassifier, type TrainableClassifier } from '../src/nlp.js';
import type { DocumentKind } from '../src/domain/vocabulary.js';
import { linkListRanges } from './extract/linkLists.js';
import { sentenceStart } from './extract/standards.js';
import { blanked } from './text.js';

/**
 * "An inspection of how X upholds standards", "PSD ANNUAL REPORT 2024/25", "Independent Review of
 * Misconduct Handling in X" on one of the first four lines: a report's title sits under its
 * publisher's name, which a first-line rule misses. A judgment's "judicial review of" is its claim,
 * not its title.
 */
const REPORT_TITLE_RE =
  /^\s*(?:[^\n]{0,80}\n){0,3}[ \t]*(?:[^\n]{0,60}\s)?(?:[Aa]n?\s+[Ii]nspection\s+of|INSPECTION\s+OF|Annual\s+Report|ANNUAL\s+REPORT|(?<![Jj]udicial\s)(?:Review|REVIEW)\s+(?:of|OF|into|INTO)|Inquiry\s+into|INQUIRY\s+INTO|Report\s+into|REPORT\s+INTO)\b[^\n]{0,120}(?=\n)/;

/**
 * A proceeding and its outcome on one heading line; special case (accelerated) hearings are headed
 * so too, under their own names.
 */
const OUTCOME_HEADING_RE = /\b(?:misconduct|disciplinary|special[ \t]+case|accelerated)[ \t]+(?:hearing|meeting|proceedings)\b[^\n]{0,40}\b(?:outcome|result)s?\b/i;

/** "Neutral Citation Number: [2026] EAT 131" in the first lines: the document's own citation. */
const OWN_NEUTRAL_CITATION_RE = /^(?:[^\n]*\n){0,3}[ \t]*Neutral\s+Citation(?:\s+(?:Number|No\.?))?\s*:?\s*\[\d{4}\]\s+[A-Z]{2,6}\b/i;

/** A singular subject's listing or demotion (see the rule using it). */
const ONE_PERSON_RESULT_RE =
  /\b(?:(?:he|she)|(?:his|her)\s+name)\s+(?:will\s+(?:also\s+|now\s+)?be|is\s+(?:also\s+|now\s+)?to\s+(?:be\s+)?)\s*(?:added|placed|put|included|go)\s+(?:on|to|in)\s+(?:the\s+)?(?:College\s+of\s+Policing(?:'s|’s)?\s+)?barred\s+list\b|\bbe\s+reduced\s+(?:by\s+(?:one|a|two)\s+ranks?|in\s+rank|to\s+the\s+rank\s+of)\b/i;

/** "Summary of findings ........ 3": a contents line, its title, dot leaders and a page number. */
const CONTENTS_LINE_RE = /(?:^|\n)[^\n.]{3,100}\.{6,}[ \t]*\d{1,3}[ \t]*(?=\n)/;

/** "Figure 6: Outcome of ...", "Table 3: Outcomes by type": a numbered caption on its own line. */
const CAPTION_RE = /(?:^|\n)[ \t]*(?:Figure|Table)\s+\d{1,2}[a-z]?\s*:/;

/** "(1 April 2024 to 31 March 2025)" near the top: the period a report covers. */
const REPORTING_PERIOD_RE = /^[\s\S]{0,400}?\(\s*\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+(?:to|-|–)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s*\)/;

/**
 * A number of cases of a kind: "1,184 complaint cases", "14 misconduct hearings", "6 officers
 * dismissed", "a sample of 80 conduct files": the files a review sampled are counted like cases.
 */
const CASE_COUNT_RE =
  /\b\d[\d,]*\s+(?:complaint\s+cases|(?:conduct|misconduct|complaint)\s+files|complaints\s+(?:recorded|received)|conduct\s+matters|misconduct\s+(?:hearings|meetings)|referrals|officers\s+(?:were\s+)?dismissed)\b/;

/**
 * Clear signals of a document's kind, each weighted. One rule counts once however often it
 * matches, so a long review quoting many outcomes does not outvote its own title.
 */
const RULES: readonly { kind: DocumentKind; weight: number; re: RegExp }[] = [
  // Court documents carry a neutral citation header and a court name in capitals.
  { kind: 'judgment', weight: 5, re: /\bNeutral Citation(?: Number)?\b/i },
  // The court's full name is a heading in any case; "in the High Court" alone is also a news phrase.
  // The Employment Appeal Tribunal (police staff's dismissals) heads its judgments with its name alone.
  {
    kind: 'judgment',
    weight: 4,
    re: /\bIN THE (?:HIGH COURT|COURT OF APPEAL|SUPREME COURT|UPPER TRIBUNAL|CROWN COURT|EMPLOYMENT APPEAL TRIBUNAL)\b|\bIn the High Court of Justice\b|(?:^|\n)[ \t]*EMPLOYMENT APPEAL TRIBUNAL[ \t]*(?=\n)/,
  },
  { kind: 'judgment', weight: 3, re: /\bApproved Judgment\b/i },
  // An employment tribunal's judgment on a dismissed officer's claim: the tribunal's name and its judge head it.
  { kind: 'judgment', weight: 5, re: /(?:^|\n)[ \t]*EMPLOYMENT[ \t]+TRIBUNALS?[ \t]*(?=\n)|\bEmployment\s+Judge\s+[A-Z]/ },
  // A neutral citation standing alone on a header line ("[2019] UKSC 12"), and the Supreme Court's
  // and Privy Council's own header wording.
  { kind: 'judgment', weight: 5, re: /(?:^|\n)[ \t]*\[\d{4}\][ \t]+(?:UKSC|UKPC|UKHL|EWCA|EWHC|UKUT|EAT|UKEAT)\b[^\n]{0,20}(?=\n)/ },
  { kind: 'judgment', weight: 3, re: /\bJUDGMENT GIVEN ON\b|(?:^|\n)[ \t]*On appeal from\s*:/ },
  { kind: 'judgment', weight: 1, re: /\b(?:Mrs?|Ms) Justice [A-Z]|\bLord Justice [A-Z]|\bLady Justice [A-Z]/ },
  // A sealed court order (a paper decision on permission) has no neutral citation, but it is headed
  // "ORDER" on a line of its own and its caption ends lines with the parties' court roles; a
  // tribunal's or panel's decision names "Appellant"/"Respondent" at most, never a claimant or defendant.
  {
    kind: 'judgment',
    weight: 3,
    re: /(?:^|\n)[ \t]*ORDER(?:[ \t]+(?:MADE[ \t]+)?BY\b[^\n]*)?[ \t]*(?=\n|$)|(?:^|\n)[ \t]*Order\s+(?:made\s+)?by\s+(?:the\s+Honourable\s+|Her\s+Honour\s+|His\s+Honour\s+)?(?:Mrs?\s+Justice|Ms\s+Justice|Judge|HHJ|District\s+Judge|Deputy\s+High\s+Court\s+Judge)\b/,
  },
  { kind: 'judgment', weight: 3, re: /(?:^|\n)[^\n]{0,120}\b(?:Claimants?|Defendants?|Interested[ \t]+Part(?:y|ies))[ \t]*(?=\n|$)/ },
  // ... or as a field ("Claimant:   Mr X"), as tribunals print it.
  { kind: 'judgment', weight: 3, re: /(?:^|\n)[ \t]*Claimants?[ \t]*:/ },
  // Reviews and inspection reports: numbered recommendations, chapters, a titled review.
  { kind: 'review', weight: 3, re: /\bRecommendation\s+\d+\b/ },
  { kind: 'review', weight: 2, re: /\b(?:Independent Review|Final Report|Review of|HMICFRS|Inspectorate of Constabulary|inspection report|thematic review)\b/ },
  { kind: 'review', weight: 1, re: /\bChapter\s+\d+\b/ },
  // A coroner's report to prevent future deaths reports concerns to a force, as a review does; an
  // investigator's own account of its investigation ("Our investigation found ...") reports no hearing's decision.
  // An inquest's own record is the coroner's finding on a death, however it retells a conduct outcome:
  // its heading says so in the first lines (an outcome may mention the inquest further down).
  {
    kind: 'review',
    weight: 6,
    re: /\bReport\s+to\s+Prevent\s+Future\s+Deaths\b|^(?:[^\n]*\n){0,4}[^\n]*\b(?:Record\s+of\s+(?:an\s+)?Inquest|Inquest\s+touching\s+the\s+death|Coroner['’]s\s+Court)\b/i,
  },
  { kind: 'review', weight: 3, re: /\bOur\s+investigation\s+(?:into|found|has\s+(?:concluded|found|ended))\b/ },
  // A review says so in its title, which outweighs the case outcomes it goes on to discuss.
  // The reflective practice review process is a conduct outcome's name, not a review's.
  { kind: 'review', weight: 4, re: /^\s*[^\n]{0,80}\b(?:Review|Inspection|Inquiry|REVIEW|INSPECTION|INQUIRY)\b(?!\s+(?:process|PROCESS))[^\n]{0,120}\n/ },
  // Inquiry and inspection reports run to volumes; notices, outcomes and judgments never do.
  { kind: 'review', weight: 2, re: /(?:^|\n)[ \t]*Volume\s+(?:[IVX]{1,4}|\d{1,2})\b/ },
  // A report's title a line or three down, under a protective marking or the force's name ("OFFICIAL",
  // "Professional Standards Department"): "An inspection of ...", "ANNUAL REPORT 2024/25".
  { kind: 'review', weight: 4, re: REPORT_TITLE_RE },
  // Periodic publications that gather many cases: a department's annual report, the IOPC's "Learning
  // the lessons" bulletin, named in the first lines.
  { kind: 'review', weight: 4, re: /^(?:[^\n]*\n){0,3}[^\n]{0,80}\b(?:Annual\s+Report|Learning\s+the\s+lessons)\b/i },
  // A contents page with dot leaders, figure and table captions, and a reporting period at the top
  // are the furniture of a report; outcome notices and judgments have none of them.
  { kind: 'review', weight: 2, re: CONTENTS_LINE_RE },
  { kind: 'review', weight: 2, re: CAPTION_RE },
  { kind: 'review', weight: 2, re: REPORTING_PERIOD_RE },
  // The inspectorate's own terms for what it judges, and the cases a report tells to illustrate a point.
  { kind: 'review', weight: 3, re: /\b(?:[Aa]reas?\s+for\s+improvement|[Cc]auses?\s+of\s+concern)\b/ },
  { kind: 'review', weight: 2, re: /\b[Cc]ase\s+stud(?:y|ies)\b/ },
  // Counts of cases across a year or a force ("37 conduct matters", "14 misconduct hearings"): a
  // report's statistics; one outcome speaks of its own case.
  { kind: 'review', weight: 2, re: CASE_COUNT_RE },
  // Notices announce a future hearing and say the allegations are untested.
  // "Notice of the hearing went to his home address" tells how an outcome's officer was told, not a notice.
  {
    kind: 'hearing_notice',
    weight: 3,
    re: /\b(?:notice of|forthcoming|upcoming)\s+(?:\w+\s+){0,2}hearings?\b(?!\s+(?:went|was|were|had|has)\b)|\bpublic notice\b|\bpublic notification\b/i,
  },
  {
    kind: 'hearing_notice',
    weight: 2,
    re: /\b(?:will\s+take\s+place|(?:is|are)\s+to\s+(?:face|appear)|will\s+appear\s+before|will\s+be\s+held|(?:is|are)\s+listed\s+for|will\s+(?:begin|start|open|commence)\s+on|(?:is|are)\s+(?:scheduled|expected)\s+to\s+(?:start|begin|open|last|run))\b/i,
  },
  // The hearing still to come: officers who "will face" it or are "due to attend" it, a hearing "to be held".
  {
    kind: 'hearing_notice',
    weight: 2,
    re: /\b(?:will|to)\s+face\s+(?:an?\s+)?(?:public\s+)?(?:gross\s+)?misconduct\s+(?:hearing|meeting)s?\b|\b(?:is|are)\s+(?:both\s+)?due\s+to\s+(?:attend|appear)\b|\b(?:hearing|meeting)s?\s+to\s+be\s+held\b/i,
  },
  // A headline in the first lines announcing the hearing to come ("Officers to face misconduct hearing over ...").
  {
    kind: 'hearing_notice',
    weight: 2,
    re: /^\s*(?:[^\n]{0,80}\n){0,2}[^\n]{0,100}(?<!\b(?:due|failed|fail|was|were)\s)\b(?:to|will)\s+(?:face|appear\s+(?:at|before))\b[^\n]{0,60}\b(?:hearing|meeting|panel)s?\b/i,
  },
  { kind: 'hearing_notice', weight: 2, re: /\b(?:have|has) not been (?:proved|proven)\b|\bif proven\b|\bwhether they are proved\b/i },
  { kind: 'hearing_notice', weight: 1, re: /\bit is alleged\b/i },
  // Outcomes report what a panel decided.
  {
    kind: 'hearing_outcome',
    weight: 3,
    re: /\boutcomes? of (?:the |recent |an? )?(?:gross )?(?:misconduct )?(?:hearings?|meetings?)\b|\bmisconduct (?:(?:hearing|meeting) )?outcomes?\b|\bwritten reasons\b|\bdisciplinary outcome\b/i,
  },
  { kind: 'hearing_outcome', weight: 2, re: /\b(?:panel|chair|hearing) (?:found|determined|decided)\b|\bfound (?:the )?(?:allegations? )?prove[nd]\b/i },
  { kind: 'hearing_outcome', weight: 2, re: /\b(?:is|was|were|has\s+been)\s+dismissed\s+without\s+notice\b|\bwould\s+have\s+been\s+dismissed\b/i },
  // The decision-maker's own report as a heading: "REPORT OF THE MISCONDUCT PANEL", "Decision of the
  // person conducting the misconduct hearing", "MISCONDUCT HEARING - DECISION OF THE PANEL" (a notice announces the panel; it has no report of it),
  // or a front sheet's "RECORD OF OUTCOME" on a line of its own.
  {
    kind: 'hearing_outcome',
    weight: 3,
    re: /(?:^|\n)(?:[ \t]*[^\n]{0,60}?\s[-–:]\s)?[ \t]*(?:report|decision|determination|record|reasons)\s+of\s+the\s+(?:misconduct\s+)?(?:panel|person\s+conducting|chair|legally\s+qualified\s+chair)\b[^\n]{0,60}(?=\n|$)|(?:^|\n)[ \t]*(?:record|notice|summary|notification)\s+of\s+(?:the\s+)?outcomes?[ \t]*(?=\n|$)/i,
  },
  // Findings given in the decision-maker's own voice or as done: "we find", "I am satisfied", "allegation (a) is proven".
  // A notice's "if the allegation is proven" is a condition, not a finding.
  {
    kind: 'hearing_outcome',
    weight: 2,
    re: /\b(?:we|I)\s+(?:find|found|are\s+satisfied|am\s+satisfied)\b|(?<!\b[Ii]f\s+(?:the\s+|an\s+|each\s+)?)\b(?:[Aa]llegations?(?:\s+\(?[a-z0-9]{1,3}\)?)?|[Cc]harges?)\s+(?:is|are|was|were)\s+(?:not\s+)?(?:proven|proved)\b/,
  },
  // Headings worded otherwise ("Misconduct Meeting - Record of Outcome", "Misconduct proceedings -
  // published outcome", "Special case hearing - outcome"): the proceeding and its outcome on one line.
  { kind: 'hearing_outcome', weight: 3, re: OUTCOME_HEADING_RE },
  // A lesser sanction stated as given, or the person who held a meeting stating a finding.
  {
    kind: 'hearing_outcome',
    weight: 2,
    re: /\b(?:was|were)\s+(?:given|issued\s+with)\s+(?:management\s+advice|an?\s+(?:final\s+)?written\s+warning)\b|\breceived\s+an?\s+(?:final\s+)?written\s+warning\b|\bperson\s+conducting\s+the\s+(?:meeting|hearing)\s+(?:found|determined|decided)\b/i,
  },
  { kind: 'hearing_outcome', weight: 1, re: /\bOutcome\s*:|\bFinding\b/ },
  // A title (the first line) that reports one result: "PC X Outcome", "Hearing finding and outcome",
  // "Officer dismissed for gross misconduct", "Sergeant demoted after ...".
  {
    kind: 'hearing_outcome',
    weight: 3,
    re: /^\s*[^\n|]{0,100}\b(?:[Oo]utcome|[Ff]indings?|dismissed|sacked|demoted|sanctioned|reduced in rank)\b(?!\s+(?:and|&)\s+outcomes)[^\n|]{0,100}\n/,
  },
  // One person's listing or demotion as this case's news: "He will be added to the barred list",
  // "her name is to go on the barred list", "ordered that she be reduced by one rank" (a review's
  // general statement speaks of officers, and its case summaries retell listings long made).
  { kind: 'hearing_outcome', weight: 3, re: ONE_PERSON_RESULT_RE },
  // One sanction reported as done: "has been dismissed", "was handed a final written warning" (plural
  // forms are a review's statistics).
  {
    kind: 'hearing_outcome',
    weight: 3,
    re: /\bhas\s+been\s+(?:dismissed|sacked|demoted|reduced\s+in\s+rank|handed|given|issued)\b|\bwas\s+(?:dismissed|sacked|demoted|handed)\b/,
  },
  // A breach found: "was found to have breached", "found guilty of", "allegations were found proven".
  {
    kind: 'hearing_outcome',
    weight: 2,
    re: /\bfound\s+(?:to\s+have\s+breached|guilty)\b|\b(?:allegations?|charges?)\s+(?:was|were)\s+(?:found\s+)?(?:proven|proved)\b|^\s*Allegations?\s+Proven\b/im,
  },
  // A Police Appeals Tribunal's own decision on an officer's appeal reports that case's outcome.
  {
    kind: 'hearing_outcome',
    weight: 4,
    re: /(?:^|\n)[ \t]*(?:determination|decision)(?:\s+and\s+reasons)?\s+of\s+the\s+(?:police\s+appeals?\s+)?tribunal\b/i,
  },
  // A sanction field, heading or table column: only outcome reports have one.
  { kind: 'hearing_outcome', weight: 3, re: /(?:^|\n|\|)[ \t]*Sanctions?[ \t]*(?::|\||\n)/ },
  // Press articles: bylines, subscriptions, copyright lines. They outweigh the outcome an article
  // reports (a force's own press release, without them, is the outcome's publication).
  // Press reports of a court ruling are articles, though they quote the sanction that followed.
  {
    kind: 'other',
    weight: 3,
    re: /\b(?:High Court|Court of Appeal|Supreme Court)\b[^.]{0,200}\b(?:ruled|ruling|judge|challenge)\b|\b(?:judge|court)\s+(?:has\s+)?(?:now\s+)?(?:ruled|quashed)\b/i,
  },
  {
    kind: 'other',
    weight: 6,
    re: /\bNewsletter\b|\bSubscribe\b|©|\bBy [A-Z][a-z]+ [A-Z][a-z'-]+,? (?:[A-Z][a-z]+ ){0,2}(?:Reporter|Correspondent|Editor)\b|,? writes [A-Z][a-z]+ [A-Z]/,
  },
];

/**
 * Short phrases in the register of each kind, written for this classifier (not taken from any
 * corpus). They only break ties the rules leave open.
 */
const TRAINING: readonly (readonly [DocumentKind, string])[] = [
  ['hearing_notice', 'notice of a misconduct hearing to be held in public at force headquarters'],
  ['hearing_notice', 'the officer will attend a gross misconduct hearing next month; members of the public may register to attend'],
  ['hearing_notice', 'it is alleged that the constable breached the standards of professional behaviour'],
  ['hearing_notice', 'accelerated hearing listed; venue, date and time of the hearing; person conducting the hearing'],
  ['hearing_notice', 'the allegations have not been proven and the officer will respond at the hearing'],
  ['hearing_outcome', 'the panel found the allegations proven and the officer was dismissed without notice'],
  ['hearing_outcome', 'outcome of misconduct hearing: final written warning; findings and reasons of the panel'],
  ['hearing_outcome', 'the chair determined that the conduct amounted to gross misconduct and the officer will be added to the barred list'],
  ['hearing_outcome', 'written reasons for the panel determination on the findings and the sanction imposed'],
  ['hearing_outcome', 'the panel decided the former officer would have been dismissed had he still been serving'],
  ['judgment', 'the claimant seeks judicial review of the decision of the police misconduct panel; permission was granted'],
  ['judgment', 'neutral citation number; in the high court of justice, administrative court; approved judgment'],
  ['judgment', 'the appeal is dismissed; lord justice; lady justice; I agree'],
  ['judgment', 'counsel for the interested party submitted that the decision was irrational and should be quashed'],
  ['review', 'the review makes recommendations about culture, vetting and the handling of allegations across the force'],
  ['review', 'chapter findings: the inspection found that the force does not record allegations consistently; recommendation'],
  ['review', 'the report analysed data on complaints and misconduct outcomes over ten years'],
  ['other', 'news article by our reporter; subscribe to our newsletter; comment and opinion'],
  ['other', 'the family said in a statement that they were relieved; a spokesperson said the force would consider the ruling'],
  ['other', 'readers, campaigners and victims spoke to the paper about policing and accountability'],
];

let trained: TrainableClassifier | null = null;
function classifier(): TrainableClassifier {
  if (!trained) {
    const c = new BayesClassifier();
    for (const [kind, text] of TRAINING) c.addDocument(text, kind);
    c.train();
    trained = c;
  }
  return trained;
}

export interface Classification {
  kind: DocumentKind;
  confidence: number;
  scores: Record<DocumentKind, number>;
}

/** The text with its link lists blanked, offsets kept. */
function withoutLinkLists(text: string): string {
  let out = text;
  for (const [from, to] of linkListRanges(text)) out = out.slice(0, from) + blanked(out.slice(from, to)) + out.slice(to);
  return out;
}

/**
 * A sentence that only supposes a result ("If the allegations are found proven ... his name will be
 * added to the barred list", "for a panel to decide whether the allegations are proven") or says
 * where results will be put ("Outcomes will be published on our misconduct hearing outcomes page"):
 * a notice's words, not a reported outcome.
 */
const SUPPOSED_SENTENCE = /\b(?:[Ii]f|[Ww]hether|[Uu]nless)\b|\b(?:are|is|will\s+be)\s+published\s+on\b/;
/** A former officer's outcome is worded as a supposition ("would have been dismissed had he still been serving"): a result all the same. */
const STILL_SERVING = /\b(?:if|had)\s+(?:he|she|they|the\s+officer)\s+(?:were|was|had)\s+still\s+(?:been\s+)?(?:serving|a\s+(?:police\s+)?officer)\b/gi;
/** A heading line: short, then a line opening with a capital. A heading has no full stop, so it ends its "sentence" here. */
const HEADING_BREAK = /\n[^\n]{0,60}\n(?=[ \t]*[A-Z])/g;

/** An outcome cue counts when one of its matches sits in a sentence that reports a result. */
function decidedHere(re: RegExp, text: string): boolean {
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) {
    const at = m.index ?? 0;
    const headingEnd = lastEnd(HEADING_BREAK, text.slice(0, at + 1));
    const from = Math.max(sentenceStart(text, at), headingEnd);
    const stop = text.indexOf('.', at + m[0].length);
    const sentence = text.slice(from, stop < 0 ? undefined : stop).replace(STILL_SERVING, ' ');
    if (!SUPPOSED_SENTENCE.test(sentence)) return true;
  }
  return false;
}

/** Where the last match of a global pattern ends in `s`, or 0. */
function lastEnd(re: RegExp, s: string): number {
  let end = 0;
  for (const m of s.matchAll(re)) end = (m.index ?? 0) + m[0].length;
  return end;
}

/** How much of the text the classifier reads: titles, headers and opening paragraphs decide kind. */
const HEAD_CHARS = 12000;

/**
 * The document's kind: rule scores decide when one kind leads clearly; otherwise the Bayes
 * classifier's normalised probabilities are added. Confidence grows with the winning margin.
 */
export function classify(text: string): Classification {
  // A page's lists of links to other pages ("Related pages: Misconduct hearing outcomes") name other kinds of page.
  const head = withoutLinkLists(text.slice(0, HEAD_CHARS));
  const scores: Record<DocumentKind, number> = { hearing_notice: 0, hearing_outcome: 0, judgment: 0, review: 0, other: 0 };
  for (const r of RULES) if (r.kind === 'hearing_outcome' ? decidedHere(r.re, head) : r.re.test(head)) scores[r.kind] += r.weight;
  // Only a court's judgment opens with its own neutral citation; however much of the proceedings
  // below it retells (a tribunal's judgment on a dismissal reads like an outcome), it is a judgment.
  if (OWN_NEUTRAL_CITATION_RE.test(head)) return { kind: 'judgment', confidence: 0.95, scores };
  const ranked = (Object.entries(scores) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (top && second && top[1] >= 3 && top[1] - second[1] >= 2) {
    return { kind: top[0], confidence: Math.min(0.99, 0.6 + (top[1] - second[1]) / 20), scores };
  }
  const probs = classifier().getClassifications(head.slice(0, 4000).toLowerCase());
  const sum = probs.reduce((s, p) => s + p.value, 0) || 1;
  for (const p of probs) scores[p.label as DocumentKind] += (2 * p.value) / sum;
  const final = (Object.entries(scores) as [DocumentKind, number][]).sort((a, b) => b[1] - a[1]);
  const total = final.reduce((s, [, v]) => s + Math.max(0, v), 0) || 1;
  const [kind, value] = final[0] ?? ['other', 0];
  // Nothing recognisable at all: an unknown kind of document, with low confidence.
  if (value < 1) return { kind: 'other', confidence: 0.2, scores };
  return { kind, confidence: Math.max(0.2, Math.min(0.9, value / total)), scores };
}
