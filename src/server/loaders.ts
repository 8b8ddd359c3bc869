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

/**
 * One loader per child field: each resolver level costs one query however many parents it has
 * (the queries are src/graph/lookups/*). A profile's lists (mentions, allegations, units,
 * rulings, members) also carry the document, unit or officer each item points at, primed into
 * those loaders, so `source { document }` and `officer` below them cost no further round trip.
 */
export function createLoaders(read: Read) {
  let prime = (_: Carried): void => {};
  const withCarried = carrying(read, (c) => prime(c));
  const loaders = {
    document: oneLoader(read, documents.documentById),
    officer: oneLoader(read, officers.officerById),
    proceeding: oneLoader(read, proceedings.proceedingById),
    unit: oneLoader(read, units.unitById),
    case: oneLoader(read, cases.caseByCitation),

    page: oneLoader(read, documents.pageByNumber),
    pages: listLoader(read, documents.documentPages),
    documentMentions: listLoader(read, documents.documentMentions),
    documentProceedings: listLoader(read, documents.documentProceedings),
    documentReports: oneLoader(read, documents.documentReports),
    documentCitations: listLoader(read, documents.documentCitations),
    documentLegislation: listLoader(read, documents.documentLegislation),
    documentUnits: listLoader(read, documents.documentUnits),
    documentReviews: listLoader(read, documents.documentReviews),

    officerMentions: listLoader(withCarried, officers.officerMentions),
    officerUnits: listLoader(withCarried, officers.officerUnits),
    officerProceedings: listLoader(read, officers.officerProceedings),
    officerAllegations: listLoader(withCarried, officers.officerAllegations),
    officerOutcomes: listLoader(withCarried, officers.officerOutcomes),
    officerRanks: listLoader(read, officers.officerRanks),
    officerRulings: listLoader(withCarried, officers.officerRulings),

    proceedingDocuments: listLoader(read, proceedings.proceedingDocuments),
    proceedingJoins: listLoader(read, proceedings.proceedingJoins),
    proceedingOfficers: listLoader(read, proceedings.proceedingOfficers),
    proceedingAllegations: listLoader(read, proceedings.proceedingAllegations),
    proceedingOutcomes: listLoader(read, proceedings.proceedingOutcomes),
    proceedingComplainants: listLoader(read, proceedings.proceedingComplainants),
    proceedingReviews: listLoader(read, proceedings.proceedingReviews),

    unitMembers: listLoader(withCarried, units.unitMembers),
    forceUnits: listLoader(read, units.forceUnits),
    forceOfficerCount: oneLoader(read, units.forceOfficerCount),

    caseReportedBy: listLoader(read, cases.caseReportedBy),
    caseCitedBy: listLoader(read, cases.caseCitedBy),
    caseCites: listLoader(read, cases.caseCites),
    caseTreatmentCounts: listLoader(read, precedent.caseTreatmentCounts),
    caseWarning: oneLoader(read, precedent.caseWarning),

    // Judgments' structure and reviews' facts.
    parties: listLoader(read, judgments.documentParties),
    partyRulings: listLoader(read, judgments.partyRulings),
    paragraphs: listLoader(read, judgments.documentParagraphs),
    paragraphCount: oneLoader(read, judgments.documentParagraphCount),
    appealFrom: oneLoader(read, judgments.documentAppealFrom),
    caseAppeals: listLoader(read, judgments.caseAppeals),
    citationLabel: oneLoader(read, judgments.citationParagraphLabel),
    sections: listLoader(read, reviews.documentSections),
    sectionParagraphs: listLoader(read, reviews.sectionParagraphs),
    recommendations: listLoader(read, reviews.documentRecommendations),
    statistics: listLoader(read, reviews.documentStatistics),
    documentFindings: listLoader(read, reviews.documentFindings),
    unitFindings: listLoader(read, reviews.unitFindings),
    unitRecommendations: listLoader(read, reviews.unitRecommendations),
    forceFindings: listLoader(read, reviews.forceFindings),
  };
  prime = (c) => {
    if (c.carriedDocument) loaders.document.prime(c.carriedDocument.id, c.carriedDocument);
    if (c.carriedOfficer) loaders.officer.prime(c.carriedOfficer.id, c.carriedOfficer);
    if (c.carriedUnit) loaders.unit.prime(c.carriedUnit.id, c.carriedUnit);
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
