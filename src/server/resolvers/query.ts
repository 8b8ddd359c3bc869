import { requireRole, type Role } from '../auth.js';
import { mayList, ROW_RULES } from '../roles.js';
import type { Context } from '../context.js';
import { connection, decodeCursor, pageSize, type Keyed } from '../cursor.js';
import {
  countDocuments,
  countOfficers,
  forceNamed,
  ingestCounts,
  listDocuments,
  listOfficers,
  type DocumentListFilter,
  type OfficerListFilter,
} from '../../graph/listings.js';
import type { DocumentRow, OfficerRow } from '../../graph/rows.js';
import { found } from './common.js';
import type { GraphQLResolveInfo } from 'graphql';
import { loadOfficerProfile, loadUnitProfile } from '../profiles.js';

interface DocumentFilter {
  kind?: string | null;
  status?: string | null;
  licence?: string | null;
}

interface OfficerFilter {
  name?: string | null;
  force?: string | null;
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

function documentParams(filter: DocumentFilter | null | undefined, role: Role): DocumentListFilter {
  const failedVisible = mayList(role, 'failedDocuments');
  if (filter?.status === 'failed' && !failedVisible) requireRole(role, ROW_RULES.failedDocuments);
  return { kind: filter?.kind ?? null, status: filter?.status ?? null, licence: filter?.licence ?? null, failedVisible };
}

function officerParams(filter: OfficerFilter | null | undefined): OfficerListFilter {
  const name = filter?.name?.trim();
  return { name: name ? name : null, force: filter?.force?.trim() || null };
}

export const queryResolvers = {
  Query: {
    /** Newest first; the cursor is (ingestedAt, id) so pages stay stable while documents arrive. */
    async documents(_: unknown, args: PageArgs & { filter?: DocumentFilter | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const filter = documentParams(args.filter, ctx.role);
      const rows = await listDocuments(ctx.read, filter, after as [string, string] | null, size + 1);
      const keyed: Keyed<DocumentRow>[] = rows.map((r) => ({ node: r.node, key: [r.ts, r.node.id] }));
      return { ...connection(keyed, size), totalCount: () => countDocuments(ctx.read, filter) };
    },

    async officers(_: unknown, args: PageArgs & { filter?: OfficerFilter | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['string', 'string']);
      const filter = officerParams(args.filter);
      const rows = await listOfficers(ctx.read, filter, after as [string, string] | null, size + 1);
      const keyed: Keyed<OfficerRow>[] = rows.map((r) => ({ node: r.node, key: [r.k, r.node.id] }));
      return { ...connection(keyed, size), totalCount: () => countOfficers(ctx.read, filter) };
    },

    async document(_: unknown, args: { id: string }, ctx: Context) {
      const doc = await ctx.loaders.document.load(args.id);
      const listed = doc && (doc.status === 'ingested' || mayList(ctx.role, 'failedDocuments'));
      return found(listed ? doc : null, `document with id ${args.id}`);
    },

    async officer(_: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo) {
      return found(await loadOfficerProfile(ctx, args.id, info), `officer with id ${args.id}`);
    },

    async case(_: unknown, args: { citation: string }, ctx: Context) {
      return found(await ctx.loaders.case.load(args.citation.trim()), `case cited as ${args.citation}`);
    },

    async unit(_: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo) {
      return found(await loadUnitProfile(ctx, args.id, info), `unit with id ${args.id}`);
    },

    async force(_: unknown, args: { name: string }, ctx: Context) {
      return found(await forceNamed(ctx.read, args.name.trim()), `force named ${args.name}`);
    },

    // Sub-fields take their own arguments; the object only marks the branch.
    statistics: () => ({}),

    async ingestStatus(_: unknown, __: unknown, ctx: Context) {
      requireRole(ctx.role, 'operator');
      return ingestCounts(ctx.read);
    },
  },

  DocumentConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
  OfficerConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
};
