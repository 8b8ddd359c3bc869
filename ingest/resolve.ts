import { JaroWinklerDistance } from '../src/nlp.js';
import type { OfficerFact } from '../src/domain/extraction.js';
import { currentForceName } from '../src/domain/forces.js';

/**
 * Officer resolution: does a mention name the same person as an officer already in the graph?
 * Candidates share a normalised surname (the graph query narrows to those); this scores the rest
 * of the evidence and records why, so an operator can see and undo the join.
 */
export interface OfficerCandidate {
  id: string;
  firstNames: string | null;
  force: string | null;
  warrantNumber: string | null;
  rank: string | null;
  /** Hearing and incident dates of the candidate's proceedings (ISO). */
  dates?: readonly string[];
}

export interface MatchScore {
  score: number;
  reasons: string[];
}

/** At or above this a mention joins the candidate; below it a new officer is created. */
export const MATCH_THRESHOLD = 0.75;
/** Between this and MATCH_THRESHOLD the pair is kept apart but offered to an operator to review. */
export const POSSIBLE_THRESHOLD = 0.5;

/** Honorifics are how a text addresses someone, not part of who they are ("Mr John Smith" is "John Smith"). */
const HONORIFIC = /\b(mr|mrs|ms|miss|mx|dr|sir|dame)\b\.?/g;

export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(HONORIFIC, ' ')
    .replace(/[^a-z\s'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function surnameKey(name: string): string {
  return normaliseName(name).split(' ').filter(Boolean).pop() ?? '';
}

export function firstNamesOf(name: string): string | null {
  const words = normaliseName(name).split(' ').filter(Boolean);
  return words.length > 1 ? words.slice(0, -1).join(' ') : null;
}

/**
 * `mentionDates` are the hearing and incident dates of the mention's own document: a notice and the
 * outcome of the same hearing share them, which tells apart two officers of one surname and force
 * when neither document gives both a first name and a warrant number.
 */
export function scoreMatch(m: OfficerFact, c: OfficerCandidate, mentionForce: string | null, mentionDates: readonly string[] = []): MatchScore {
  const reasons: string[] = ['same surname'];
  let score = 0.5;
  const force = mentionForce ?? m.force;
  if (force && c.force) {
    // One force under its former and current names ("Hampshire Constabulary" before 2022) is the same force.
    if (currentForceName(force) === currentForceName(c.force)) {
      score += 0.25;
      reasons.push('same force');
    } else {
      return { score: 0, reasons: ['different force'] };
    }
  }
  if (m.warrantNumber && c.warrantNumber) {
    if (m.warrantNumber === c.warrantNumber) {
      score += 0.3;
      reasons.push('same warrant number');
    } else {
      return { score: 0, reasons: ['different warrant number'] };
    }
  }
  const first = m.name ? firstNamesOf(m.name) : null;
  if (first && c.firstNames) {
    const sim = JaroWinklerDistance(first, c.firstNames);
    const initialsAgree = first[0] === c.firstNames[0];
    if (sim >= 0.9 || (initialsAgree && (first.length === 1 || c.firstNames.length === 1))) {
      score += 0.2;
      reasons.push(`first names agree (${sim.toFixed(2)})`);
    } else {
      return { score: 0, reasons: [`different first names (${sim.toFixed(2)})`] };
    }
  }
  const shared = mentionDates.find((d) => c.dates?.includes(d));
  if (shared) {
    score += 0.2;
    reasons.push(`same proceeding date (${shared})`);
  }
  return { score: Math.min(1, score), reasons };
}
