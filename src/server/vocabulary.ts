import { DOCUMENT_KINDS, FINDINGS, JR_RESULTS, OUTCOMES, TREATMENTS } from '../domain/vocabulary.js';

/**
 * A value outside the closed vocabulary (an older ingest, a hand edit) reads as null rather than
 * failing the whole response on enum serialisation.
 */
function member<T extends string>(values: readonly T[]) {
  return (value: string | null | undefined): T | null => ((values as readonly string[]).includes(value ?? '') ? (value as T) : null);
}

export const asKind = member(DOCUMENT_KINDS);
export const asFinding = member(FINDINGS);
export const asOutcome = member(OUTCOMES);
export const asJrResult = member(JR_RESULTS);
export const asTreatment = member(TREATMENTS);
export const asStatus = member(['ingested', 'failed'] as const);
