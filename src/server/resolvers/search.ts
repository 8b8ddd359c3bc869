import { ErrorCode, toGraphQLError } from '../../errors.js';
import type { Context } from '../context.js';
import { connection, decodeCursor, pageSize } from '../cursor.js';
import type { SearchRow } from '../../graph/rows.js';
import { countHits, facetRows, paragraphLabels, searchPages, type Facet, type HitCount, type SearchFilter } from '../../graph/search.js';
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

type Hit = Omit<SearchRow, 'text'> & {
  snippet: string;
  highlighted: string;
  highlights: { start: number; end: number }[];
  snippetStart: number;
  snippetEnd: number;
  paragraph: string | null;
};

/**
 * The page text stays here: a hit carries only its excerpt, not the whole page. The excerpt is cut
 * from the text as the caller's role may read it, so highlight offsets match what is sent.
 */
function hit(row: SearchRow, query: string, role: Role): Hit {
  const s = snippet(viewText(row.text ?? '', role), query);
  return {
    docId: row.docId,
    pageNumber: row.pageNumber,
    score: row.score,
    snippet: s.text,
    highlighted: s.highlighted,
    highlights: s.highlights,
    snippetStart: s.start,
    snippetEnd: s.end,
    paragraph: null,
  };
}

/** The numbered paragraph each snippet starts in, for all hits of a page in one query. */
async function labelParagraphs(ctx: Context, list: Hit[]): Promise<void> {
  const labels = await paragraphLabels(
    ctx.read,
    list.map((h) => ({ docId: h.docId, page: h.pageNumber, at: h.snippetStart })),
  );
  labels.forEach((label, i) => (list[i]!.paragraph = label));
}

/** The first call's promise for every call: totalCount and totalCountExact share one count. */
function once<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
}

function checkFilter(f: SearchFilter): void {
  for (const y of [f.fromYear, f.toYear]) if (y != null && (y < 1800 || y > 2200)) badInput('Years must be between 1800 and 2200');
  if (f.fromYear != null && f.toYear != null && f.fromYear > f.toYear) badInput('`fromYear` is after `toYear`');
}

export const searchResolvers = {
  Query: {
    /** Scores do not make a keyset, so the cursor is the offset of the last hit. */
    async search(_: unknown, args: { query: string; filter?: SearchFilter | null; first?: number | null; after?: string | null }, ctx: Context) {
      const query = args.query.trim();
      if (!query) badInput('`query` must not be empty');
      if (query.length > MAX_QUERY_LENGTH) badInput(`\`query\` may not exceed ${MAX_QUERY_LENGTH} characters`);
      const filter = args.filter ?? {};
      checkFilter(filter);
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['int'])?.[0];
      if (after !== undefined && (typeof after !== 'number' || !Number.isInteger(after) || after < 0)) badInput('Invalid cursor');
      const skip = typeof after === 'number' ? after + 1 : 0;
      const rows = await searchPages(ctx.read, query, filter, skip, size + 1).catch(luceneError);
      const found = rows.map((r) => hit(r, query, ctx.role));
      await labelParagraphs(ctx, found.slice(0, size));
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
    async document(h: Hit, _: unknown, ctx: Context) {
      const doc = await ctx.loaders.document.load(h.docId);
      if (!doc) throw new Error(`Document ${h.docId} vanished during search`);
      return doc;
    },
  },
};
