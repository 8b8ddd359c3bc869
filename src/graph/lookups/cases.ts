/** Cases (cited judgments) and the documents reporting and citing them, for a batch at once (see ../byKey.ts). */
import { listByKey, oneByKey } from '../byKey.js';
import { project, type CaseRow, type CitationRow, type DocumentRow } from '../rows.js';

export const caseByCitation = oneByKey<string, CaseRow>(`MATCH (c:Case {citation: key}) RETURN i, ${project.case('c')} AS item`);

export const caseReportedBy = listByKey<string, DocumentRow>(
  `MATCH (:Case {citation: key})<-[:REPORTS]-(d:Document) WITH i, d ORDER BY d.id
   RETURN i, collect(${project.document('d')}) AS items`,
);

export const caseCitedBy = listByKey<string, CitationRow>(
  `MATCH (c:Case {citation: key})<-[r:CITES]-(d:Document) WITH i, c, r, d ORDER BY d.decisionDate, d.id, r.page, r.start
   RETURN i, collect(${project.citation()}) AS items`,
);

export const caseCites = listByKey<string, CitationRow>(
  `MATCH (:Case {citation: key})<-[:REPORTS]-(d:Document)-[r:CITES]->(c:Case) WITH i, c, r, d ORDER BY d.id, r.page, r.start
   RETURN i, collect(${project.citation()}) AS items`,
);
