/**
 * An officer's profile, looked up for a batch of officers at once (see ../byKey.ts). The lists
 * carry the document or unit each item points at (`carriedDocument`, `carriedUnit`), so the API
 * can prime its loaders and `source { document }` below them costs no further round trip.
 */
import { listByKey, oneByKey } from '../byKey.js';
import {
  project,
  type AllegationRow,
  type MembershipRow,
  type MentionRow,
  type OfficerRow,
  type OutcomeRow,
  type ProceedingRow,
  type RankPeriodRow,
  type ReviewRow,
} from '../rows.js';

export const officerById = oneByKey<string, OfficerRow>(`MATCH (o:Officer {id: key}) RETURN i, ${project.officer('o')} AS item`);

export const officerMentions = listByKey<string, MentionRow>(
  `MATCH (o:Officer {id: key})<-[r:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
   WITH i, d, m, r, o ORDER BY d.decisionDate, d.id, m.page, m.start
   WITH i, d, ${project.mention('d.id')} AS item
   RETURN i, collect(item {.*, carriedDocument: ${project.document('d')}}) AS items`,
);

export const officerUnits = listByKey<string, MembershipRow>(
  `MATCH (o:Officer {id: key})-[m:MEMBER_OF]->(u:Unit) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
   WITH i, o, m, u, f ORDER BY m.periodStart, u.id
   WITH i, u, f, ${project.membership()} AS item
   RETURN i, collect(item {.*, carriedUnit: ${project.unit('u', 'f')}}) AS items`,
);

export const officerProceedings = listByKey<string, ProceedingRow>(
  `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)
   WITH i, p ORDER BY coalesce(p.decisionDate, p.hearingDate, p.incidentDate), p.id
   RETURN i, collect(${project.proceeding('p')}) AS items`,
);

export const officerAllegations = listByKey<string, AllegationRow>(
  `MATCH (o:Officer {id: key})<-[:AGAINST]-(a:Allegation)
   OPTIONAL MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a)
   OPTIONAL MATCH (ad:Document {id: a.docId})
   WITH i, o, a, p, ad ORDER BY a.docId, a.page, a.start
   WITH i, ad, ${project.allegation()} AS item
   RETURN i, collect(item {.*, carriedDocument: ${project.document('ad')}}) AS items`,
);

// Carries its source document like the allegations beside it: otherwise whether an outcome's
// document costs a query depends on which of the two lists Neo4j answers first.
export const officerOutcomes = listByKey<string, OutcomeRow>(
  `MATCH (o:Officer {id: key})-[:RECEIVED]->(oc:Outcome)
   OPTIONAL MATCH (p:Proceeding)-[:HAS_OUTCOME]->(oc)
   OPTIONAL MATCH (od:Document {id: oc.docId})
   WITH i, o, oc, p, od ORDER BY oc.docId, oc.page, oc.start
   WITH i, od, ${project.outcome()} AS item
   RETURN i, collect(item {.*, carriedDocument: ${project.document('od')}}) AS items`,
);

/** Ranks over time: one row per rank, dated by the documents that give it, oldest first. */
export const officerRanks = listByKey<string, RankPeriodRow>(
  `MATCH (:Officer {id: key})<-[:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
   WHERE m.rank IS NOT NULL
   WITH i, m, d, coalesce(d.decisionDate, d.hearingDate, d.incidentDate) AS dated
   ORDER BY dated, d.id, m.page, m.start
   WITH i, m.rank AS rank, collect(dated) AS dates, head(collect(${project.source('m', 'd.id')})) AS source
   WITH i, rank, source, [x IN dates WHERE x IS NOT NULL] AS known
   WITH i, {rank: rank, from: head(known), to: last(known), source: source} AS period
   ORDER BY period.from IS NULL, period.from
   RETURN i, collect(period) AS items`,
);

export const officerRulings = listByKey<string, ReviewRow>(
  `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)<-[rv:REVIEWS]-(d:Document)
   WHERE rv.officerId IS NULL OR rv.officerId = key
   WITH i, d, rv, p ORDER BY d.decisionDate, d.id
   WITH i, d, ${project.review()} AS item
   RETURN i, collect(item {.*, carriedDocument: ${project.document('d')}}) AS items`,
);
