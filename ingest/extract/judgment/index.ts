/**
 * Judgment facts: the document's own citation and court, file numbers, bench, parties, cases and
 * legislation cited, and the result. Citations, legislation and (where a ruling is reported) the
 * result are read from any document, since outcome reports and articles cite cases too; the
 * facts that only a ruling has are null unless the document is one.
 */
import type { JudgmentFacts, ParagraphFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { findAppealFrom } from './appealFrom.js';
import { findCaseNumbers } from './caseNumber.js';
import { findCitations } from './citations.js';
import { courtFromHeading, isJudgment } from './court.js';
import { findDecisionBelow } from './decisionBelow.js';
import { findJrResult } from './jrResult.js';
import { findJudges } from './judges.js';
import { findLegislation } from './legislation.js';
import { withOpeningParties } from './openingParties.js';
import { ownNeutralCitation } from './ownCitation.js';
import { findParagraphs, paragraphFacts } from './paragraphs.js';
import { findParties } from './parties.js';

export function extractJudgment(doc: DocText): JudgmentFacts {
  const text = doc.text;
  const judgment = isJudgment(text);
  const own = ownNeutralCitation(doc, judgment);
  const paragraphs = findParagraphs(text);
  const court = judgment ? (own?.court ?? courtFromHeading(text)) : null;
  const result = findJrResult(text, judgment, court);
  return {
    neutralCitation: own?.canonical ?? null,
    court,
    caseNumbers: judgment ? findCaseNumbers(text) : [],
    judges: judgment ? findJudges(text) : [],
    parties: judgment ? withOpeningParties(doc, findParties(doc)) : [],
    jrResult: result?.result ?? null,
    jrResultSource: result ? doc.span(result.start, result.end) : null,
    citations: findCitations(doc, paragraphs, own?.canonical ?? null),
    legislation: findLegislation(doc),
    appealFrom: judgment ? findAppealFrom(doc, court, own?.canonical ?? null) : null,
    decisionBelow: judgment ? findDecisionBelow(doc, court) : null,
  };
}

/** Numbered paragraphs of a judgment or review, with page-relative offsets of where each starts. */
export function extractParagraphs(doc: DocText): ParagraphFact[] {
  return paragraphFacts(doc);
}
