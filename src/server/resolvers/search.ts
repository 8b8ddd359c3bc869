import { ErrorCode } from '../../errors.js';
import { toGraphQLError } from '../graphqlError.js';
import type { Context } from '../context.js';
import { connection, decodeCursor, pageSize } from '../cursor.js';
import type { DocumentRow } from '../../graph/rows.js';
import { countHits, facetRows, paragraphAt, searchPages, type Facet, type HitCount, type SearchFilter, type SearchPageRow } from '../../graph/search.js';
import { operationFields, profileColumns } from '../columns.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Role } from '../auth.js';
import { viewText } from '../privateView.js';
import { snippet } from '../snippet.js';
import { badInput } from './common.js';

const MAX_QUERY_LENGTH = 500;

/** Lucene rejects malformed syntax inside the procedure; the user should hear it was their query. */
function luceneError(err: unknown): never {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
    throw toGraphQLError(ErrorCode.BAD_USER_INPUT, 'The search query could not be parsed; check quotes, brackets and operators');
  }
  throw err;
}

type Hit = Omit<SearchPageRow, 'text' | 'paragraphs'> & {
  snippet: string;
  highlighted: string;
  highlights: { start: number; end: number }[];
  snippetStart: number;
  snippetEnd: number;
  paragraph: string | null;
};

/**
 * The page text stays here: a hit carries only its excerpt, not the whole page. The excerpt is cut
 * from the text as the caller's role may read it, so highlight offsets match what is sent. The
 * paragraph is the numbered one the snippet starts in, from the paragraphs the statement read.
 */
function hit(row: SearchPageRow, query: string, role: Role): Hit {
  const s = snippet(viewText(row.text ?? '', role), query);
  return {
    docId: row.docId,
    pageNumber: row.pageNumber,
    score: row.score,
    ...(row.document ? { document: row.document } : {}),
    snippet: s.text,
    highlighted: s.highlighted,
    highlights: s.highlights,
    snippetStart: s.start,
    snippetEnd: s.end,
    paragraph: row.paragraphs ? paragraphAt(row.paragraphs, row.pageNumber, s.start) : null,
  };
}

/** The first call's promise for every call: totalCount and totalCountExact share one count. */
function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

async function hitDocument(ctx: Context, id: string): Promise<DocumentRow> {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw new Error(`Document ${id} vanished during search`);
  return doc;
}

function checkFilter(f: SearchFilter): void {
  for (const y of [f.fromYear, f.toYear]) if (y != null && (y < 1800 || y > 2200)) badInput('Years must be between 1800 and 2200');
  if (f.fromYear != null && f.toYear != null && f.fromYear > f.toYear) badInput('`fromYear` is after `toYear`');
}

export const searchResolvers = {
  Query: {
    /** Scores do not make a keyset, so the cursor is the offset of the last hit. */
    async search(
      _: unknown,
      args: { query: string; filter?: SearchFilter | null; first?: number | null; after?: string | null },
      ctx: Context,
      info: GraphQLResolveInfo,
    ) {
      const query = args.query.trim();
      if (!query) badInput('`query` must not be empty');
      if (query.length > MAX_QUERY_LENGTH) badInput(`\`query\` may not exceed ${MAX_QUERY_LENGTH} characters`);
      const filter = args.filter ?? {};
      checkFilter(filter);
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['int'])?.[0];
      if (after !== undefined && (typeof after !== 'number' || !Number.isInteger(after) || after < 0)) badInput('Invalid cursor');
      const skip = typeof after === 'number' ? after + 1 : 0;
      // The hits' documents and paragraphs come with them when the operation asks for them anywhere.
      const asked = operationFields(info).get('SearchHit');
      const reads = { document: asked?.has('document') ? profileColumns(info).document : undefined, paragraphs: asked?.has('paragraph') ?? false };
      const rows = await searchPages(ctx.read, query, filter, skip, size + 1, reads).catch(luceneError);
      for (const r of rows) if (r.document) ctx.loaders.document.prime(r.document.id, r.document);
      const found = rows.map((r) => hit(r, query, ctx.role));
      const keyed = found.map((node, i) => ({ node, key: [skip + i] }));
      return {
        ...connection(keyed, size),
        count: once(() => countHits(ctx.read, query, filter).catch(luceneError)),
        facets: async () => {
          // Pages are counted per document in Cypher, then by value here: one row per document.
          const docs = await facetRows(ctx.read, query, filter).catch(luceneError);
          const facet = (k: Facet) => {
            const m = new Map<string, number>();
            for (const d of docs) if (d[k] !== null && d[k] !== undefined) m.set(String(d[k]), (m.get(String(d[k])) ?? 0) + d.n);
            return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
          };
          return { kind: facet('kind'), court: facet('court'), force: facet('force'), year: facet('year'), jrResult: facet('jrResult') };
        },
      };
    },
  },

  SearchConnection: {
    totalCount: async (c: { count: () => Promise<HitCount> }) => (await c.count()).n,
    totalCountExact: async (c: { count: () => Promise<HitCount> }) => (await c.count()).exact,
    facets: (c: { facets: () => Promise<unknown> }) => c.facets(),
  },

  SearchHit: {
    document: (h: Hit, _: unknown, ctx: Context) => h.document ?? hitDocument(ctx, h.docId),
  },
};
