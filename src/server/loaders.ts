import { listLoader, oneLoader } from './batch.js';
import type { Read } from './context.js';
import {
  project,
  type AllegationRow,
  type CaseRow,
  type CitationRow,
  type DocumentRow,
  type LegislationRow,
  type MembershipRow,
  type MentionRow,
  type OfficerRow,
  type OutcomeRow,
  type PageRow,
  type ProceedingRow,
  type ReviewRow,
  type UnitRefRow,
  type UnitRow,
} from './rows.js';

const mention = (doc: string) =>
  `m {.id, .name, .label, .rank, .rankText, .warrantNumber, .former, .force, .unit,
      source: ${project.source('m', doc)}, officerId: o.id,
      resolution: CASE WHEN r IS NULL THEN null ELSE r {.score, .reasons, .method} END}`;
const allegation = `a {.id, .standard, .finding, officerId: o.id, proceedingId: p.id, source: ${project.source('a', 'a.docId')}}`;
const outcome = `oc {.id, .outcome, officerId: o.id, proceedingId: p.id, source: ${project.source('oc', 'oc.docId')}}`;
// MEMBER_OF records its document and quote but no offsets.
const membership = `{officerId: o.id, unitId: u.id, asOf: m.asOf, source: {docId: m.docId, page: m.page, start: m.start, end: m.end, quote: m.quote}}`;
const review = `{rulingId: d.id, proceedingId: p.id, officerId: rv.officerId, confidence: rv.confidence, reasons: rv.reasons}`;
const citation = `{citingId: d.id, citation: c.citation, text: r.text, pin: r.pin, paragraph: r.paragraph, source: ${project.source('r', 'd.id')}}`;

export interface PagesKey {
  docId: string;
  fromPage: number;
  first: number;
}

/** One loader per child field: each resolver level costs one query however many parents it has. */
export function createLoaders(read: Read) {
  return {
    document: oneLoader<string, DocumentRow>(read, `MATCH (d:Document {id: key}) RETURN i, ${project.document('d')} AS item`),
    officer: oneLoader<string, OfficerRow>(read, `MATCH (o:Officer {id: key}) RETURN i, ${project.officer('o')} AS item`),
    proceeding: oneLoader<string, ProceedingRow>(read, `MATCH (p:Proceeding {id: key}) RETURN i, ${project.proceeding('p')} AS item`),
    unit: oneLoader<string, UnitRow>(
      read,
      `MATCH (u:Unit {id: key}) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
       WITH i, u, head(collect(f)) AS f RETURN i, ${project.unit('u', 'f')} AS item`,
    ),
    case: oneLoader<string, CaseRow>(read, `MATCH (c:Case {citation: key}) RETURN i, ${project.case('c')} AS item`),

    page: oneLoader<{ docId: string; number: number }, PageRow>(
      read,
      `MATCH (:Document {id: key.docId})-[:HAS_PAGE]->(pg:Page {number: key.number})
       RETURN i, pg {.id, .number, .text, docId: key.docId} AS item`,
    ),
    pages: listLoader<PagesKey, PageRow>(
      read,
      `MATCH (:Document {id: key.docId})-[:HAS_PAGE]->(pg:Page) WHERE pg.number >= key.fromPage
       WITH i, key, pg ORDER BY pg.number
       WITH i, key, collect(pg {.id, .number, .text, docId: key.docId}) AS ps
       RETURN i, ps[0..toInteger(key.first)] AS items`,
    ),
    documentMentions: listLoader<string, MentionRow>(
      read,
      `MATCH (:Document {id: key})-[:MENTIONS]->(m:OfficerMention)
       OPTIONAL MATCH (m)-[r:RESOLVED_TO]->(o:Officer)
       WITH i, key, m, r, o ORDER BY m.page, m.start
       RETURN i, collect(${mention('key')}) AS items`,
    ),
    documentProceedings: listLoader<string, ProceedingRow>(
      read,
      `MATCH (:Document {id: key})-[:RECORDS]->(p:Proceeding) WITH i, p ORDER BY p.id
       RETURN i, collect(${project.proceeding('p')}) AS items`,
    ),
    documentReports: oneLoader<string, CaseRow>(
      read,
      `MATCH (:Document {id: key})-[:REPORTS]->(c:Case) WITH i, c ORDER BY c.citation
       RETURN i, head(collect(${project.case('c')})) AS item`,
    ),
    documentCitations: listLoader<string, CitationRow>(
      read,
      `MATCH (d:Document {id: key})-[r:CITES]->(c:Case) WITH i, d, r, c ORDER BY r.page, r.start
       RETURN i, collect(${citation}) AS items`,
    ),
    documentLegislation: listLoader<string, LegislationRow>(
      read,
      `MATCH (:Document {id: key})-[r:REFERS_TO]->(g:Legislation) WITH i, key, r, g ORDER BY r.page, r.start
       RETURN i, collect({name: g.name, provision: r.provision, text: r.text, source: ${project.source('r', 'key')}}) AS items`,
    ),
    documentUnits: listLoader<string, UnitRefRow>(
      read,
      `MATCH (:Document {id: key})-[r:NAMES_UNIT]->(u:Unit) WITH i, key, r, u ORDER BY r.page, r.start
       RETURN i, collect({unitId: u.id, source: ${project.source('r', 'key')}}) AS items`,
    ),
    documentReviews: listLoader<string, ReviewRow>(
      read,
      `MATCH (d:Document {id: key})-[rv:REVIEWS]->(p:Proceeding) WITH i, d, rv, p ORDER BY p.id
       RETURN i, collect(${review}) AS items`,
    ),

    officerMentions: listLoader<string, MentionRow>(
      read,
      `MATCH (o:Officer {id: key})<-[r:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
       WITH i, d, m, r, o ORDER BY d.decisionDate, d.id, m.page, m.start
       RETURN i, collect(${mention('d.id')}) AS items`,
    ),
    officerUnits: listLoader<string, MembershipRow>(
      read,
      `MATCH (o:Officer {id: key})-[m:MEMBER_OF]->(u:Unit) WITH i, o, m, u ORDER BY m.asOf, u.id
       RETURN i, collect(${membership}) AS items`,
    ),
    officerProceedings: listLoader<string, ProceedingRow>(
      read,
      `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)
       WITH i, p ORDER BY coalesce(p.decisionDate, p.hearingDate, p.incidentDate), p.id
       RETURN i, collect(${project.proceeding('p')}) AS items`,
    ),
    officerAllegations: listLoader<string, AllegationRow>(
      read,
      `MATCH (o:Officer {id: key})<-[:AGAINST]-(a:Allegation)
       OPTIONAL MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a)
       WITH i, o, a, p ORDER BY a.docId, a.page, a.start
       RETURN i, collect(${allegation}) AS items`,
    ),
    officerOutcomes: listLoader<string, OutcomeRow>(
      read,
      `MATCH (o:Officer {id: key})-[:RECEIVED]->(oc:Outcome)
       OPTIONAL MATCH (p:Proceeding)-[:HAS_OUTCOME]->(oc)
       WITH i, o, oc, p ORDER BY oc.docId, oc.page, oc.start
       RETURN i, collect(${outcome}) AS items`,
    ),
    officerRulings: listLoader<string, ReviewRow>(
      read,
      `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)<-[rv:REVIEWS]-(d:Document)
       WHERE rv.officerId IS NULL OR rv.officerId = key
       WITH i, d, rv, p ORDER BY d.decisionDate, d.id
       RETURN i, collect(${review}) AS items`,
    ),

    proceedingDocuments: listLoader<string, DocumentRow>(
      read,
      `MATCH (:Proceeding {id: key})<-[:RECORDS]-(d:Document) WITH i, d ORDER BY d.decisionDate, d.id
       RETURN i, collect(${project.document('d')}) AS items`,
    ),
    proceedingOfficers: listLoader<string, OfficerRow>(
      read,
      `MATCH (:Proceeding {id: key})-[:CONCERNS]->(o:Officer) WITH i, o ORDER BY o.name, o.label, o.id
       RETURN i, collect(${project.officer('o')}) AS items`,
    ),
    proceedingAllegations: listLoader<string, AllegationRow>(
      read,
      `MATCH (p:Proceeding {id: key})-[:HAS_ALLEGATION]->(a:Allegation)
       OPTIONAL MATCH (a)-[:AGAINST]->(o:Officer)
       WITH i, p, a, o ORDER BY a.page, a.start
       RETURN i, collect(${allegation}) AS items`,
    ),
    proceedingOutcomes: listLoader<string, OutcomeRow>(
      read,
      `MATCH (p:Proceeding {id: key})-[:HAS_OUTCOME]->(oc:Outcome)
       OPTIONAL MATCH (o:Officer)-[:RECEIVED]->(oc)
       WITH i, p, oc, o ORDER BY oc.page, oc.start
       RETURN i, collect(${outcome}) AS items`,
    ),
    proceedingComplainants: listLoader<string, string>(
      read,
      `MATCH (:Proceeding {id: key})-[:COMPLAINANT]->(c:Complainant) WITH i, c ORDER BY c.pseudonym
       RETURN i, collect(c.pseudonym) AS items`,
    ),
    proceedingReviews: listLoader<string, ReviewRow>(
      read,
      `MATCH (p:Proceeding {id: key})<-[rv:REVIEWS]-(d:Document) WITH i, d, rv, p ORDER BY d.decisionDate, d.id
       RETURN i, collect(${review}) AS items`,
    ),

    unitMembers: listLoader<string, MembershipRow>(
      read,
      `MATCH (u:Unit {id: key})<-[m:MEMBER_OF]-(o:Officer) WITH i, o, m, u ORDER BY o.name, o.label, o.id
       RETURN i, collect(${membership}) AS items`,
    ),
    forceUnits: listLoader<string, UnitRow>(
      read,
      `MATCH (f:Force {name: key})<-[:PART_OF]-(u:Unit) WITH i, f, u ORDER BY u.name
       RETURN i, collect(${project.unit('u', 'f')}) AS items`,
    ),
    forceOfficerCount: oneLoader<string, number>(
      read,
      `MATCH (f:Force {name: key}) RETURN i, COUNT { (f)<-[:SERVES_IN]-(:Officer) } AS item`,
    ),

    caseReportedBy: listLoader<string, DocumentRow>(
      read,
      `MATCH (:Case {citation: key})<-[:REPORTS]-(d:Document) WITH i, d ORDER BY d.id
       RETURN i, collect(${project.document('d')}) AS items`,
    ),
    caseCitedBy: listLoader<string, CitationRow>(
      read,
      `MATCH (c:Case {citation: key})<-[r:CITES]-(d:Document) WITH i, c, r, d ORDER BY d.decisionDate, d.id, r.page, r.start
       RETURN i, collect(${citation}) AS items`,
    ),
    caseCites: listLoader<string, CitationRow>(
      read,
      `MATCH (:Case {citation: key})<-[:REPORTS]-(d:Document)-[r:CITES]->(c:Case) WITH i, c, r, d ORDER BY d.id, r.page, r.start
       RETURN i, collect(${citation}) AS items`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
