import { daysFrom } from './periods.js';

/**
 * How long a misconduct case took, step by step: incident (the first day when the conduct is a
 * period or only a month or year) to hearing, hearing to decision, decision to the first ruling
 * that reviewed it. A step with a date missing is null rather than guessed.
 */
export interface CaseDurations {
  incidentToHearing: number | null;
  hearingToDecision: number | null;
  decisionToRuling: number | null;
  incidentToDecision: number | null;
  incidentToRuling: number | null;
  rulingDate: string | null;
}

export function caseDurations(
  p: { incidentDate: string | null; hearingDate: string | null; decisionDate: string | null },
  rulingDates: readonly string[],
): CaseDurations {
  const rulingDate = [...rulingDates].sort()[0] ?? null;
  const decided = p.decisionDate ?? null;
  // Later steps count from the hearing when the outcome gives no separate decision date.
  return {
    incidentToHearing: daysFrom(p.incidentDate, p.hearingDate),
    hearingToDecision: daysFrom(p.hearingDate, decided),
    decisionToRuling: daysFrom(decided ?? p.hearingDate, rulingDate),
    incidentToDecision: daysFrom(p.incidentDate, decided ?? p.hearingDate),
    incidentToRuling: daysFrom(p.incidentDate, rulingDate),
    rulingDate,
  };
}
