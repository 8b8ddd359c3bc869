import { listLoader, oneLoader } from './batch.js';
import type { Read } from '../graph/read.js';
import type { Carried } from '../graph/rows.js';
import * as cases from '../graph/lookups/cases.js';
import * as documents from '../graph/lookups/documents.js';
import * as judgments from '../graph/lookups/judgments.js';
import * as officers from '../graph/lookups/officers.js';
import * as precedent from '../graph/lookups/precedent.js';
import * as proceedings from '../graph/lookups/proceedings.js';
import * as reviews from '../graph/lookups/reviews.js';
import * as units from '../graph/lookups/units.js';

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

/** The reads a request's loaders run through: plain, and one that primes what list items carry. */
interface Reads {
  read: Read;
  withCarried: Read;
}

/**
 * One loader per child field: each resolver level costs one query however many parents it has
 * (the queries are src/graph/lookups/*). A profile's lists (mentions, allegations, units,
 * rulings, members) also carry the document, unit or officer each item points at, primed into
 * those loaders, so `source { document }` and `officer` below them cost no further round trip.
 */
const LOADERS = {
  document: (r: Reads) => oneLoader(r.read, documents.documentById),
  officer: (r: Reads) => oneLoader(r.read, officers.officerById),
  proceeding: (r: Reads) => oneLoader(r.read, proceedings.proceedingById),
  unit: (r: Reads) => oneLoader(r.read, units.unitById),
  case: (r: Reads) => oneLoader(r.read, cases.caseByCitation),

  page: (r: Reads) => oneLoader(r.read, documents.pageByNumber),
  pages: (r: Reads) => listLoader(r.read, documents.documentPages),
  documentMentions: (r: Reads) => listLoader(r.read, documents.documentMentions),
  documentProceedings: (r: Reads) => listLoader(r.read, documents.documentProceedings),
  documentReports: (r: Reads) => oneLoader(r.read, documents.documentReports),
  documentCitations: (r: Reads) => listLoader(r.read, documents.documentCitations),
  documentLegislation: (r: Reads) => listLoader(r.read, documents.documentLegislation),
  documentUnits: (r: Reads) => listLoader(r.read, documents.documentUnits),
  documentReviews: (r: Reads) => listLoader(r.read, documents.documentReviews),

  officerMentions: (r: Reads) => listLoader(r.withCarried, officers.officerMentions),
  officerUnits: (r: Reads) => listLoader(r.withCarried, officers.officerUnits),
  officerProceedings: (r: Reads) => listLoader(r.read, officers.officerProceedings),
  officerAllegations: (r: Reads) => listLoader(r.withCarried, officers.officerAllegations),
  officerOutcomes: (r: Reads) => listLoader(r.withCarried, officers.officerOutcomes),
  officerRanks: (r: Reads) => listLoader(r.read, officers.officerRanks),
  officerRulings: (r: Reads) => listLoader(r.withCarried, officers.officerRulings),

  proceedingDocuments: (r: Reads) => listLoader(r.read, proceedings.proceedingDocuments),
  proceedingJoins: (r: Reads) => listLoader(r.read, proceedings.proceedingJoins),
  proceedingOfficers: (r: Reads) => listLoader(r.read, proceedings.proceedingOfficers),
  proceedingAllegations: (r: Reads) => listLoader(r.read, proceedings.proceedingAllegations),
  proceedingOutcomes: (r: Reads) => listLoader(r.read, proceedings.proceedingOutcomes),
  proceedingComplainants: (r: Reads) => listLoader(r.read, proceedings.proceedingComplainants),
  proceedingReviews: (r: Reads) => listLoader(r.read, proceedings.proceedingReviews),

  unitMembers: (r: Reads) => listLoader(r.withCarried, units.unitMembers),
  forceUnits: (r: Reads) => listLoader(r.read, units.forceUnits),
  forceOfficerCount: (r: Reads) => oneLoader(r.read, units.forceOfficerCount),

  caseReportedBy: (r: Reads) => listLoader(r.read, cases.caseReportedBy),
  caseCitedBy: (r: Reads) => listLoader(r.read, cases.caseCitedBy),
  caseCites: (r: Reads) => listLoader(r.read, cases.caseCites),
  caseTreatmentCounts: (r: Reads) => listLoader(r.read, precedent.caseTreatmentCounts),
  caseWarning: (r: Reads) => oneLoader(r.read, precedent.caseWarning),

  // Judgments' structure and reviews' facts.
  parties: (r: Reads) => listLoader(r.read, judgments.documentParties),
  partyRulings: (r: Reads) => listLoader(r.read, judgments.partyRulings),
  paragraphs: (r: Reads) => listLoader(r.read, judgments.documentParagraphs),
  paragraphCount: (r: Reads) => oneLoader(r.read, judgments.documentParagraphCount),
  appealFrom: (r: Reads) => oneLoader(r.read, judgments.documentAppealFrom),
  caseAppeals: (r: Reads) => listLoader(r.read, judgments.caseAppeals),
  citationLabel: (r: Reads) => oneLoader(r.read, judgments.citationParagraphLabel),
  sections: (r: Reads) => listLoader(r.read, reviews.documentSections),
  sectionParagraphs: (r: Reads) => listLoader(r.read, reviews.sectionParagraphs),
  recommendations: (r: Reads) => listLoader(r.read, reviews.documentRecommendations),
  statistics: (r: Reads) => listLoader(r.read, reviews.documentStatistics),
  documentFindings: (r: Reads) => listLoader(r.read, reviews.documentFindings),
  unitFindings: (r: Reads) => listLoader(r.read, reviews.unitFindings),
  unitRecommendations: (r: Reads) => listLoader(r.read, reviews.unitRecommendations),
  forceFindings: (r: Reads) => listLoader(r.read, reviews.forceFindings),
};

export type Loaders = { readonly [K in keyof typeof LOADERS]: ReturnType<(typeof LOADERS)[K]> };

const READS = Symbol('reads');

/**
 * Each request's loaders are made when a resolver first asks for them: a request uses a handful of
 * the fifty, and making all of them for every request showed in the server's profile under load.
 */
const lazyLoaders: object = Object.create(
  null,
  Object.fromEntries(
    Object.entries(LOADERS).map(([name, make]) => [
      name,
      {
        get(this: { [READS]: Reads }) {
          const loader = make(this[READS]);
          Object.defineProperty(this, name, { value: loader, enumerable: true });
          return loader;
        },
      },
    ]),
  ),
);

export function createLoaders(read: Read): Loaders {
  const loaders = Object.create(lazyLoaders) as Loaders & { [READS]: Reads };
  const prime = (c: Carried): void => {
    if (c.carriedDocument) loaders.document.prime(c.carriedDocument.id, c.carriedDocument);
    if (c.carriedOfficer) loaders.officer.prime(c.carriedOfficer.id, c.carriedOfficer);
    if (c.carriedUnit) loaders.unit.prime(c.carriedUnit.id, c.carriedUnit);
  };
  loaders[READS] = { read, withCarried: carrying(read, prime) };
  return loaders;
}
