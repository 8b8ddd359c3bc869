/**
 * Full-text search over page text (the `page_text` index) with filters on the documents and the
 * facts they record. Every filter is a predicate over parameters only: user input never becomes Cypher.
 * SKIP and LIMIT take only integers and a JS number travels to Bolt as a float, hence neo4j.int.
 */
import neo4j from 'neo4j-driver';
import type { Read } from './read.js';
import { project, type DocumentColumn, type DocumentRow, type SearchRow } from './rows.js';

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

/** Facets a search counts documents by, and the expression each reads. */
const FACETS = {
  kind: 'd.kind',
  court: 'd.court',
  force: 'd.force',
  year: `toString(${YEAR})`,
  jrResult: 'd.jrResult',
} as const;
export type Facet = keyof typeof FACETS;
export type FacetRow = Record<Facet, string | null> & { n: number };

/** Facts live on the proceedings a document records, so those filters are existence checks there. */
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

export const isFiltered = (f: SearchFilter) => where(f) !== '';

/**
 * Matching pages and their documents. Without a filter the index is asked for only the hits the
 * page needs (`limit`): sorting every hit of a common word costs seconds on a national corpus.
 */
function hits(f: SearchFilter, limited: boolean): string {
  return `CALL db.index.fulltext.queryNodes('page_text', $query${limited ? ', {limit: $cap}' : ''}) YIELD node, score
    MATCH (d:Document)-[:HAS_PAGE]->(node) ${where(f)}`;
}

/** A numbered paragraph's extent: from `start` on `page` to `end` on `endPage` (its own page when null). */
export interface ParagraphSpan {
  label: string;
  page: number;
  start: number | null;
  endPage: number | null;
  end: number | null;
}

export interface SearchPageRow extends SearchRow {
  document?: DocumentRow;
  /** The numbered paragraphs that reach onto the page. */
  paragraphs?: ParagraphSpan[];
}

/** What a search reads beside each hit: its document with these columns, the paragraphs on its page. */
export interface SearchReads {
  document?: readonly DocumentColumn[];
  paragraphs?: boolean;
}

/**
 * Best pages first, `limit` of them after the first `skip`, each with what `reads` names, so a page
 * of results is one statement rather than one for the hits, one for their documents and one for
 * their paragraphs after that.
 */
export function searchPages(read: Read, query: string, filter: SearchFilter, skip: number, limit: number, reads: SearchReads = {}): Promise<SearchPageRow[]> {
  const extra = [
    ...(reads.document ? [`${project.document('d', reads.document)} AS document`] : []),
    ...(reads.paragraphs
      ? [
          `COLLECT { MATCH (d)-[:HAS_PARAGRAPH]->(pa:Paragraph) WHERE pa.page <= node.number AND coalesce(pa.endPage, pa.page) >= node.number
             RETURN pa {.label, .page, .start, .endPage, .end} } AS paragraphs`,
        ]
      : []),
  ];
  return read<SearchPageRow>(
    `${hits(filter, !isFiltered(filter))}
     WITH d, node, score ORDER BY score DESC, d.id, node.number SKIP $skip LIMIT $limit
     RETURN ${['d.id AS docId', 'node.number AS pageNumber', 'score', 'node.text AS text', ...extra].join(', ')}`,
    { query, f: filter, skip: neo4j.int(skip), limit: neo4j.int(limit), cap: neo4j.int(skip + limit) },
  );
}

/** The label of the paragraph holding offset `at` of `page`: of those spanning it, the one starting last. */
export function paragraphAt(spans: readonly ParagraphSpan[], page: number, at: number): string | null {
  let best: ParagraphSpan | null = null;
  for (const p of spans) {
    if (p.start === null) continue;
    const endPage = p.endPage ?? p.page;
    const endAt = p.end ?? p.start;
    const begins = p.page < page || (p.page === page && p.start <= at);
    const reaches = endPage > page || (endPage === page && endAt >= at);
    if (begins && reaches && (!best || p.page > best.page || (p.page === best.page && p.start > best.start!))) best = p;
  }
  return best?.label ?? null;
}

/**
 * Counting stops at this many pages, as Elasticsearch's total hits do by default: past it the
 * number tells a reader nothing a page of results does not, and an exact count of a common word
 * (134,000 pages for "gross misconduct" at UK scale) took 120 ms alone and set the p95 of search.
 */
export const SEARCH_COUNT_CAP = 10_000;

export interface HitCount {
  /** Matching pages, at most the cap. */
  n: number;
  /** False when more pages match than were counted. */
  exact: boolean;
}

export async function countHits(read: Read, query: string, filter: SearchFilter, cap = SEARCH_COUNT_CAP): Promise<HitCount> {
  // Unfiltered, the index alone counts: no join to documents for every hit of a common word. One
  // more than the cap tells a count that stopped from one that happens to equal it.
  const cypher = isFiltered(filter)
    ? `${hits(filter, false)} WITH node LIMIT $over RETURN count(*) AS n`
    : `CALL db.index.fulltext.queryNodes('page_text', $query, {limit: $over}) YIELD score RETURN count(*) AS n`;
  const [row] = await read<{ n: number }>(cypher, { query, f: filter, over: neo4j.int(cap + 1) });
  const n = row?.n ?? 0;
  return { n: Math.min(n, cap), exact: n <= cap };
}

/** One row per matching document: its facet values and how many of its pages match. */
export function facetRows(read: Read, query: string, filter: SearchFilter): Promise<FacetRow[]> {
  return read<FacetRow>(
    `${hits(filter, false)}
     WITH d, count(*) AS n
     RETURN ${Object.entries(FACETS)
       .map(([k, v]) => `${v} AS ${k}`)
       .join(', ')}, n`,
    { query, f: filter },
  );
}
