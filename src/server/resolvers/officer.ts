import type { Context } from '../context.js';
import { unitOf } from './common.js';
import type { Carried, ForceRow, MembershipRow, MentionRow, OfficerRow, UnitRow } from '../../graph/rows.js';

async function officerOf(ctx: Context, id: string): Promise<OfficerRow> {
  const officer = await ctx.loaders.officer.load(id);
  if (!officer) throw new Error(`Officer ${id} referenced by a fact does not exist`);
  return officer;
}

export const officerResolvers = {
  Officer: {
    force: (o: OfficerRow): ForceRow | null => (o.force ? { name: o.force } : null),
    mentions: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerMentions.load(o.id),
    units: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerUnits.load(o.id),
    proceedings: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerProceedings.load(o.id),
    allegations: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerAllegations.load(o.id),
    outcomes: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerOutcomes.load(o.id),
    rulings: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerRulings.load(o.id),
    ranks: (o: OfficerRow, _: unknown, ctx: Context) => ctx.loaders.officerRanks.load(o.id),
  },

  OfficerMention: {
    officer: (m: MentionRow, _: unknown, ctx: Context) => (m.officerId ? ctx.loaders.officer.load(m.officerId) : null),
  },

  Resolution: {
    reasons: (r: { reasons: string[] | null }) => r.reasons ?? [],
  },

  Unit: {
    force: (u: UnitRow): ForceRow | null => (u.force ? { name: u.force } : null),
    members: (u: UnitRow, _: unknown, ctx: Context) => ctx.loaders.unitMembers.load(u.id),
  },

  UnitMembership: {
    officer: (m: MembershipRow & Carried, _: unknown, ctx: Context) => m.carriedOfficer ?? officerOf(ctx, m.officerId),
    unit: (m: MembershipRow & Carried, _: unknown, ctx: Context) => m.carriedUnit ?? unitOf(ctx, m.unitId),
  },

  Force: {
    units: (f: ForceRow, _: unknown, ctx: Context) => ctx.loaders.forceUnits.load(f.name),
    officerCount: async (f: ForceRow, _: unknown, ctx: Context) => (await ctx.loaders.forceOfficerCount.load(f.name)) ?? 0,
  },
};
