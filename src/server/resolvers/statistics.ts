import type { Context } from '../context.js';
import { cypherInt, pageSize } from '../cursor.js';
import { project, type DocumentRow } from '../rows.js';
import { asKind, asStatus, DISMISSED } from '../vocabulary.js';
import { badInput } from './common.js';

interface GrossArgs {
  force?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

/**
 * Officer-level, not allegation-level: an officer with three gross misconduct findings in one
 * proceeding counts once, and counts as dismissed when any proceeding that found gross misconduct
 * against them dismissed them.
 */
const GROSS_MISCONDUCT = `
  MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(:Allegation {finding: 'gross_misconduct'})-[:AGAINST]->(o:Officer)
  WHERE $force IS NULL OR toLower(coalesce(p.force, o.force)) = toLower($force)
  WITH DISTINCT p, o, coalesce(p.decisionDate, p.hearingDate) AS decided
  WITH p, o, CASE WHEN decided IS NULL THEN null ELSE toInteger(substring(toString(decided), 0, 4)) END AS year
  WHERE ($fromYear IS NULL OR year >= $fromYear) AND ($toYear IS NULL OR year <= $toYear)
  WITH o, EXISTS { (p)-[:HAS_OUTCOME]->(oc:Outcome)<-[:RECEIVED]-(o) WHERE oc.outcome IN $dismissed } AS dismissedHere
  WITH o, max(CASE WHEN dismissedHere THEN 1 ELSE 0 END) AS dismissed
  RETURN count(o) AS proven, coalesce(sum(dismissed), 0) AS dismissed`;

type IngestRow = { status: string | null; kind: string | null; licence: string | null; n: number };

function tally<K>(rows: IngestRow[], keyOf: (r: IngestRow) => K): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + r.n);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

export const statisticsResolvers = {
  Statistics: {
    async grossMisconductOutcomes(_: unknown, args: GrossArgs, ctx: Context) {
      const fromYear = args.fromYear ?? null;
      const toYear = args.toYear ?? null;
      if (fromYear !== null && toYear !== null && fromYear > toYear) badInput('`fromYear` must not be after `toYear`');
      const [row] = await ctx.read<{ proven: number; dismissed: number }>(GROSS_MISCONDUCT, {
        force: args.force?.trim() || null,
        fromYear,
        toYear,
        dismissed: DISMISSED,
      });
      const proven = row?.proven ?? 0;
      const dismissed = row?.dismissed ?? 0;
      return {
        officersWithGrossMisconductProven: proven,
        dismissed,
        notDismissed: proven - dismissed,
        dismissedShare: proven ? dismissed / proven : null,
      };
    },
  },

  /** The parent is the per-(status, kind, licence) count rows of Query.ingestStatus. */
  IngestStatus: {
    totalDocuments: (rows: IngestRow[]) => rows.reduce((sum, r) => sum + r.n, 0),
    byStatus: (rows: IngestRow[]) =>
      tally(rows, (r) => asStatus(r.status))
        .filter((t) => t.key !== null)
        .map((t) => ({ status: t.key, count: t.count })),
    byKind: (rows: IngestRow[]) => tally(rows, (r) => asKind(r.kind)).map((t) => ({ kind: t.key, count: t.count })),
    byLicence: (rows: IngestRow[]) => tally(rows, (r) => r.licence).map((t) => ({ licence: t.key, count: t.count })),
    async failures(_: IngestRow[], args: { first?: number | null }, ctx: Context) {
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      const rows = await ctx.read<{ d: DocumentRow }>(
        `MATCH (d:Document {status: 'failed'})
         WITH d ORDER BY d.ingestedAt DESC, d.id LIMIT $limit
         RETURN ${project.document('d')} AS d`,
        { limit: cypherInt(limit) },
      );
      return rows.map((r) => r.d);
    },
  },
};
