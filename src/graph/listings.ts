/**
 * The API's top-level lists of documents and officers, a page at a time, and the operators'
 * counts. Pages are keysets (the last row's sort key), so they stay stable while documents arrive.
 * LIMIT takes only integers and a JS number travels to Bolt as a float, hence neo4j.int.
 */
import neo4j from 'neo4j-driver';
import type { Read } from './read.js';
import { project, type DocumentRow, type OfficerRow } from './rows.js';

export interface DocumentListFilter {
  kind: string | null;
  status: string | null;
  licence: string | null;
  /** False hides failed documents (the caller may not list them). */
  failedVisible: boolean;
}

export interface OfficerListFilter {
  /** Part of the name or label, any case. */
  name: string | null;
  force: string | null;
}

const DOCUMENT_WHERE = `($kind IS NULL OR d.kind = $kind) AND ($status IS NULL OR d.status = $status) AND ($licence IS NULL OR d.licence = $licence)
  AND ($failedVisible OR d.status = 'ingested')`;

const OFFICER_WHERE = `($name IS NULL OR toLower(coalesce(o.name, '') + ' ' + coalesce(o.label, '')) CONTAINS toLower($name))
  AND ($force IS NULL OR toLower(o.force) = toLower($force))`;
const OFFICER_KEY = `toLower(coalesce(o.name, o.label, ''))`;

async function count(read: Read, cypher: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}

/** Newest first, `limit` documents after the one keyed (ingestedAt, id) `after`. */
export function listDocuments(read: Read, filter: DocumentListFilter, after: [string, string] | null, limit: number): Promise<{ node: DocumentRow; ts: string }[]> {
  return read<{ node: DocumentRow; ts: string }>(
    // Every document is written with ingestedAt; ordering by the property itself (not an
    // expression of it) lets the planner walk the document_ingested_at index instead of
    // sorting every document.
    `MATCH (d:Document) WHERE d.ingestedAt IS NOT NULL AND ${DOCUMENT_WHERE}
       AND ($afterTs IS NULL OR d.ingestedAt < datetime($afterTs) OR (d.ingestedAt = datetime($afterTs) AND d.id > $afterId))
     WITH d ORDER BY d.ingestedAt DESC, d.id ASC LIMIT $limit
     RETURN ${project.document('d')} AS node, toString(d.ingestedAt) AS ts`,
    { ...filter, afterTs: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: neo4j.int(limit) },
  );
}

export function countDocuments(read: Read, filter: DocumentListFilter): Promise<number> {
  // Unfiltered, the label's count store answers at once instead of a scan of every document.
  return filter.kind || filter.status || filter.licence || !filter.failedVisible
    ? count(read, `MATCH (d:Document) WHERE ${DOCUMENT_WHERE} RETURN count(d) AS n`, { ...filter })
    : count(read, `MATCH (d:Document) RETURN count(d) AS n`, {});
}

/** By name (else label), `limit` officers after the one keyed (lower-case name, id) `after`. */
export function listOfficers(read: Read, filter: OfficerListFilter, after: [string, string] | null, limit: number): Promise<{ node: OfficerRow; k: string }[]> {
  return read<{ node: OfficerRow; k: string }>(
    `MATCH (o:Officer) WHERE ${OFFICER_WHERE}
     WITH o, ${OFFICER_KEY} AS k
     WHERE $afterKey IS NULL OR k > $afterKey OR (k = $afterKey AND o.id > $afterId)
     WITH o, k ORDER BY k, o.id LIMIT $limit
     RETURN ${project.officer('o')} AS node, k`,
    { ...filter, afterKey: after?.[0] ?? null, afterId: after?.[1] ?? null, limit: neo4j.int(limit) },
  );
}

export function countOfficers(read: Read, filter: OfficerListFilter): Promise<number> {
  return count(read, `MATCH (o:Officer) WHERE ${OFFICER_WHERE} RETURN count(o) AS n`, { ...filter });
}

/** The force's name as stored, matched in any case; null when no force has it. */
export async function forceNamed(read: Read, name: string): Promise<{ name: string } | null> {
  const [row] = await read<{ name: string }>(`MATCH (f:Force) WHERE toLower(f.name) = toLower($name) RETURN f.name AS name LIMIT 1`, { name });
  return row ?? null;
}

export interface IngestCountRow {
  status: string | null;
  kind: string | null;
  licence: string | null;
  n: number;
}

/** How many documents there are of each (status, kind, licence). */
export function ingestCounts(read: Read): Promise<IngestCountRow[]> {
  return read<IngestCountRow>(`MATCH (d:Document) RETURN d.status AS status, d.kind AS kind, d.licence AS licence, count(*) AS n`);
}

/** The latest failed documents, newest first. */
export async function failedDocuments(read: Read, limit: number): Promise<DocumentRow[]> {
  const rows = await read<{ d: DocumentRow }>(
    `MATCH (d:Document {status: 'failed'})
     WITH d ORDER BY d.ingestedAt DESC, d.id LIMIT $limit
     RETURN ${project.document('d')} AS d`,
    { limit: neo4j.int(limit) },
  );
  return rows.map((r) => r.d);
}
