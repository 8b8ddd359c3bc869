import type { Extraction } from '../../src/domain/extraction.js';
import type { DocText } from '../text.js';
import { extractJudgment, extractParagraphs } from './judgment/index.js';

/** Runs every extractor over one document. (Stub: the misconduct extractors fill this in.) */
export function extract(doc: DocText): Extraction {
  const judgment = extractJudgment(doc);
  return {
    kind: 'other',
    kindConfidence: 0,
    force: null,
    officers: [],
    units: [],
    complainants: [],
    allegations: [],
    outcomes: [],
    dates: [],
    judgment,
    paragraphs: extractParagraphs(doc),
  };
}
