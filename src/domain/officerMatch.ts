import { DoubleMetaphone, JaroWinklerDistance } from '../nlp.js';
import type { OfficerFact } from './extraction.js';
import { currentForceName } from './forces.js';
import { firstNamesKey, surnameKey } from './names.js';

/**
 * Officer resolution: does a mention name the same person as an officer already in the graph?
 * Candidates share a normalised surname (the graph query narrows to those); this scores the rest
 * of the evidence and records why, so an operator can see and undo the join.
 */
export interface OfficerCandidate {
  id: string;
  /** Folded surname; a candidate found by sound alone spells it differently from the mention. */
  surnameKey?: string | null;
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

const metaphone = new DoubleMetaphone();

/**
 * How a surname sounds: Double Metaphone's primary and alternate codes ("Smyth" and "Smith" share
 * SM0). Stored on the officer, so the graph finds candidates spelt differently.
 */
export function surnameSounds(name: string): string[] {
  const key = surnameKey(name).replace(/[^a-z]/g, '');
  if (!key) return [];
  const [primary, alternate] = metaphone.process(key);
  return [...new Set([primary, alternate].filter((c) => c))];
}

/** Jaro-Winkler similarity at or above which two surnames are one spelt two ways ("Macdonald", "McDonald"). */
export const SURNAME_SIMILARITY = 0.9;
/** What a surname agreeing only in sound or spelling is worth, against 0.5 for the same surname. */
const ALIKE_SURNAME_SCORE = 0.35;

/**
 * The surname evidence: the same folded surname; or alike, by sound (a shared Double Metaphone
 * code) or spelling (Jaro-Winkler), which counts for less, so only a force, a warrant number or
 * first names on top join them; or different, which no other evidence overcomes.
 */
export function surnameEvidence(a: string, b: string): { score: number; reason: string } | null {
  const x = surnameKey(a);
  const y = surnameKey(b);
  if (!x || !y) return null;
  if (x === y) return { score: 0.5, reason: 'same surname' };
  const sim = JaroWinklerDistance(x, y);
  const soundA = surnameSounds(x);
  const sound = surnameSounds(y).find((c) => soundA.includes(c));
  if (sound && sim >= 0.8) return { score: ALIKE_SURNAME_SCORE, reason: `surnames sound alike (${sound}, ${sim.toFixed(2)})` };
  if (sim >= SURNAME_SIMILARITY) return { score: ALIKE_SURNAME_SCORE, reason: `surnames spelt alike (${sim.toFixed(2)})` };
  return null;
}

/**
 * `mentionDates` are the hearing and incident dates of the mention's own document: a notice and the
 * outcome of the same hearing share them, which tells apart two officers of one surname and force
 * when neither document gives both a first name and a warrant number.
 */
export function scoreMatch(m: OfficerFact, c: OfficerCandidate, mentionForce: string | null, mentionDates: readonly string[] = []): MatchScore {
  // Candidates come by folded surname or by sound; without the candidate's surname, the graph matched it exactly.
  const surname = c.surnameKey && m.name ? surnameEvidence(m.name, c.surnameKey) : { score: 0.5, reason: 'same surname' };
  if (!surname) return { score: 0, reasons: ['different surname'] };
  const reasons: string[] = [surname.reason];
  let score = surname.score;
  const force = mentionForce ?? m.force;
  if (force && c.force) {
    // One force under its former and current names ("Hampshire Constabulary" before 2022) is the same force.
    if (currentForceName(force) === currentForceName(c.force)) {
      score += 0.25;
      reasons.push('same force');
    } else {
      // A namesake in another force is another officer, whatever else agrees.
      return { score: 0, reasons: ['different force'] };
    }
  }
  if (m.warrantNumber && c.warrantNumber) {
    if (m.warrantNumber === c.warrantNumber) {
      // Strong: a warrant number names one officer of a force, so it carries a surname spelt two ways.
      score += 0.3;
      reasons.push('same warrant number');
    } else {
      return { score: 0, reasons: ['different warrant number'] };
    }
  }
  const first = m.name ? firstNamesKey(m.name) : null;
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
