import { requireRole } from '../auth.js';
import type { Context } from '../context.js';
import { caseDurations } from '../../domain/durations.js';
import type { AllegationRow, OutcomeRow, ProceedingJoinRow, ProceedingRow } from '../../graph/rows.js';
import { asFinding, asOutcome } from '../vocabulary.js';

const DAY_MS = 86_400_000;

/** Whole days between two ISO dates; null when either is missing or unparseable. */
export function daysBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(to.slice(0, 10));
  return Number.isNaN(a) || Number.isNaN(b) ? null : Math.round((b - a) / DAY_MS);
}

export const proceedingResolvers = {
  Proceeding: {
    daysToDecision: (p: ProceedingRow) => daysBetween(p.incidentDate, p.decisionDate),
    documents: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingDocuments.load(p.id),
    officers: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingOfficers.load(p.id),
    allegations: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingAllegations.load(p.id),
    outcomes: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingOutcomes.load(p.id),
    complainantLabels: (p: ProceedingRow) => p.complainantLabels ?? [],
    // Pseudonyms join complainants across proceedings: an investigative capability, not a public one.
    complainants(p: ProceedingRow, _: unknown, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      return ctx.loaders.proceedingComplainants.load(p.id);
    },
    reviewedBy: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingReviews.load(p.id),
    joins: (p: ProceedingRow, _: unknown, ctx: Context) => ctx.loaders.proceedingJoins.load(p.id),
    async durations(p: ProceedingRow, _: unknown, ctx: Context) {
      const rulings = (await ctx.loaders.proceedingReviews.load(p.id)).map((r) => r.rulingDate).filter((d): d is string => !!d);
      return caseDurations(p, rulings);
    },
  },

  ProceedingJoin: {
    document: (j: ProceedingJoinRow, _: unknown, ctx: Context) => ctx.loaders.document.load(j.documentId),
  },

  Allegation: {
    finding: (a: AllegationRow) => asFinding(a.finding),
    officer: (a: AllegationRow, _: unknown, ctx: Context) => (a.officerId ? ctx.loaders.officer.load(a.officerId) : null),
    proceeding: (a: AllegationRow, _: unknown, ctx: Context) => (a.proceedingId ? ctx.loaders.proceeding.load(a.proceedingId) : null),
  },

  Outcome: {
    outcome: (o: OutcomeRow) => asOutcome(o.outcome),
    officer: (o: OutcomeRow, _: unknown, ctx: Context) => (o.officerId ? ctx.loaders.officer.load(o.officerId) : null),
    proceeding: (o: OutcomeRow, _: unknown, ctx: Context) => (o.proceedingId ? ctx.loaders.proceeding.load(o.proceedingId) : null),
  },
};
