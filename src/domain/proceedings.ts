import { daysBetweenPeriods, daysFrom } from './periods.js';

/**
 * One proceeding per misconduct case: does a document (a notice, an outcome, an appeal outcome, a
 * news page) speak of the case an existing proceeding already holds? Both are described by the same
 * few facts; the answer records why, as officer resolution does, so an operator can see the join.
 * The caller has already narrowed candidates to proceedings concerning the same officer.
 */
export interface CaseFacts {
  force: string | null;
  /** First day of the conduct ("2022-06-01", or partial "2022-06"). */
  incident: string | null;
  /** Last day of the conduct when it is a period. */
  incidentUntil: string | null;
  hearing: string | null;
  decision: string | null;
  /** Standards alleged (canonical names). */
  standards: readonly string[];
  /** Every date the document names, whatever its role: a news page names the hearing it reports. */
  mentioned: readonly string[];
}

export interface CaseMatch {
  same: boolean;
  /** Evidence for (and, when apart, the conflict against). */
  reasons: string[];
}

/** Hearing dates this close are one hearing: a notice gives the first day, an outcome the last. */
export const HEARING_DAYS_APART = 7;
/** Incidents within this many days of each other, when neither is a period, are one incident. */
const INCIDENT_DAYS_APART = 31;

export function sameCase(doc: CaseFacts, p: CaseFacts): CaseMatch {
  if (!doc.force || !p.force || doc.force !== p.force) return { same: false, reasons: ['force differs or is unknown'] };
  const reasons = ['same officer', 'same force'];
  const evidence: string[] = [];
  if (doc.incident && p.incident) {
    const gap = daysBetweenPeriods({ from: doc.incident, to: doc.incidentUntil ?? doc.incident }, { from: p.incident, to: p.incidentUntil ?? p.incident });
    if (gap === null || gap > INCIDENT_DAYS_APART) return { same: false, reasons: [`different incidents (${doc.incident}, ${p.incident})`] };
    evidence.push(gap === 0 ? `same incident (${p.incident})` : `incidents ${gap} days apart`);
  }
  const shared = doc.standards.filter((s) => p.standards.includes(s));
  if (doc.standards.length && p.standards.length && shared.length === 0) return { same: false, reasons: ['allegations disagree'] };
  if (doc.hearing && p.hearing) {
    const gap = Math.abs(daysFrom(doc.hearing, p.hearing) ?? Infinity);
    if (gap <= HEARING_DAYS_APART) evidence.push(gap === 0 ? `same hearing date (${p.hearing})` : `hearing dates ${gap} days apart`);
  }
  // A later document (appeal outcome, news page) naming the hearing or decision the proceeding holds.
  const named = [p.hearing, p.decision].find((d) => d && doc.mentioned.includes(d) && d !== doc.hearing);
  if (named) evidence.push(`names the hearing or decision of ${named}`);
  const backwards = [doc.hearing, doc.decision].find((d) => d && p.mentioned.includes(d) && d !== p.hearing);
  if (backwards) evidence.push(`the proceeding names this document's date ${backwards}`);
  if (shared.length) reasons.push(`allegations agree (${shared.join(', ')})`);
  // Nothing to compare on either side (a ruling's account, an undated news page): agreeing allegations are the evidence.
  const undated = !p.hearing && !p.incident && !p.decision;
  if (!evidence.length && shared.length && (undated || (!doc.hearing && !doc.incident))) evidence.push('no dates to compare');
  if (!evidence.length) {
    // Two hearings weeks apart with nothing else in common are two cases.
    return { same: false, reasons: doc.hearing && p.hearing ? [`different hearings (${doc.hearing}, ${p.hearing})`] : ['nothing ties the two'] };
  }
  return { same: true, reasons: [...reasons, ...evidence] };
}
