import type { Finding } from '../../src/domain/vocabulary.js';

/**
 * Finding words, leftmost wins. "gross misconduct" precedes bare "misconduct" in the alternation so
 * it wins at the same position; "misconduct hearing/meeting/..." names a process, not a finding. A
 * breach that "did not amount to misconduct" is practice requiring improvement, the level below it
 * (2020 regulations), as is one that "did not reach the threshold of misconduct" or was "not serious enough to be misconduct"; a panel "not satisfied that it was proved" or that "did not find the allegation proven" (not "did not find it proven that ...", a fact within it) found it not proven; one that "did not amount to gross misconduct" (or that the panel "did not find
 * ... amounted to gross misconduct") is misconduct.
 */
const FINDING_WORDS =
  /\b(not\s+(?:been\s+)?(?:proven|proved|found\s+proven|made\s+out|upheld|substantiated)|(?:did|does|do)\s+not\s+find\s+(?:that\s+)?(?:the\s+|this\s+|that\s+|either\s+|any\s+)?(?:allegations?|charges?|breach(?:es)?|it|them)(?:\s+\(?[a-z0-9]{1,3}\)?)?\s+(?:to\s+be\s+|was\s+|were\s+)?(?:proven|proved|made\s+out)(?!\s+that\b)|had\s+not\s+breached|did\s+not\s+breach|no\s+breach|not\s+satisfied\s+(?:that\s+)?(?:[\w’']+\s+){0,6}?(?:was|were|had\s+been|has\s+been)\s+(?:proven|proved|made\s+out))\b|\b(no\s+case\s+to\s+answer)\b|\b(practice\s+requiring\s+improvement|(?:did|does|would)\s+not\s+amount\s+to\s+misconduct|not\s+amounting\s+to\s+misconduct|fell\s+short\s+of\s+misconduct|below\s+the\s+(?:level|threshold)\s+of\s+misconduct|(?:did|does|would)\s+not\s+(?:reach|meet|cross)\s+the\s+(?:level|threshold)\s+(?:of|for)\s+misconduct|not\s+(?:serious\s+enough|sufficiently\s+serious|so\s+serious\s+as)\s+to\s+(?:be|amount\s+to|constitute)\s+misconduct)\b|\b(gross\s+misconduct)\b|\b((?:did|does|would)\s+not\s+amount\s+to\s+gross\s+misconduct|not\s+(?:serious\s+enough|sufficiently\s+serious|so\s+serious\s+as)\s+to\s+(?:be|amount\s+to|constitute)\s+gross\s+misconduct|(?:did|does|do)\s+not\s+(?:find|consider|accept)\s+(?:that\s+)?(?:\w+\s+){0,4}?(?:amounted\s+to|amounts\s+to|was|were)\s+gross\s+misconduct|misconduct)\b(?!\s+(?:hearings?|meetings?|panels?|proceedings|caution|allegations?|regulations|notice|outcomes?|process|case|regime))/i;
const FINDING_BY_GROUP: readonly Finding[] = ['not_proven', 'no_case_to_answer', 'practice_requiring_improvement', 'gross_misconduct', 'misconduct'];

/** "a case to answer for" (never "no case to answer"): an investigator's or assessor's referral. */
const CASE_TO_ANSWER_FOR = '(?<!\\bno\\s)\\bcase\\s+to\\s+answer\\s+for';
/**
 * The sentence states an allegation, not a finding (a notice addressed to the officer says "you";
 * "the allegations were put as breaches of ..." and "they are said to amount to ..." state the case
 * the officer has to meet). An investigator's "case to answer for gross misconduct" for "potential
 * breaches" sends the case to a hearing; only the hearing finds.
 */
export const ALLEGED = new RegExp(
  `\\b(?:you|alleged|alleging|allegations? (?:is|are|was|were) that|allegations?\\s+(?:was|were)\\s+put\\s+as|(?:is|are|was|were)\\s+said\\s+to|would amount|if prove[nd]|will face|to face|potential(?:ly)?\\s+breach(?:es|ed)?)\\b|${CASE_TO_ANSWER_FOR}\\b`,
  'i',
);
/**
 * The level a case was sent on at ("had a case to answer for gross misconduct"): referred for a
 * decision, not decided. Group 1 "gross".
 */
export const REFERRED_AT = new RegExp(`${CASE_TO_ANSWER_FOR}\\s+(gross\\s+)?misconduct\\b`, 'i');

/** Words glued by PDF extraction ("FindingGross Misconduct") get their space back. */
const GLUED = /([a-z])([A-Z])/g;

/** The first finding stated in `window`, and where. */
export function strongMatch(window: string): { finding: Finding; index: number } | null {
  const m = FINDING_WORDS.exec(window.replace(GLUED, '$1 $2'));
  if (!m) return null;
  const finding = FINDING_BY_GROUP[m.slice(1).findIndex((x) => x !== undefined)];
  return finding ? { finding, index: m.index } : null;
}

export function strong(window: string): Finding | null {
  return strongMatch(window)?.finding ?? null;
}
