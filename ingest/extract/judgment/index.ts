import type { JudgmentFacts, ParagraphFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';

/** Judgment metadata, citations and result. (Stub: filled in by the judgment extractors.) */
export function extractJudgment(_doc: DocText): JudgmentFacts {
  return {
    neutralCitation: null,
    court: null,
    caseNumbers: [],
    judges: [],
    parties: [],
    jrResult: null,
    jrResultSource: null,
    citations: [],
    legislation: [],
  };
}

/** Numbered paragraphs of a judgment or review. (Stub.) */
export function extractParagraphs(_doc: DocText): ParagraphFact[] {
  return [];
}
