/** A proceeding and its parts, looked up for a batch of proceedings at once (see ../byKey.ts). */
import { listByKey, oneByKey } from '../byKey.js';
import { project, type AllegationRow, type DocumentRow, type OfficerRow, type OutcomeRow, type ProceedingJoinRow, type ProceedingRow, type ReviewRow } from '../rows.js';

export const proceedingById = oneByKey<string, ProceedingRow>(`MATCH (p:Proceeding {id: key}) RETURN i, ${project.proceeding('p')} AS item`);

export const proceedingDocuments = listByKey<string, DocumentRow>(
  `MATCH (:Proceeding {id: key})<-[:RECORDS]-(d:Document) WITH i, d ORDER BY d.decisionDate, d.id
   RETURN i, collect(${project.document('d')}) AS items`,
);

/** Why each document joined the proceeding: RECORDS (notice, outcome, news page) or DESCRIBES (a ruling's account). */
export const proceedingJoins = listByKey<string, ProceedingJoinRow>(
  `MATCH (:Proceeding {id: key})<-[r:RECORDS|DESCRIBES]-(d:Document) WITH i, d, r ORDER BY d.decisionDate, d.id
   RETURN i, collect({documentId: d.id, relation: type(r), reasons: coalesce(r.reasons, [])}) AS items`,
);

export const proceedingOfficers = listByKey<string, OfficerRow>(
  `MATCH (:Proceeding {id: key})-[:CONCERNS]->(o:Officer) WITH i, o ORDER BY o.name, o.label, o.id
   RETURN i, collect(${project.officer('o')}) AS items`,
);

export const proceedingAllegations = listByKey<string, AllegationRow>(
  `MATCH (p:Proceeding {id: key})-[:HAS_ALLEGATION]->(a:Allegation)
   OPTIONAL MATCH (a)-[:AGAINST]->(o:Officer)
   WITH i, p, a, o ORDER BY a.page, a.start
   RETURN i, collect(${project.allegation()}) AS items`,
);

/**
 * The case's sanctions, one per officer and sanction: a ruling's account of the panel's decision
 * joins the proceeding beside the outcome document that records it, and the same sanction read
 * twice is one sanction, quoted from the record rather than from the ruling's account.
 * (Officer.outcomes keeps every document's record, each with its own source.)
 */
export const proceedingOutcomes = listByKey<string, OutcomeRow>(
  `MATCH (p:Proceeding {id: key})-[:HAS_OUTCOME]->(oc:Outcome)
   OPTIONAL MATCH (o:Officer)-[:RECEIVED]->(oc)
   OPTIONAL MATCH (read:Document {id: oc.docId})
   WITH i, p, oc, o, coalesce(read.kind = 'judgment', false) AS fromRuling ORDER BY fromRuling, oc.page, oc.start
   WITH i, p, o, oc.outcome AS sanction, head(collect(oc)) AS oc
   WITH i, p, o, oc ORDER BY oc.page, oc.start
   RETURN i, collect(${project.outcome()}) AS items`,
);

export const proceedingComplainants = listByKey<string, string>(
  `MATCH (:Proceeding {id: key})-[:COMPLAINANT]->(c:Complainant) WITH i, c ORDER BY c.pseudonym
   RETURN i, collect(c.pseudonym) AS items`,
);

export const proceedingReviews = listByKey<string, ReviewRow>(
  `MATCH (p:Proceeding {id: key})<-[rv:REVIEWS]-(d:Document) WITH i, d, rv, p ORDER BY d.decisionDate, d.id
   RETURN i, collect(${project.review()}) AS items`,
);
