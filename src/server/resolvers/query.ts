import { requireRole, type Role } from '../auth.js';
import { mayList, ROW_RULES } from '../roles.js';
import type { Context } from '../context.js';
import { connection, cypherInt, decodeCursor, pageSize, type Keyed } from '../cursor.js';
import { project, type DocumentRow, type OfficerRow } from '../rows.js';
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

const DOCUMENT_WHERE = `($kind IS NULL OR d.kind = $kind) AND ($status IS NULL OR d.status = $status) AND ($licence IS NULL OR d.licence = $licence)
  AND ($failedVisible OR d.status = 'ingested')`;

const OFFICER_WHERE = `($name IS NULL OR toLower(coalesce(o.name, '') + ' ' + coalesce(o.label, '')) CONTAINS toLower($name))
  AND ($force IS NULL OR toLower(o.force) = toLower($force))`;
const OFFICER_KEY = `toLower(coalesce(o.name, o.label, ''))`;

function documentParams(filter: DocumentFilter | null | undefined, role: Role) {
  const failedVisible = mayList(role, 'failedDocuments');
  if (filter?.status === 'failed' && !failedVisible) requireRole(role, ROW_RULES.failedDocuments);
  return { kind: filter?.kind ?? null, status: filter?.status ?? null, licence: filter?.licence ?? null, failedVisible };
}

function officerParams(filter: OfficerFilter | null | undefined) {
  const name = filter?.name?.trim();
  return { name: name ? name : null, force: filter?.force?.trim() || null };
}

async function count(ctx: Context, cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await ctx.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

export const queryResolvers = {
  Query: {
    /** Newest first; the cursor is (ingestedAt, id) so pages stay stable while documents arrive. */
    async documents(_: unknown, args: PageArgs & { filter?: DocumentFilter | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['datetime', 'string']);
      const params = { ...documentParams(args.filter, ctx.role), afterTs: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: cypherInt(size + 1) };
      const rows = await ctx.read<{ node: DocumentRow; ts: string }>(
        // Every document is written with ingestedAt; ordering by the property itself (not an
        // expression of it) lets the planner walk the document_ingested_at index instead of
        // sorting every document.
        `MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL AND ${DOCUMENT_WHERE}
           AND ($afterTs IS NULL OR d.ingestedAt < datetime($afterTs) OR (d.ingestedAt = datetime($afterTs) AND d.id > $afterId))
         WITH d ORDER BY d.ingestedAt DESC, d.id ASC LIMIT $limit
         RETURN ${project.document('d')} AS node, toString(d.ingestedAt) AS ts`,
        params,
      );
      const keyed: Keyed<DocumentRow>[] = rows.map((r) => ({ node: r.node, key: [r.ts, r.node.id] }));
      return {
        ...connection(keyed, size),
        // Unfiltered, the label's count store answers at once instead of a scan of every document.
        totalCount: () =>
          args.filter?.kind || args.filter?.status || args.filter?.licence || !params.failedVisible
            ? count(ctx, `MATCH (d:Document) WHERE ${DOCUMENT_WHERE} RETURN count(d) AS n`, params)
            : count(ctx, `MATCH (d:Document) RETURN count(d) AS n`, {}),
      };
    },

    async officers(_: unknown, args: PageArgs & { filter?: OfficerFilter | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['string', 'string']);
      const params = { ...officerParams(args.filter), afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: cypherInt(size + 1) };
      const rows = await ctx.read<{ node: OfficerRow; k: string }>(
        `MATCH (o:Officer) WHERE ${OFFICER_WHERE}
         WITH o, ${OFFICER_KEY} AS k
         WHERE $afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND o.id > $afterId)
         WITH o, k ORDER BY k, o.id LIMIT $limit
         RETURN ${project.officer('o')} AS node, k`,
        params,
      );
      const keyed: Keyed<OfficerRow>[] = rows.map((r) => ({ node: r.node, key: [r.k, r.node.id] }));
      return {
        ...connection(keyed, size),
        totalCount: () => count(ctx, `MATCH (o:Officer) WHERE ${OFFICER_WHERE} RETURN count(o) AS n`, params),
      };
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
      const [row] = await ctx.read<{ name: string }>(`MATCH (f:Force) WHERE toLower(f.name) = toLower($name) RETURN f.name AS name LIMIT 1`, {
        name: args.name.trim(),
      });
      return found(row ?? null, `force named ${args.name}`);
    },

    // Sub-fields take their own arguments; the object only marks the branch.
    statistics: () => ({}),

    async ingestStatus(_: unknown, __: unknown, ctx: Context) {
      requireRole(ctx.role, 'operator');
      return ctx.read<{ status: string | null; kind: string | null; licence: string | null; n: number }>(
        `MATCH (d:Document) RETURN d.status AS status, d.kind AS kind, d.licence AS licence, count(*) AS n`,
      );
    },
  },

  DocumentConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
  OfficerConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
};
