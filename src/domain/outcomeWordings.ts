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
export const OUTCOME_WORDINGS: readonly OutcomeWording[] = [
  { outcome: 'would_have_been_dismissed', source: 'would\\s+have\\s+been\\s+(?:dismissed|sacked)(?:\\s+without\\s+notice)?', regime: 'all' },
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
    source: 'reduction\\s+in\\s+rank|reduced\\s+in\\s+rank|reduced\\s+to\\s+the\\s+rank\\s+of|demoted\\s+to\\s+(?:the\\s+rank\\s+of\\s+)?',
    regime: 'all',
  },
  { outcome: 'management_advice', source: 'management\\s+advice', regime: 'before 2020' },
  { outcome: 'reflective_practice', source: 'reflective\\s+practice', regime: 'all' },
  { outcome: 'required_to_resign', source: 'required\\s+to\\s+resign|requirement\\s+to\\s+resign', regime: 'before 2020' },
  { outcome: 'no_further_action', source: 'no\\s+further\\s+action', regime: 'all' },
  { outcome: 'barred_list', source: 'barred\\s+list(?!\\s+(?:and|regulations))', regime: 'all' },
  { outcome: 'advisory_list', source: 'advisory\\s+list(?!\\s+regulations)', regime: 'all' },
  { outcome: 'dismissed_without_notice', source: '(?:dismissed|sacked)', regime: 'press', bare: true },
  { outcome: 'reduction_in_rank', source: 'demoted', regime: 'press', bare: true },
];
