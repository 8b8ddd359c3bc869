import type { Graph } from '../../graph/driver.js';
import { confirmMatch, mergeOfficers, rejectMatch, splitOfficer, uncertainMatches, type UncertainMatch } from '../../graph/resolution.js';
import { ErrorCode } from '../../errors.js';
import { toGraphQLError } from '../graphqlError.js';
import { requireRole } from '../auth.js';
import type { Context } from '../context.js';
import { pageSize } from '../cursor.js';
import { existingIds, mentionsById } from '../../graph/mentions.js';
import type { OfficerRow } from '../../graph/rows.js';
import { badInput } from './common.js';

/** Mutations write, so they need the Graph itself; app.ts puts it on the context beside the time-limited reader. */
interface Candidate {
  officerId: string;
  score: number;
  reasons: string[];
  joined: boolean;
}

/**
 * resolution.ts limits candidate pairs, not mentions; reading a few pairs per mention requested
 * means a page is rarely cut short, and a mention with more candidates than that is rarer still.
 */
const PAIRS_PER_MENTION = 5;

const writer = (ctx: Context): Graph => ctx.graph;

/** Decisions record who made them: a digest of the caller's key, never the key. */
const decidedBy = (ctx: Context) => `api:${ctx.callerId}`;

function id(value: string, name: string): string {
  const trimmed = value.trim();
  if (!trimmed) badInput(`\`${name}\` must not be empty`);
  return trimmed;
}

/** One query for every id, so a request naming several unknown things says which. */
async function requireExisting(ctx: Context, label: 'Officer' | 'OfficerMention', ids: readonly string[]): Promise<void> {
  const known = await existingIds(ctx.read, label, ids);
  const missing = ids.filter((i) => !known.has(i));
  if (missing.length) {
    const what = label === 'Officer' ? 'officer' : 'officer mention';
    throw toGraphQLError(ErrorCode.NOT_FOUND, `No ${what} with id ${missing.join(', ')}`);
  }
}

/** A mutation changes officers this request may already have loaded; later fields must see the change. */
function forget(ctx: Context): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
}

async function officer(ctx: Context, officerId: string): Promise<OfficerRow> {
  const row = await ctx.loaders.officer.load(officerId);
  if (!row) throw new Error(`Officer ${officerId} is missing right after a resolution decision`);
  return row;
}

export const operationsResolvers = {
  Query: {
    async uncertainMatches(_: unknown, args: { first?: number | null }, ctx: Context) {
      requireRole(ctx.role, 'operator');
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      if (size === 0) return [];
      const pairs: UncertainMatch[] = await uncertainMatches(writer(ctx), size * PAIRS_PER_MENTION);
      // Pairs come best score first, so each mention's candidates keep that order.
      const byMention = new Map<string, Candidate[]>();
      for (const p of pairs) {
        const list = byMention.get(p.mentionId) ?? [];
        if (list.length === 0) byMention.set(p.mentionId, list);
        list.push({ officerId: p.officerId, score: p.score, reasons: p.reasons ?? [], joined: p.relation === 'RESOLVED_TO' });
      }
      const ids = [...byMention.keys()].slice(0, size);
      const mentions = new Map((await mentionsById(ctx.read, ids)).map((m) => [m.id, m]));
      // A mention deleted between the two reads is simply not listed.
      return ids.filter((m) => mentions.has(m)).map((m) => ({ mention: mentions.get(m)!, candidates: byMention.get(m)! }));
    },
  },

  Mutation: {
    async confirmMatch(_: unknown, args: { mentionId: string; officerId: string }, ctx: Context) {
      requireRole(ctx.role, 'operator');
      const mentionId = id(args.mentionId, 'mentionId');
      const officerId = id(args.officerId, 'officerId');
      await requireExisting(ctx, 'OfficerMention', [mentionId]);
      // Checked first because joining a mention to an unknown id would create that officer.
      await requireExisting(ctx, 'Officer', [officerId]);
      await confirmMatch(writer(ctx), mentionId, officerId, decidedBy(ctx));
      forget(ctx);
      return officer(ctx, officerId);
    },

    async rejectMatch(_: unknown, args: { mentionId: string; officerId: string }, ctx: Context) {
      requireRole(ctx.role, 'operator');
      const mentionId = id(args.mentionId, 'mentionId');
      const officerId = id(args.officerId, 'officerId');
      await requireExisting(ctx, 'OfficerMention', [mentionId]);
      await requireExisting(ctx, 'Officer', [officerId]);
      const now = await rejectMatch(writer(ctx), mentionId, officerId, decidedBy(ctx));
      forget(ctx);
      return { officer: await officer(ctx, now), rejected: await ctx.loaders.officer.load(officerId) };
    },

    async mergeOfficers(_: unknown, args: { keepId: string; mergeId: string }, ctx: Context) {
      requireRole(ctx.role, 'operator');
      const keepId = id(args.keepId, 'keepId');
      const mergeId = id(args.mergeId, 'mergeId');
      if (keepId === mergeId) badInput('`keepId` and `mergeId` are the same officer');
      await requireExisting(ctx, 'Officer', [keepId, mergeId]);
      await mergeOfficers(writer(ctx), keepId, mergeId, decidedBy(ctx));
      forget(ctx);
      return officer(ctx, keepId);
    },

    async splitOfficer(_: unknown, args: { officerId: string; mentionIds: string[] }, ctx: Context) {
      requireRole(ctx.role, 'operator');
      const officerId = id(args.officerId, 'officerId');
      const mentionIds = [...new Set(args.mentionIds.map((m) => id(m, 'mentionIds')))];
      if (mentionIds.length === 0) badInput('`mentionIds` must name at least one mention');
      await requireExisting(ctx, 'Officer', [officerId]);
      await requireExisting(ctx, 'OfficerMention', mentionIds);
      // A mention of another officer is refused inside the write (BAD_USER_INPUT), before anything moves.
      const splitId = await splitOfficer(writer(ctx), officerId, mentionIds, decidedBy(ctx));
      forget(ctx);
      return { officer: await ctx.loaders.officer.load(officerId), split: await officer(ctx, splitId) };
    },
  },

  MatchCandidate: {
    officer: (c: Candidate, _: unknown, ctx: Context) => officer(ctx, c.officerId),
  },
};
