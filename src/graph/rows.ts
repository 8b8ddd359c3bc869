/**
 * Plain objects the Cypher queries return and the field resolvers receive. Property names follow
 * the graph (src/graph/write/); relationships are flattened to ids that loaders resolve.
 */

export interface SourceRow {
  docId: string;
  page: number | null;
  start: number | null;
  end: number | null;
  quote: string | null;
  /** The document itself, when the read that produced the row had it at hand (a profile). */
  carriedDocument?: DocumentRow;
}

export interface DocumentRow {
  id: string;
  file: string | null;
  title: string | null;
  kind: string | null;
  kindConfidence: number | null;
  status: string;
  errorCode: string | null;
  error: string | null;
  licence: string | null;
  source: string | null;
  bytes: number | null;
  pageCount: number | null;
  force: string | null;
  incidentDate: string | null;
  hearingDate: string | null;
  decisionDate: string | null;
  ingestedAt: string | null;
  neutralCitation: string | null;
  court: string | null;
  jrResult: string | null;
  caseNumbers: string[] | null;
  judges: string[] | null;
  decisionBelowBody?: string | null;
  decisionBelowResult?: string | null;
  decisionBelowDate?: string | null;
  decisionBelowPage?: number | null;
  decisionBelowStart?: number | null;
  decisionBelowEnd?: number | null;
  decisionBelowQuote?: string | null;
}

export interface PageRow {
  id: string;
  number: number;
  text: string;
  docId: string;
  ocr: boolean | null;
  ocrConfidence: number | null;
}

export interface OfficerRow {
  id: string;
  name: string | null;
  label: string | null;
  rank: string | null;
  warrantNumber: string | null;
  former: boolean | null;
  force: string | null;
}

export interface MentionRow {
  id: string;
  name: string | null;
  label: string | null;
  rank: string | null;
  rankText: string | null;
  warrantNumber: string | null;
  former: boolean | null;
  force: string | null;
  unit: string | null;
  source: SourceRow;
  officerId: string | null;
  resolution: { score: number | null; reasons: string[] | null; method: string | null } | null;
}

export interface ProceedingRow {
  id: string;
  force: string | null;
  incidentDate: string | null;
  hearingDate: string | null;
  decisionDate: string | null;
  complainantLabels: string[] | null;
}

export interface AllegationRow {
  id: string;
  standard: string | null;
  finding: string | null;
  officerId: string | null;
  proceedingId: string | null;
  source: SourceRow;
}

export interface OutcomeRow {
  id: string;
  outcome: string | null;
  officerId: string | null;
  proceedingId: string | null;
  source: SourceRow;
}

export interface UnitRow {
  id: string;
  name: string;
  force: string | null;
}

export interface MembershipRow {
  officerId: string;
  unitId: string;
  asOf: string | null;
  from: string | null;
  to: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodBasis: string | null;
  source: SourceRow;
}

export interface UnitRefRow {
  unitId: string;
  source: SourceRow;
}

export interface ForceRow {
  name: string;
}

/** A document's link to a proceeding it records or describes, with the reasons of the join. */
export interface ProceedingJoinRow {
  documentId: string;
  relation: 'RECORDS' | 'DESCRIBES';
  reasons: string[];
}

export interface ReviewRow {
  rulingId: string;
  /** The ruling's decision date, for the proceeding's durations. */
  rulingDate?: string | null;
  proceedingId: string;
  officerId: string | null;
  confidence: number | null;
  reasons: string[] | null;
}

export interface CaseRow {
  citation: string;
  court: string | null;
  stub: boolean | null;
}

export interface CitationRow {
  citingId: string;
  citation: string;
  text: string | null;
  pin: string | null;
  paragraph: number | null;
  source: SourceRow;
  /** Null on a citation written before treatments were read. */
  treatment: string | null;
  treatmentWords: string | null;
  treatmentSource: SourceRow | null;
}

export interface LegislationRow {
  name: string;
  provision: string | null;
  text: string | null;
  source: SourceRow;
}

/** A rank an officer held and the dates of the documents that give it. */
export interface RankPeriodRow {
  rank: string;
  from: string | null;
  to: string | null;
  source: SourceRow;
}

export interface SearchRow {
  docId: string;
  pageNumber: number;
  score: number;
  text: string;
}

/** Items of list rows may carry the node their fact points at, under one of these keys. */
export interface Carried {
  carriedDocument?: DocumentRow | null;
  carriedOfficer?: OfficerRow | null;
  carriedUnit?: UnitRow | null;
}

/**
 * The columns of each row that a projection can be narrowed to. Reading a property a node lacks
 * still walks its property records, so a document's 29 columns cost more than the two a list shows:
 * at UK scale a unit profile's statement took 15-20 ms with every column, 3 ms with those asked for.
 */
// prettier-ignore
export const DOCUMENT_COLUMNS = [
  'id', 'file', 'title', 'kind', 'kindConfidence', 'status', 'errorCode', 'error', 'licence', 'source', 'bytes', 'pageCount', 'force',
  'incidentDate', 'hearingDate', 'decisionDate', 'neutralCitation', 'court', 'jrResult', 'caseNumbers', 'judges',
  'decisionBelowBody', 'decisionBelowResult', 'decisionBelowDate', 'decisionBelowPage', 'decisionBelowStart', 'decisionBelowEnd', 'decisionBelowQuote',
  'ingestedAt',
] as const satisfies readonly (keyof DocumentRow)[];
export type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];

export const OFFICER_COLUMNS = ['id', 'name', 'label', 'rank', 'warrantNumber', 'former', 'force'] as const satisfies readonly (keyof OfficerRow)[];
export type OfficerColumn = (typeof OFFICER_COLUMNS)[number];

/** A membership's own columns besides its ids and source; asOf reads the period's start. */
export const MEMBERSHIP_COLUMNS = ['asOf', 'from', 'to', 'periodStart', 'periodEnd', 'periodBasis'] as const satisfies readonly (keyof MembershipRow)[];
export type MembershipColumn = (typeof MEMBERSHIP_COLUMNS)[number];

/** A source's columns besides its document's id. */
export const SOURCE_COLUMNS = ['page', 'start', 'end', 'quote'] as const satisfies readonly (keyof SourceRow)[];
export type SourceColumn = (typeof SOURCE_COLUMNS)[number];

/** Cypher map projections producing the rows above; `v` is the variable bound to the node. */
export const project = {
  /** Document `v`, every column or the ones named (a profile reads only what its request selects). */
  document: (v: string, columns: readonly DocumentColumn[] = DOCUMENT_COLUMNS): string =>
    `${v} {${columns.map((c) => (c === 'ingestedAt' ? `ingestedAt: toString(${v}.ingestedAt)` : `.${c}`)).join(', ')}}`,
  officer: (v: string, columns: readonly OfficerColumn[] = OFFICER_COLUMNS): string => `${v} {${columns.map((c) => `.${c}`).join(', ')}}`,
  proceeding: (v: string) => `${v} {.id, .force, .incidentDate, .hearingDate, .decisionDate, .complainantLabels}`,
  /** For facts whose node or relationship carries page/start/end/quote and the document is `doc`. */
  source: (v: string, doc: string) => `{docId: ${doc}, page: ${v}.page, start: ${v}.start, end: ${v}.end, quote: ${v}.quote}`,
  case: (v: string) => `${v} {.citation, .court, .stub}`,
  /** The treatment fields of a CITES relationship `v` made by document `doc`, to splice into a citation map. */
  citationTreatment: (v: string, doc: string) =>
    `treatment: ${v}.treatment, treatmentWords: ${v}.treatmentWords,
     treatmentSource: CASE WHEN ${v}.treatmentPage IS NULL THEN null
       ELSE {docId: ${doc}, page: ${v}.treatmentPage, start: ${v}.treatmentStart, end: ${v}.treatmentEnd, quote: ${v}.treatmentQuote} END`,
  unit: (v: string, force: string) => `${v} {.id, .name, force: ${force}.name}`,
  /** An OfficerMention `m` of document `doc`, with the Officer `o` it resolved to through RESOLVED_TO `r`. */
  mention: (doc: string): string =>
    `m {.id, .name, .label, .rank, .rankText, .warrantNumber, .former, .force, .unit,
      source: ${project.source('m', doc)}, officerId: o.id,
      resolution: CASE WHEN r IS NULL THEN null ELSE r {.score, .reasons, .method} END}`,
  /** Allegation `a` against officer `o` in proceeding `p`. */
  allegation: (): string => `a {.id, .standard, .finding, officerId: o.id, proceedingId: p.id, source: ${project.source('a', 'a.docId')}}`,
  /** Outcome `oc` of officer `o` in proceeding `p`. */
  outcome: (): string => `oc {.id, .outcome, officerId: o.id, proceedingId: p.id, source: ${project.source('oc', 'oc.docId')}}`,
  /**
   * MEMBER_OF `m` of officer `o` in unit `u`, with its period, every column or the ones named; it
   * records its document and quote but no offsets. The ids and the source's document are always there.
   */
  membership: (columns: readonly MembershipColumn[] = MEMBERSHIP_COLUMNS, source: readonly SourceColumn[] = SOURCE_COLUMNS): string =>
    `{officerId: o.id, unitId: u.id, ${columns.map((c) => `${c}: m.${c === 'asOf' ? 'periodStart' : c}`).join(', ')}${columns.length ? ', ' : ''}` +
    `source: {docId: m.docId${source.map((c) => `, ${c}: m.${c}`).join('')}}}`,
  /** REVIEWS `rv` from ruling `d` to proceeding `p`. */
  review: (): string => `{rulingId: d.id, rulingDate: d.decisionDate, proceedingId: p.id, officerId: rv.officerId, confidence: rv.confidence, reasons: rv.reasons}`,
  /** CITES `r` from document `d` to case `c`. */
  citation: (): string => `{citingId: d.id, citation: c.citation, text: r.text, pin: r.pin, paragraph: r.paragraph, source: ${project.source('r', 'd.id')},
  ${project.citationTreatment('r', 'd.id')}}`,
};
