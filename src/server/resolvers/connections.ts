import {
  connectedOfficers,
  DEFAULT_OVERLAP_DAYS,
  DEFAULT_PATH_LENGTH,
  findEntities,
  LINK_KINDS,
  MAX_CONNECTION_DEPTH,
  MAX_OVERLAP_DAYS,
  MAX_PATH_LENGTH,
  shortestPath,
  unitNetwork,
  type ConnectedOfficer,
  type ConnectionStep,
  type GraphPath,
  type LinkKind,
  type OfficerLink,
  type UnitLink,
} from '../../graph/connections.js';
import {
  colleaguesWithProvenFindings,
  repeatComplainants,
  repeatOfficers,
  type ColleagueRow,
  type RepeatComplainantRow,
  type RepeatOfficerRow,
  type UnitColleaguesRow,
} from '../../graph/patterns.js';
import { ErrorCode } from '../../errors.js';
import { toGraphQLError } from '../graphqlError.js';
import { requireRole } from '../auth.js';
import type { Context } from '../context.js';
import { pageSize } from '../cursor.js';
import type { OfficerRow, ProceedingRow } from '../../graph/rows.js';
import { badInput, found, unitOf } from './common.js';

function intIn(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) badInput(`\`${name}\` must be an integer from ${min} to ${max}`);
  return n;
}

/** Facts point at officers, units and proceedings by id; one that vanished mid-request is an inconsistency, not a user error. */
async function must<T>(load: Promise<T | null>, what: string): Promise<T> {
  const row = await load;
  if (!row) throw new Error(`${what} referenced by a connection does not exist`);
  return row;
}

const officerOf = (ctx: Context, id: string) => must<OfficerRow>(ctx.loaders.officer.load(id), `Officer ${id}`);
const officersOf = (ctx: Context, ids: readonly string[]) => Promise.all(ids.map((id) => officerOf(ctx, id)));
const proceedingsOf = (ctx: Context, ids: readonly string[]) => Promise.all(ids.map((id) => must<ProceedingRow>(ctx.loaders.proceeding.load(id), `Proceeding ${id}`)));

const optionalText = (s: string | null | undefined) => s?.trim() || null;

interface ConnectedArgs {
  officerId: string;
  depth?: number | null;
  kinds?: LinkKind[] | null;
  windowDays?: number | null;
  first?: number | null;
}

export const connectionsResolvers = {
  Query: {
    async connectedOfficers(_: unknown, args: ConnectedArgs, ctx: Context): Promise<ConnectedOfficer[]> {
      requireRole(ctx.role, 'investigator');
      const depth = intIn(args.depth, 1, 1, MAX_CONNECTION_DEPTH, 'depth');
      const windowDays = intIn(args.windowDays, DEFAULT_OVERLAP_DAYS, 0, MAX_OVERLAP_DAYS, 'windowDays');
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      if (args.kinds && args.kinds.length === 0) badInput('`kinds` must name at least one kind of link, or be left out for all');
      const kinds = args.kinds ? [...new Set(args.kinds)] : [...LINK_KINDS];
      found(await ctx.loaders.officer.load(args.officerId), `officer with id ${args.officerId}`);
      const all = await connectedOfficers(ctx.read, args.officerId, { depth, kinds, windowDays });
      return all.slice(0, size);
    },

    async shortestPath(_: unknown, args: { from: string; to: string; maxLength?: number | null }, ctx: Context): Promise<GraphPath | null> {
      requireRole(ctx.role, 'investigator');
      const maxLength = intIn(args.maxLength, DEFAULT_PATH_LENGTH, 1, MAX_PATH_LENGTH, 'maxLength');
      const entities = await findEntities(ctx.read, [args.from, args.to]);
      const [from, to] = [args.from, args.to].map((key) => {
        const matches = entities.get(key) ?? [];
        if (matches.length === 0) throw toGraphQLError(ErrorCode.NOT_FOUND, `No officer, unit, proceeding, document or complainant has id ${key}`);
        if (matches.length > 1) badInput(`The id ${key} names more than one thing (${matches.map((m) => m.node.kind).join(', ')})`);
        return matches[0]!;
      });
      if (from!.element === to!.element) return { nodes: [from!.node], relationships: [] };
      return shortestPath(ctx.read, from!.element, to!.element, maxLength);
    },

    async unitNetwork(_: unknown, args: { force?: string | null; unitId?: string | null; minShared?: number | null; first?: number | null }, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      const minShared = intIn(args.minShared, 1, 1, 1_000_000, 'minShared');
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      const unitId = optionalText(args.unitId);
      if (unitId) found(await ctx.loaders.unit.load(unitId), `unit with id ${unitId}`);
      return unitNetwork(ctx.read, { force: optionalText(args.force), unitId, minShared, limit });
    },

    // The object only marks the branch; each pattern checks the role again in case it is reached another way.
    patterns(_: unknown, __: unknown, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      return {};
    },
  },

  ConnectedOfficer: {
    officer: (c: ConnectedOfficer, _: unknown, ctx: Context) => officerOf(ctx, c.officerId),
  },

  ConnectionStep: {
    from: (s: ConnectionStep, _: unknown, ctx: Context) => officerOf(ctx, s.from),
    to: (s: ConnectionStep, _: unknown, ctx: Context) => officerOf(ctx, s.to),
  },

  OfficerLink: {
    unit: (l: OfficerLink, _: unknown, ctx: Context) => (l.unitId ? unitOf(ctx, l.unitId) : null),
    proceeding: (l: OfficerLink, _: unknown, ctx: Context) => (l.proceedingId ? ctx.loaders.proceeding.load(l.proceedingId) : null),
  },

  GraphPath: {
    length: (p: GraphPath) => p.relationships.length,
  },

  UnitLink: {
    units: (l: UnitLink, _: unknown, ctx: Context) => Promise.all([unitOf(ctx, l.a), unitOf(ctx, l.b)]),
    sharedOfficers: (l: UnitLink) => l.officerIds.length,
    officers: (l: UnitLink, _: unknown, ctx: Context) => officersOf(ctx, l.officerIds),
  },

  Patterns: {
    colleaguesWithProvenFindings(_: unknown, args: { windowDays?: number | null; force?: string | null; first?: number | null }, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      const windowDays = intIn(args.windowDays, DEFAULT_OVERLAP_DAYS, 0, MAX_OVERLAP_DAYS, 'windowDays');
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      return colleaguesWithProvenFindings(ctx.read, { windowDays, force: optionalText(args.force), limit });
    },

    repeatOfficers(_: unknown, args: { minProceedings?: number | null; minComplainants?: number | null; force?: string | null; first?: number | null }, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      // One matter or one complainant is not a repeat; below 2 every officer would be listed.
      const minMatters = intIn(args.minProceedings, 2, 2, 1_000_000, 'minProceedings');
      const minComplainants = intIn(args.minComplainants, 2, 2, 1_000_000, 'minComplainants');
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      return repeatOfficers(ctx.read, { minMatters, minComplainants, force: optionalText(args.force), limit });
    },

    repeatComplainants(_: unknown, args: { minOfficers?: number | null; first?: number | null }, ctx: Context) {
      requireRole(ctx.role, 'investigator');
      const minOfficers = intIn(args.minOfficers, 2, 2, 1_000_000, 'minOfficers');
      const limit = pageSize(args.first, ctx.config.api.maxPageSize);
      return repeatComplainants(ctx.read, { minOfficers, limit });
    },
  },

  UnitColleagues: {
    unit: (u: UnitColleaguesRow, _: unknown, ctx: Context) => unitOf(ctx, u.unitId),
  },

  UnitColleague: {
    officer: (c: ColleagueRow, _: unknown, ctx: Context) => officerOf(ctx, c.officerId),
  },

  RepeatOfficer: {
    officer: (r: RepeatOfficerRow, _: unknown, ctx: Context) => officerOf(ctx, r.officerId),
    proceedings: (r: RepeatOfficerRow, _: unknown, ctx: Context) => proceedingsOf(ctx, r.proceedingIds),
  },

  RepeatComplainant: {
    officers: (r: RepeatComplainantRow, _: unknown, ctx: Context) => officersOf(ctx, r.officerIds),
    proceedings: (r: RepeatComplainantRow, _: unknown, ctx: Context) => proceedingsOf(ctx, r.proceedingIds),
  },
};
