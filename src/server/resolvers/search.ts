import { ErrorCode, toGraphQLError } from '../../errors.js';
import type { Context } from '../context.js';
import { connection, cypherInt, decodeCursor, pageSize } from '../cursor.js';
import type { SearchRow } from '../rows.js';
import type { Role } from '../auth.js';
import { viewText } from '../privateView.js';
import { snippet } from '../snippet.js';
import { badInput } from './common.js';

const MAX_QUERY_LENGTH = 500;

export interface SearchFilter {
  kinds?: string[] | null;
  court?: string | null;
  force?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  standard?: string | null;
  finding?: string | null;
  outcome?: string | null;
  jrResult?: string | null;
}

/** The year a document is filed under: its decision, else its hearing, else its incident. */
const YEAR = `toInteger(substring(coalesce(d.decisionDate, d.hearingDate, d.incidentDate), 0, 4))`;

/**
 * One predicate per filter given, each over parameters only (user input never becomes Cypher).
 * Facts live on the proceedings a document records, so those filters are existence checks there.
 */
function where(f: SearchFilter): string {
  const parts: string[] = [];
  if (f.kinds?.length) parts.push('d.kind IN $f.kinds');
  if (f.court) parts.push('d.court = $f.court');
  if (f.force) parts.push('toLower(d.force) = toLower($f.force)');
  if (f.jrResult) parts.push('d.jrResult = $f.jrResult');
  if (f.fromYear != null) parts.push(`${YEAR} >= $f.fromYear`);
  if (f.toYear != null) parts.push(`${YEAR} <= $f.toYear`);
  if (f.standard || f.finding) {
    const a = [f.standard ? 'a.standard = $f.standard' : null, f.finding ? 'a.finding = $f.finding' : null].filter(Boolean).join(' AND ');
    parts.push(`EXISTS { (d)-[:RECORDS|DESCRIBES]->(:Proceeding)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${a} }`);
  }
  if (f.outcome) parts.push('EXISTS { (d)-[:RECORDS|DESCRIBES]->(:Proceeding)-[:HAS_OUTCOME]->(:Outcome {outcome: $f.outcome}) }');
  return parts.length ? 'WHERE ' + parts.join(' AND ') : '';
}

/**
 * Matching pages and their documents. Without a filter the index is asked for only the hits the
 * page needs (`limit`): sorting every hit of a common word costs seconds on a national corpus.
 */
function hits(f: SearchFilter, limited: boolean): string {
  return `CALL db.index.fulltext.queryNodes('page_text', $query${limited ? ', {limit: $cap}' : ''}) YIELD node, score
    MATCH (d:Document)-[:HAS_PAGE]->(node) ${where(f)}`;
}

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
  if (!list.length) return;
  const rows = await ctx.read<{ i: number; label: string | null }>(
    `UNWIND range(0, size($hits) - 1) AS i WITH i, $hits[i] AS h
     OPTIONAL MATCH (:Document {id: h.docId})-[:HAS_PARAGRAPH]->(pa:Paragraph)
     WHERE (pa.page < h.page OR (pa.page = h.page AND pa.start <= h.at))
       AND (coalesce(pa.endPage, pa.page) > h.page OR (coalesce(pa.endPage, pa.page) = h.page AND coalesce(pa.end, pa.start) >= h.at))
     WITH i, pa ORDER BY pa.page DESC, pa.start DESC
     RETURN i, head(collect(pa.label)) AS label`,
    { hits: list.map((h) => ({ docId: h.docId, page: h.pageNumber, at: h.snippetStart })) },
  );
  for (const r of rows) if (list[r.i]) list[r.i]!.paragraph = r.label;
}

function checkFilter(f: SearchFilter): void {
  for (const y of [f.fromYear, f.toYear]) if (y != null && (y < 1800 || y > 2200)) badInput('Years must be between 1800 and 2200');
  if (f.fromYear != null && f.toYear != null && f.fromYear > f.toYear) badInput('`fromYear` is after `toYear`');
}

const FACETS = {
  kind: 'd.kind',
  court: 'd.court',
  force: 'd.force',
  year: `toString(${YEAR})`,
  jrResult: 'd.jrResult',
} as const;

export const searchResolvers = {
  Query: {
    /** Scores do not make a keyset, so the cursor is the offset of the last hit. */
    async search(_: unknown, args: { query: string; filter?: SearchFilter | null; first?: number | null; after?: string | null }, ctx: Context) {
      const query = args.query.trim();
      if (!query) badInput('`query` must not be empty');
      if (query.length > MAX_QUERY_LENGTH) badInput(`\`query\` may not exceed ${MAX_QUERY_LENGTH} characters`);
      const filter = args.filter ?? {};
      checkFilter(filter);
      const filtered = where(filter) !== '';
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['int'])?.[0];
      if (after !== undefined && (typeof after !== 'number' || !Number.isInteger(after) || after < 0)) badInput('Invalid cursor');
      const skip = typeof after === 'number' ? after + 1 : 0;
      const rows = await ctx
        .read<SearchRow>(
          `${hits(filter, !filtered)}
           WITH d, node, score ORDER BY score DESC, d.id, node.number SKIP $skip LIMIT $limit
           RETURN d.id AS docId, node.number AS pageNumber, score, node.text AS text`,
          { query, f: filter, skip: cypherInt(skip), limit: cypherInt(size + 1), cap: cypherInt(skip + size + 1) },
        )
        .catch(luceneError);
      const found = rows.map((r) => hit(r, query, ctx.role));
      await labelParagraphs(ctx, found.slice(0, size));
      const keyed = found.map((node, i) => ({ node, key: [skip + i] }));
      return {
        ...connection(keyed, size),
        totalCount: async () => {
          // Unfiltered, the index alone counts: no join to documents for every hit of a common word.
          const cypher = filtered
            ? `${hits(filter, false)} RETURN count(*) AS n`
            : `CALL db.index.fulltext.queryNodes('page_text', $query) YIELD node RETURN count(*) AS n`;
          const [row] = await ctx.read<{ n: number }>(cypher, { query, f: filter }).catch(luceneError);
          return row?.n ?? 0;
        },
        facets: async () => {
          // Pages are counted per document in Cypher, then by value here: one row per document.
          const docs = await ctx
            .read<Record<keyof typeof FACETS, string | null> & { n: number }>(
              `${hits(filter, false)}
               WITH d, count(*) AS n
               RETURN ${Object.entries(FACETS).map(([k, v]) => `${v} AS ${k}`).join(', ')}, n`,
              { query, f: filter },
            )
            .catch(luceneError);
          const facet = (k: keyof typeof FACETS) => {
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
    totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount(),
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
