import { ErrorCode, toGraphQLError } from '../../errors.js';
import type { Context } from '../context.js';
import { connection, cypherInt, decodeCursor, pageSize } from '../cursor.js';
import type { SearchRow } from '../rows.js';
import { snippet } from '../snippet.js';
import { badInput } from './common.js';

const MAX_QUERY_LENGTH = 500;

const HITS = `CALL db.index.fulltext.queryNodes('page_text', $query) YIELD node, score
  MATCH (d:Document)-[:HAS_PAGE]->(node)`;

/** Lucene rejects malformed syntax inside the procedure; the user should hear it was their query. */
function luceneError(err: unknown): never {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
    throw toGraphQLError(ErrorCode.BAD_USER_INPUT, 'The search query could not be parsed; check quotes, brackets and operators');
  }
  throw err;
}

type Hit = Omit<SearchRow, 'text'> & { snippet: string; highlighted: string; highlights: { start: number; end: number }[]; snippetStart: number; snippetEnd: number };

/** The page text stays here: a hit carries only its excerpt, not the whole page. */
function hit(row: SearchRow, query: string): Hit {
  const s = snippet(row.text ?? '', query);
  return { docId: row.docId, pageNumber: row.pageNumber, score: row.score, snippet: s.text, highlighted: s.highlighted, highlights: s.highlights, snippetStart: s.start, snippetEnd: s.end };
}

export const searchResolvers = {
  Query: {
    /** Scores do not make a keyset, so the cursor is the offset of the last hit. */
    async search(_: unknown, args: { query: string; first?: number | null; after?: string | null }, ctx: Context) {
      const query = args.query.trim();
      if (!query) badInput('`query` must not be empty');
      if (query.length > MAX_QUERY_LENGTH) badInput(`\`query\` may not exceed ${MAX_QUERY_LENGTH} characters`);
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, 1)?.[0];
      if (after !== undefined && (typeof after !== 'number' || !Number.isInteger(after) || after < 0)) badInput('Invalid cursor');
      const skip = typeof after === 'number' ? after + 1 : 0;
      const rows = await ctx
        .read<SearchRow>(
          `${HITS}
           WITH d, node, score ORDER BY score DESC, d.id, node.number SKIP $skip LIMIT $limit
           RETURN d.id AS docId, node.number AS pageNumber, score, node.text AS text`,
          { query, skip: cypherInt(skip), limit: cypherInt(size + 1) },
        )
        .catch(luceneError);
      const keyed = rows.map((r, i) => ({ node: hit(r, query), key: [skip + i] }));
      return {
        ...connection(keyed, size),
        totalCount: async () => {
          const [row] = await ctx.read<{ n: number }>(`${HITS} RETURN count(*) AS n`, { query }).catch(luceneError);
          return row?.n ?? 0;
        },
      };
    },
  },

  SearchConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },

  SearchHit: {
    async document(h: Hit, _: unknown, ctx: Context) {
      const doc = await ctx.loaders.document.load(h.docId);
      if (!doc) throw new Error(`Document ${h.docId} vanished during search`);
      return doc;
    },
  },
};
