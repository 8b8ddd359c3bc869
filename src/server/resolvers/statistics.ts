import { aggregateGrossMisconductShares, aggregateIncidentToOutcome, aggregateMostCitedCases } from '../../graph/statisticsAggregates.js';
import { type DurationRow, type ShareDimension, type ShareRow, type StatisticsFilter } from '../../graph/statistics.js';
import { failedDocuments, type IngestCountRow } from '../../graph/listings.js';
import type { Context } from '../context.js';
import { pageSize } from '../cursor.js';
import type { CaseRow } from '../../graph/rows.js';
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

/**
 * One query answers every breakdown of a statistic, so within one request the breakdown fields
 * (and grossMisconductOutcomes beside them) share it: keyed by the request's context, which is
 * dropped with the request.
 */
const perRequest = new WeakMap<Context, Map<string, Promise<unknown>>>();

function once<T>(ctx: Context, key: string, run: () => Promise<T>): Promise<T> {
  let memo = perRequest.get(ctx);
  if (!memo) perRequest.set(ctx, (memo = new Map()));
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) memo.set(key, (p = run()));
  return p;
}

const shares = (ctx: Context, filter: StatisticsFilter) => once(ctx, `gm:${JSON.stringify(filter)}`, () => aggregateGrossMisconductShares(ctx.read, filter));
const durations = (ctx: Context, filter: StatisticsFilter) => once(ctx, `days:${JSON.stringify(filter)}`, () => aggregateIncidentToOutcome(ctx.read, filter));

/** The parent of the breakdown fields: they read the filter from it. */
interface Filtered {
  filter: StatisticsFilter;
}

const NO_OFFICERS: ShareRow = { dimension: 'overall', key: null, officers: 0, dismissed: 0 };
const NO_DURATIONS: DurationRow = { dimension: 'overall', key: null, count: 0, inconsistent: 0, median: null, p25: null, p75: null, p90: null, min: null, max: null };

function share(r: ShareRow) {
  const group = r.dimension === 'overall' ? {} : { [r.dimension]: r.key };
  const notDismissed = r.officers - r.dismissed;
  return { ...group, officers: r.officers, dismissed: r.dismissed, notDismissed, share: r.officers ? notDismissed / r.officers : null };
}

async function shareRows(parent: Filtered, ctx: Context, dimension: ShareDimension) {
  return (await shares(ctx, parent.filter))[dimension].map(share);
}

function distribution({ dimension: _d, key, ...figures }: DurationRow) {
  return { force: key, ...figures };
}

function tally<K>(rows: IngestCountRow[], keyOf: (r: IngestCountRow) => K): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + r.n);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

export const statisticsResolvers = {
  Statistics: {
    async grossMisconductOutcomes(_: unknown, args: FilterArgs, ctx: Context) {
      const [row = NO_OFFICERS] = (await shares(ctx, filterOf(args))).overall;
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
      const rows = await aggregateMostCitedCases(ctx.read, filterOf(args), pageSize(args.first, ctx.config.api.maxPageSize));
      return rows.map((r) => ({
        case: { citation: r.citation, court: r.court, stub: r.stub } satisfies CaseRow,
        citingDocuments: r.citingDocuments,
        citations: r.citations,
      }));
    },
  },

  GrossMisconductNotDismissed: {
    overall: async (parent: Filtered, _: unknown, ctx: Context) => share((await shares(ctx, parent.filter)).overall[0] ?? NO_OFFICERS),
    byStandard: (parent: Filtered, _: unknown, ctx: Context) => shareRows(parent, ctx, 'standard'),
    byForce: (parent: Filtered, _: unknown, ctx: Context) => shareRows(parent, ctx, 'force'),
    byYear: (parent: Filtered, _: unknown, ctx: Context) => shareRows(parent, ctx, 'year'),
  },

  IncidentToOutcome: {
    overall: async (parent: Filtered, _: unknown, ctx: Context) => distribution((await durations(ctx, parent.filter)).overall[0] ?? NO_DURATIONS),
    byForce: async (parent: Filtered, _: unknown, ctx: Context) => (await durations(ctx, parent.filter)).force.map(distribution),
  },

  /** The parent is the per-(status, kind, licence) count rows of Query.ingestStatus. */
  IngestStatus: {
    totalDocuments: (rows: IngestCountRow[]) => rows.reduce((sum, r) => sum + r.n, 0),
    byStatus: (rows: IngestCountRow[]) =>
      tally(rows, (r) => asStatus(r.status))
        .filter((t) => t.key !== null)
        .map((t) => ({ status: t.key, count: t.count })),
    byKind: (rows: IngestCountRow[]) => tally(rows, (r) => asKind(r.kind)).map((t) => ({ kind: t.key, count: t.count })),
    byLicence: (rows: IngestCountRow[]) => tally(rows, (r) => r.licence).map((t) => ({ licence: t.key, count: t.count })),
    async failures(_: IngestCountRow[], args: { first?: number | null }, ctx: Context) {
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      return failedDocuments(ctx.read, limit);
    },
  },
};
