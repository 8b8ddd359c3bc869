/**
 * The closed vocabularies of the domain (Police (Conduct) Regulations 2020 and the shared record
 * format). Arrays are the single source: types, GraphQL enums and validators derive from them.
 */

export const DOCUMENT_KINDS = ['hearing_notice', 'hearing_outcome', 'judgment', 'review', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const RANKS = [
  'Police Constable',
  'Detective Constable',
  'Special Constable',
  'Police Sergeant',
  'Detective Sergeant',
  'Inspector',
  'Detective Inspector',
  'Chief Inspector',
  'Detective Chief Inspector',
  'Superintendent',
  'Detective Superintendent',
  'Chief Superintendent',
  'Detective Chief Superintendent',
  'Commander',
  'Deputy Assistant Commissioner',
  'Assistant Commissioner',
  'Deputy Commissioner',
  'Commissioner',
  'Assistant Chief Constable',
  'Deputy Chief Constable',
  'Chief Constable',
  'Police Community Support Officer',
  'Police Staff',
] as const;
export type Rank = (typeof RANKS)[number];

/** Schedule 2, in the order the regulations give them. */
export const STANDARDS = [
  'Honesty and Integrity',
  'Authority, Respect and Courtesy',
  'Equality and Diversity',
  'Use of Force',
  'Orders and Instructions',
  'Duties and Responsibilities',
  'Confidentiality',
  'Fitness for Work',
  'Discreditable Conduct',
  'Challenging and Reporting Improper Conduct',
] as const;
export type Standard = (typeof STANDARDS)[number];

export const FINDINGS = ['gross_misconduct', 'misconduct', 'practice_requiring_improvement', 'no_case_to_answer', 'not_proven'] as const;
export type Finding = (typeof FINDINGS)[number];

export const OUTCOMES = [
  'management_advice',
  'written_warning',
  'final_written_warning',
  'final_written_warning_extended',
  'reduction_in_rank',
  'required_to_resign',
  'dismissed_without_notice',
  'dismissed_with_notice',
  'would_have_been_dismissed',
  'reflective_practice',
  'no_further_action',
  'barred_list',
  'advisory_list',
] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

export const JR_RESULTS = [
  'permission_refused',
  'permission_granted',
  'dismissed',
  'allowed',
  'quashed',
  'remitted',
  'substituted',
  'appeal_dismissed',
  'appeal_allowed',
] as const;
export type JrResult = (typeof JR_RESULTS)[number];

/**
 * How a judgment treats an authority it cites, in order of weight: when one clause holds words of
 * two treatments the earlier wins, so a doubt is never hidden by a "considered" beside it.
 */
export const TREATMENTS = ['overruled', 'not_followed', 'doubted', 'distinguished', 'applied', 'followed', 'approved', 'considered', 'mentioned'] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** Treatments that warn a reader the authority may no longer be good law. */
export const NEGATIVE_TREATMENTS: readonly Treatment[] = ['overruled', 'not_followed', 'doubted'];

export const DATE_ROLES = ['incident', 'hearing', 'decision'] as const;
export type DateRole = (typeof DATE_ROLES)[number];

export const PARTY_ROLES = ['claimant', 'defendant', 'interested_party', 'intervener', 'appellant', 'respondent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** Outcomes that end the officer's service (or would have, for a former officer). */
export const DISMISSAL_OUTCOMES: readonly OutcomeKind[] = ['dismissed_without_notice', 'dismissed_with_notice', 'would_have_been_dismissed', 'required_to_resign'];

/**
 * What counts as dismissed in the gross misconduct figures. Narrower than DISMISSAL_OUTCOMES:
 * "required to resign" is not dismissal in the published statistics.
 */
export const DISMISSED_IN_STATISTICS: readonly OutcomeKind[] = ['dismissed_without_notice', 'dismissed_with_notice', 'would_have_been_dismissed'];
