/** A document and what it holds, looked up for a batch of documents at once (see ../byKey.ts). */
import { listByKey, oneByKey } from '../byKey.js';
import {
  project,
  type CaseRow,
  type CitationRow,
  type DocumentRow,
  type LegislationRow,
  type MentionRow,
  type PageRow,
  type ProceedingRow,
  type ReviewRow,
  type UnitRefRow,
} from '../rows.js';

export interface PagesKey {
  docId: string;
  fromPage: number;
  first: number;
}

export const documentById = oneByKey<string, DocumentRow>(`MATCH (d:Document {id: key}) RETURN i, ${project.document('d')} AS item`);

export const pageByNumber = oneByKey<{ docId: string; number: number }, PageRow>(
  `MATCH (:Document {id: key.docId})-[:HAS_PAGE]->(pg:Page {number: key.number})
   RETURN i, pg {.id, .number, .text, .ocr, .ocrConfidence, docId: key.docId} AS item`,
);

export const documentPages = listByKey<PagesKey, PageRow>(
  `MATCH (:Document {id: key.docId})-[:HAS_PAGE]->(pg:Page) WHERE pg.number >= key.fromPage
   WITH i, key, pg ORDER BY pg.number
   WITH i, key, collect(pg {.id, .number, .text, .ocr, .ocrConfidence, docId: key.docId}) AS ps
   RETURN i, ps[0..toInteger(key.first)] AS items`,
);

export const documentMentions = listByKey<string, MentionRow>(
  `MATCH (:Document {id: key})-[:MENTIONS]->(m:OfficerMention)
   OPTIONAL MATCH (m)-[r:RESOLVED_TO]->(o:Officer)
   WITH i, key, m, r, o ORDER BY m.page, m.start
   RETURN i, collect(${project.mention('key')}) AS items`,
);

export const documentProceedings = listByKey<string, ProceedingRow>(
  `MATCH (:Document {id: key})-[:RECORDS]->(p:Proceeding) WITH i, p ORDER BY p.id
   RETURN i, collect(${project.proceeding('p')}) AS items`,
);

export const documentReports = oneByKey<string, CaseRow>(
  `MATCH (:Document {id: key})-[:REPORTS]->(c:Case) WITH i, c ORDER BY c.citation
   RETURN i, head(collect(${project.case('c')})) AS item`,
);

export const documentCitations = listByKey<string, CitationRow>(
  `MATCH (d:Document {id: key})-[r:CITES]->(c:Case) WITH i, d, r, c ORDER BY r.page, r.start
   RETURN i, collect(${project.citation()}) AS items`,
);

export const documentLegislation = listByKey<string, LegislationRow>(
  `MATCH (:Document {id: key})-[r:REFERS_TO]->(g:Legislation) WITH i, key, r, g ORDER BY r.page, r.start
   RETURN i, collect({name: g.name, provision: r.provision, text: r.text, source: ${project.source('r', 'key')}}) AS items`,
);

export const documentUnits = listByKey<string, UnitRefRow>(
  `MATCH (:Document {id: key})-[r:NAMES_UNIT]->(u:Unit) WITH i, key, r, u ORDER BY r.page, r.start
   RETURN i, collect({unitId: u.id, source: ${project.source('r', 'key')}}) AS items`,
);

export const documentReviews = listByKey<string, ReviewRow>(
  `MATCH (d:Document {id: key})-[rv:REVIEWS]->(p:Proceeding) WITH i, d, rv, p ORDER BY p.id
   RETURN i, collect(${project.review()}) AS items`,
);
