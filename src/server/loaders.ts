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
  type ProceedingJoinRow,
  type ProceedingRow,
  type RankPeriodRow,
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
const membership = `{officerId: o.id, unitId: u.id, asOf: m.periodStart, from: m.from, to: m.to, periodStart: m.periodStart, periodEnd: m.periodEnd, periodBasis: m.periodBasis, source: {docId: m.docId, page: m.page, start: m.start, end: m.end, quote: m.quote}}`;
const review = `{rulingId: d.id, rulingDate: d.decisionDate, proceedingId: p.id, officerId: rv.officerId, confidence: rv.confidence, reasons: rv.reasons}`;
/** A citation map for CITES `r` from document `d` to case `c`; src/graph/precedent.ts projects citations with it too. */
export const citation = `{citingId: d.id, citation: c.citation, text: r.text, pin: r.pin, paragraph: r.paragraph, source: ${project.source('r', 'd.id')},
  ${project.citationTreatment('r', 'd.id')}}`;

/** Items of list rows may carry the node their fact points at, under one of these keys. */
interface Carried {
  carriedDocument?: DocumentRow | null;
  carriedOfficer?: OfficerRow | null;
  carriedUnit?: UnitRow | null;
}

/** A read that hands the nodes list items carry to `take` and strips them from the items. */
function carrying(read: Read, take: (c: Carried) => void): Read {
  return async <T>(cypher: string, params?: Record<string, unknown>) => {
    const rows = await read<T>(cypher, params);
    for (const row of rows as { items?: (Carried & Record<string, unknown>)[] | null }[]) {
      for (const item of row.items ?? []) {
        take(item);
        delete item.carriedDocument;
        delete item.carriedOfficer;
        delete item.carriedUnit;
      }
    }
    return rows;
  };
}

export interface PagesKey {
  docId: string;
  fromPage: number;
  first: number;
}

/**
 * One loader per child field: each resolver level costs one query however many parents it has.
 * A profile's lists (mentions, allegations, units, rulings, members) also carry the document,
 * unit or officer each item points at, primed into those loaders, so `source { document }` and
 * `officer` below them cost no further round trip.
 */
export function createLoaders(read: Read) {
  let prime = (_: Carried): void => {};
  const withCarried = carrying(read, (c) => prime(c));
  const loaders = {
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
       RETURN i, pg {.id, .number, .text, .ocr, .ocrConfidence, docId: key.docId} AS item`,
    ),
    pages: listLoader<PagesKey, PageRow>(
      read,
      `MATCH (:Document {id: key.docId})-[:HAS_PAGE]->(pg:Page) WHERE pg.number >= key.fromPage
       WITH i, key, pg ORDER BY pg.number
       WITH i, key, collect(pg {.id, .number, .text, .ocr, .ocrConfidence, docId: key.docId}) AS ps
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
      withCarried,
      `MATCH (o:Officer {id: key})<-[r:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
       WITH i, d, m, r, o ORDER BY d.decisionDate, d.id, m.page, m.start
       WITH i, d, ${mention('d.id')} AS item
       RETURN i, collect(item {.*, carriedDocument: ${project.document('d')}}) AS items`,
    ),
    officerUnits: listLoader<string, MembershipRow>(
      withCarried,
      `MATCH (o:Officer {id: key})-[m:MEMBER_OF]->(u:Unit) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
       WITH i, o, m, u, f ORDER BY m.periodStart, u.id
       WITH i, u, f, ${membership} AS item
       RETURN i, collect(item {.*, carriedUnit: ${project.unit('u', 'f')}}) AS items`,
    ),
    officerProceedings: listLoader<string, ProceedingRow>(
      read,
      `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)
       WITH i, p ORDER BY coalesce(p.decisionDate, p.hearingDate, p.incidentDate), p.id
       RETURN i, collect(${project.proceeding('p')}) AS items`,
    ),
    officerAllegations: listLoader<string, AllegationRow>(
      withCarried,
      `MATCH (o:Officer {id: key})<-[:AGAINST]-(a:Allegation)
       OPTIONAL MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a)
       OPTIONAL MATCH (ad:Document {id: a.docId})
       WITH i, o, a, p, ad ORDER BY a.docId, a.page, a.start
       WITH i, ad, ${allegation} AS item
       RETURN i, collect(item {.*, carriedDocument: ${project.document('ad')}}) AS items`,
    ),
    // Carries its source document like the allegations beside it: otherwise whether an outcome's
    // document costs a query depends on which of the two lists Neo4j answers first.
    officerOutcomes: listLoader<string, OutcomeRow>(
      withCarried,
      `MATCH (o:Officer {id: key})-[:RECEIVED]->(oc:Outcome)
       OPTIONAL MATCH (p:Proceeding)-[:HAS_OUTCOME]->(oc)
       OPTIONAL MATCH (od:Document {id: oc.docId})
       WITH i, o, oc, p, od ORDER BY oc.docId, oc.page, oc.start
       WITH i, od, ${outcome} AS item
       RETURN i, collect(item {.*, carriedDocument: ${project.document('od')}}) AS items`,
    ),
    /** Ranks over time: one row per rank, dated by the documents that give it, oldest first. */
    officerRanks: listLoader<string, RankPeriodRow>(
      read,
      `MATCH (:Officer {id: key})<-[:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
       WHERE m.rank IS NOT NULL
       WITH i, m, d, coalesce(d.decisionDate, d.hearingDate, d.incidentDate) AS dated
       ORDER BY dated, d.id, m.page, m.start
       WITH i, m.rank AS rank, collect(dated) AS dates, head(collect(${project.source('m', 'd.id')})) AS source
       WITH i, rank, source, [x IN dates WHERE x IS NOT NULL] AS known
       WITH i, {rank: rank, from: head(known), to: last(known), source: source} AS period
       ORDER BY period.from IS NULL, period.from
       RETURN i, collect(period) AS items`,
    ),
    officerRulings: listLoader<string, ReviewRow>(
      withCarried,
      `MATCH (:Officer {id: key})<-[:CONCERNS]-(p:Proceeding)<-[rv:REVIEWS]-(d:Document)
       WHERE rv.officerId IS NULL OR rv.officerId = key
       WITH i, d, rv, p ORDER BY d.decisionDate, d.id
       WITH i, d, ${review} AS item
       RETURN i, collect(item {.*, carriedDocument: ${project.document('d')}}) AS items`,
    ),

    proceedingDocuments: listLoader<string, DocumentRow>(
      read,
      `MATCH (:Proceeding {id: key})<-[:RECORDS]-(d:Document) WITH i, d ORDER BY d.decisionDate, d.id
       RETURN i, collect(${project.document('d')}) AS items`,
    ),
    // Why each document joined the proceeding: RECORDS (notice, outcome, news page) or DESCRIBES (a ruling's account).
    proceedingJoins: listLoader<string, ProceedingJoinRow>(
      read,
      `MATCH (:Proceeding {id: key})<-[r:RECORDS|DESCRIBES]-(d:Document) WITH i, d, r ORDER BY d.decisionDate, d.id
       RETURN i, collect({documentId: d.id, relation: type(r), reasons: coalesce(r.reasons, [])}) AS items`,
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
      withCarried,
      `MATCH (u:Unit {id: key})<-[m:MEMBER_OF]-(o:Officer) OPTIONAL MATCH (md:Document {id: m.docId})
       WITH i, o, m, u, md ORDER BY o.name, o.label, o.id
       WITH i, o, md, ${membership} AS item
       RETURN i, collect(item {.*, carriedOfficer: ${project.officer('o')}, carriedDocument: ${project.document('md')}}) AS items`,
    ),
    forceUnits: listLoader<string, UnitRow>(
      read,
      `MATCH (f:Force {name: key})<-[:PART_OF]-(u:Unit) WITH i, f, u ORDER BY u.name
       RETURN i, collect(${project.unit('u', 'f')}) AS items`,
    ),
    // Only officers serve in a force; without a label to check, the count is the stored degree, not a walk over 20,000 officers.
    forceOfficerCount: oneLoader<string, number>(read, `MATCH (f:Force {name: key}) RETURN i, COUNT { (f)<-[:SERVES_IN]-() } AS item`),

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
  prime = (c) => {
    if (c.carriedDocument) loaders.document.prime(c.carriedDocument.id, c.carriedDocument);
    if (c.carriedOfficer) loaders.officer.prime(c.carriedOfficer.id, c.carriedOfficer);
    if (c.carriedUnit) loaders.unit.prime(c.carriedUnit.id, c.carriedUnit);
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
