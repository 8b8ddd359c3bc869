/**
 * Officer careers: ranks over time, read from every mention of the officer and dated by the
 * mentioning document. One query per request level through a per-request DataLoader.
 */
import type DataLoader from 'dataloader';
import { listLoader } from '../batch.js';
import type { Context } from '../context.js';
import { project, type OfficerRow, type SourceRow } from '../rows.js';

export interface RankPeriodRow {
  rank: string;
  from: string | null;
  to: string | null;
  source: SourceRow;
}

const perRequest = new WeakMap<Context, DataLoader<string, RankPeriodRow[]>>();

function rankLoader(ctx: Context): DataLoader<string, RankPeriodRow[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = listLoader<string, RankPeriodRow>(
      ctx.read,
      `MATCH (:Officer {id: key})<-[:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
       WHERE m.rank IS NOT NULL
       WITH i, m, d, coalesce(d.decisionDate, d.hearingDate, d.incidentDate) AS dated
       ORDER BY dated, d.id, m.page, m.start
       WITH i, m.rank AS rank, collect(dated) AS dates, head(collect(${project.source('m', 'd.id')})) AS source
       WITH i, rank, source, [x IN dates WHERE x IS NOT NULL] AS known
       WITH i, {rank: rank, from: head(known), to: last(known), source: source} AS period
       ORDER BY period.from IS NULL, period.from
       RETURN i, collect(period) AS items`,
    );
    perRequest.set(ctx, loader);
  }
  return loader;
}

export const profileResolvers = {
  Officer: {
    ranks: (o: OfficerRow, _: unknown, ctx: Context) => rankLoader(ctx).load(o.id),
  },
};
