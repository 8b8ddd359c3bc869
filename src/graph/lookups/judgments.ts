/** A judgment's structure (parties, numbered paragraphs, appeals) for a batch at once (see ../byKey.ts). */
import { listByKey, oneByKey } from '../byKey.js';
import { project, type DocumentRow, type SourceRow } from '../rows.js';

export interface PartyRow {
  key: string;
  name: string;
  role: string;
  anonymised: boolean | null;
  source: SourceRow;
}

export interface ParagraphRow {
  id: string;
  docId: string;
  label: string;
  number: number;
  page: number;
  start: number;
  endPage: number | null;
  end: number;
  quote: string | null;
}

export interface AppealRow {
  appealId: string;
  citation: string;
  method: string | null;
  source: SourceRow;
}

export interface ParagraphsKey {
  docId: string;
  afterPage: number | null;
  afterStart: number | null;
  /** Page size plus one, to tell whether a next page exists. */
  limit: number;
}

export interface CitationLabelKey {
  docId: string;
  page: number | null;
  start: number | null;
  citation: string;
}

/** Paragraph `v` of document `d`. */
export const paragraph = (v: string) => `${v} {.id, .label, .number, .page, .start, .endPage, .end, .quote, docId: d.id}`;
const appeal = `{appealId: d.id, citation: c.citation, method: r.method, source: ${project.source('r', 'd.id')}}`;
/** Oldest document `d` first (by its decision date, else when it was ingested), then reading order. */
export const DOCUMENT_ORDER = `coalesce(d.decisionDate, toString(d.ingestedAt)), d.id`;

export const documentParties = listByKey<string, PartyRow>(
  `MATCH (d:Document {id: key})-[r:PARTY]->(p:Party) WITH i, d, r, p ORDER BY r.page, r.start, r.role
   RETURN i, collect({key: p.key, name: coalesce(r.name, p.name), role: r.role, anonymised: p.anonymised, source: ${project.source('r', 'd.id')}}) AS items`,
);

export const partyRulings = listByKey<string, DocumentRow>(
  `MATCH (:Party {key: key})<-[:PARTY]-(d:Document) WITH DISTINCT i, d ORDER BY ${DOCUMENT_ORDER}
   RETURN i, collect(${project.document('d')}) AS items`,
);

export const documentParagraphs = listByKey<ParagraphsKey, ParagraphRow>(
  `MATCH (d:Document {id: key.docId})-[:HAS_PARAGRAPH]->(pa:Paragraph)
   WHERE key.afterPage IS NULL OR pa.page > key.afterPage OR (pa.page = key.afterPage AND pa.start > key.afterStart)
   WITH i, key, d, pa ORDER BY pa.page, pa.start
   WITH i, key, collect(${paragraph('pa')}) AS ps
   RETURN i, ps[0..toInteger(key.limit)] AS items`,
);

export const documentParagraphCount = oneByKey<string, number>(`MATCH (d:Document {id: key}) RETURN i, COUNT { (d)-[:HAS_PARAGRAPH]->(:Paragraph) } AS item`);

export const documentAppealFrom = oneByKey<string, AppealRow>(
  `MATCH (d:Document {id: key})-[r:APPEALS]->(c:Case) WITH i, d, r, c ORDER BY c.citation
   RETURN i, head(collect(${appeal})) AS item`,
);

export const caseAppeals = listByKey<string, AppealRow>(
  `MATCH (c:Case {citation: key})<-[r:APPEALS]-(d:Document) WITH i, d, r, c ORDER BY ${DOCUMENT_ORDER}
   RETURN i, collect(${appeal}) AS items`,
);

/** The label of the paragraph a citation sits in ("[23]"), by the citation's place in its document. */
export const citationParagraphLabel = oneByKey<CitationLabelKey, string>(
  `MATCH (:Document {id: key.docId})-[r:CITES {page: key.page, start: key.start}]->(:Case {citation: key.citation})
   RETURN i, head(collect(r.paragraphLabel)) AS item`,
);
