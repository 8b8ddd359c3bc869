import {
  grossMisconductShares,
  incidentToOutcome,
  mostCitedCases,
  type DurationRow,
  type GrossMisconductGroup,
  type ShareRow,
  type StatisticsFilter,
} from '../../graph/statistics.js';
import type { Context } from '../context.js';
import { cypherInt, pageSize } from '../cursor.js';
import { project, type CaseRow, type DocumentRow } from '../rows.js';
import { asKind, asStatus } from '../vocabulary.js';
import { badInput } from './common.js';

interface FilterArgs {
  force?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
}

function filterOf(args: FilterArgs): StatisticsFilter {
  const fromYear = args.fromYear ?? null;
  const toYear = args.toYear ?? null;
  if (fromYear !== null && toYear !== null && fromYear > toYear) badInput('`fromYear` must not be after `toYear`');
  return { force: args.force?.trim() || null, fromYear, toYear };
}

/** The parent of the breakdown fields: each field runs its own query, only when asked for. */
interface Filtered {
  filter: StatisticsFilter;
}

function share(group: GrossMisconductGroup, r: ShareRow) {
  const key = group === 'overall' ? {} : { [group]: r.key };
  return { ...key, officers: r.officers, dismissed: r.dismissed, notDismissed: r.officers - r.dismissed, share: r.officers ? (r.officers - r.dismissed) / r.officers : null };
}

async function shares(ctx: Context, group: GrossMisconductGroup, filter: StatisticsFilter) {
  return (await grossMisconductShares(ctx.read, group, filter)).map((r) => share(group, r));
}

const NO_OFFICERS: ShareRow = { key: null, officers: 0, dismissed: 0 };
const NO_DURATIONS: DurationRow = { key: null, count: 0, inconsistent: 0, median: null, p25: null, p75: null, p90: null, min: null, max: null };

function distribution(r: DurationRow) {
  const { key, ...rest } = r;
  return { force: key, ...rest };
}

type IngestRow = { status: string | null; kind: string | null; licence: string | null; n: number };

function tally<K>(rows: IngestRow[], keyOf: (r: IngestRow) => K): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + r.n);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

export const statisticsResolvers = {
  Statistics: {
    async grossMisconductOutcomes(_: unknown, args: FilterArgs, ctx: Context) {
      const [row = NO_OFFICERS] = await grossMisconductShares(ctx.read, 'overall', filterOf(args));
      return {
        officersWithGrossMisconductProven: row.officers,
        dismissed: row.dismissed,
        notDismissed: row.officers - row.dismissed,
        dismissedShare: row.officers ? row.dismissed / row.officers : null,
      };
    },
    grossMisconductNotDismissed: (_: unknown, args: FilterArgs): Filtered => ({ filter: filterOf(args) }),
    incidentToOutcome: (_: unknown, args: FilterArgs): Filtered => ({ filter: filterOf(args) }),
    async mostCitedCases(_: unknown, args: FilterArgs & { first?: number | null }, ctx: Context) {
      const rows = await mostCitedCases(ctx.read, filterOf(args), pageSize(args.first, ctx.config.api.maxPageSize));
      return rows.map((r) => ({ case: { citation: r.citation, court: r.court, stub: r.stub } satisfies CaseRow, citingDocuments: r.citingDocuments, citations: r.citations }));
    },
  },

  GrossMisconductNotDismissed: {
    async overall(parent: Filtered, _: unknown, ctx: Context) {
      const [row = NO_OFFICERS] = await grossMisconductShares(ctx.read, 'overall', parent.filter);
      return share('overall', row);
    },
    byStandard: (parent: Filtered, _: unknown, ctx: Context) => shares(ctx, 'standard', parent.filter),
    byForce: (parent: Filtered, _: unknown, ctx: Context) => shares(ctx, 'force', parent.filter),
    byYear: (parent: Filtered, _: unknown, ctx: Context) => shares(ctx, 'year', parent.filter),
  },

  IncidentToOutcome: {
    async overall(parent: Filtered, _: unknown, ctx: Context) {
      const [row = NO_DURATIONS] = await incidentToOutcome(ctx.read, false, parent.filter);
      return distribution(row);
    },
    byForce: async (parent: Filtered, _: unknown, ctx: Context) => (await incidentToOutcome(ctx.read, true, parent.filter)).map(distribution),
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
