import type { OutcomeKind } from './vocabulary.js';

/**
 * How texts write each sanction or listing, as regex sources (any case; words joined by \s+ since
 * pdf text wraps phrases). Order matters: the alternation built from this list tries rows in order
 * at each position, so "would have been dismissed" precedes plain dismissal, an extended final
 * written warning precedes a plain one, and a bare "dismissed"/"sacked" comes last (`bare`: it
 * counts only after a singular passive verb, never about an appeal or a claim). Rows carry the
 * regime whose wording they are.
 */
export interface OutcomeWording {
  outcome: OutcomeKind;
  source: string;
  regime: 'all' | 'before 2020' | 'press';
  bare?: boolean;
}

// "a final written warning extended by a further eighteen months": the extension's length follows the warning;
// "extended her existing final written warning": the warning she already had is the one extended.
// "would have dismissed him had he still been serving", "dismissal would have been the only
// appropriate outcome": a former officer's hypothetical dismissal in the active voice or as a noun.
// "the list the College of Policing keeps of those barred", "the list held by the College of Policing
// of people who must not work in policing": the barred list described rather than named.
export const OUTCOME_WORDINGS: readonly OutcomeWording[] = [
  { outcome: 'would_have_been_dismissed', source: 'would\\s+have\\s+been\\s+(?:dismissed|sacked)(?:\\s+without\\s+notice)?', regime: 'all' },
  {
    outcome: 'would_have_been_dismissed',
    source:
      'would\\s+have\\s+(?:dismissed|sacked)\\s+(?:him|her|them|the\\s+(?:former\\s+)?officer)|dismissal\\s+would\\s+have\\s+been\\s+(?:the\\s+)?(?:only\\s+|sole\\s+)?(?:appropriate|proportionate|inevitable|right|outcome|sanction|result)',
    regime: 'all',
  },
  { outcome: 'dismissed_without_notice', source: '(?:dismissed|sacked)\\s+(?:(?:him|her|them)\\s+)?without\\s+notice|dismissal\\s+without\\s+notice', regime: 'all' },
  { outcome: 'dismissed_with_notice', source: 'dismissed\\s+(?:(?:him|her|them)\\s+)?with\\s+notice|dismissal\\s+with\\s+notice', regime: 'all' },
  {
    outcome: 'final_written_warning_extended',
    source:
      '(?:extension\\s+(?:of|to)\\s+(?:a|the)\\s+|extended\\s+)final\\s+written\\s+warning|extend(?:ed|s|ing)?\\s+(?:her|his|their|the)\\s+(?:existing\\s+|current\\s+|live\\s+)?final\\s+written\\s+warning|final\\s+written\\s+warning\\s+(?:was|is|has\\s+been|will\\s+be)\\s+extended|final\\s+written\\s+warning,?\\s+\\(?extended\\s+(?:by|for|to)\\b',
    regime: 'all',
  },
  { outcome: 'final_written_warning', source: 'final\\s+(?:written\\s+)?warning', regime: 'all' },
  { outcome: 'written_warning', source: '(?<!final\\s)written\\s+warning', regime: 'all' },
  {
    outcome: 'reduction_in_rank',
    source:
      'reduction\\s+in\\s+rank|reduced\\s+in\\s+rank|reduced\\s+to\\s+the\\s+rank\\s+of|reduced\\s+by\\s+(?:one|a|two|1|2)\\s+ranks?|demoted\\s+to\\s+(?:the\\s+rank\\s+of\\s+)?',
    regime: 'all',
  },
  { outcome: 'management_advice', source: 'management\\s+advice|words\\s+of\\s+advice', regime: 'before 2020' },
  { outcome: 'reflective_practice', source: 'reflective\\s+practice', regime: 'all' },
  { outcome: 'required_to_resign', source: 'required\\s+to\\s+resign|requirement\\s+to\\s+resign', regime: 'before 2020' },
  // "no sanction was imposed" (a retired officer, or a breach judged to need none) states the outcome itself.
  {
    outcome: 'no_further_action',
    source: 'no\\s+further\\s+action|no\\s+(?:further\\s+)?(?:sanction|disciplinary\\s+action)\\s+(?:was|has\\s+been|will\\s+be)\\s+(?:imposed|taken)',
    regime: 'all',
  },
  { outcome: 'barred_list', source: 'barred\\s+list(?!\\s+(?:and|regulations))', regime: 'all' },
  {
    outcome: 'barred_list',
    source:
      'College\\s+of\\s+Policing,?\\s+which\\s+(?:keeps|holds|maintains|manages)\\s+the\\s+list\\s+of\\s+(?:those|people|officers|individuals)\\s+(?:who\\s+are\\s+)?(?:barred|banned)|list\\s+(?:held|kept|maintained)\\s+by\\s+the\\s+College\\s+of\\s+Policing\\s+of\\s+(?:those|people|officers|individuals)\\s+(?:who\\s+(?:must|may|can)\\s*not|barred|banned)',
    regime: 'all',
  },
  { outcome: 'advisory_list', source: 'advisory\\s+list(?!\\s+regulations)', regime: 'all' },
  { outcome: 'dismissed_without_notice', source: '(?:dismissed|sacked)', regime: 'press', bare: true },
  { outcome: 'reduction_in_rank', source: 'demoted', regime: 'press', bare: true },
];
