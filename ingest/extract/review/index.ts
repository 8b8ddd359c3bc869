/**
 * What a review or report holds beyond the facts every document has: its headings, its
 * recommendations, the figures it quotes and its findings about units and forces. Each fact keeps
 * its page, offsets and a short quote.
 */
import type { ReviewFacts } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import type { Paragraph } from '../judgment/paragraphs.js';
import { findFindings } from './findings.js';
import { documentLines } from './lines.js';
import { findRecommendations } from './recommendations.js';
import { findHeadings, sectionFacts } from './sections.js';
import { findSentences } from './sentences.js';
import { findStatistics } from './statistics.js';
import { findSubjects } from './subjects.js';

export { findNamedOfficers } from './officers.js';
export { caseHeadingUnits, officersUnits, reviewUnitFor } from './units.js';
export { reviewCaseDates, withCaseDates } from './caseDates.js';
export { reviewVictims } from './victims.js';
export { withDescribedLabelRanks } from './labelRanks.js';
export { ordinalFindings } from './ordinalFindings.js';
export { withLeftLabels } from './leftOfficers.js';

/** `paras` are the document's numbered paragraphs; `force` the force the review is about, for "the force". */
export function extractReview(doc: DocText, paras: readonly Paragraph[], force: string | null): ReviewFacts {
  const lines = documentLines(doc);
  const headings = findHeadings(lines, paras);
  const subjects = findSubjects(doc, force);
  const recommendations = findRecommendations(doc, lines, paras, headings, subjects);
  // Prose stops at headings and recommendations; neither is a sentence of findings.
  const headingRanges = headings.map((h): [number, number] => [h.start, h.end]);
  const breaks = [...headingRanges, ...recommendations.ranges].flat();
  const sentences = findSentences(doc, lines, paras, breaks, [...headingRanges, ...recommendations.ranges]);
  return {
    sections: sectionFacts(doc, headings, paras),
    recommendations: recommendations.facts,
    statistics: findStatistics(doc, sentences),
    findings: findFindings(doc, sentences, subjects, headings),
  };
}
