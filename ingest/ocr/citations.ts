import { courtToken } from '../extract/judgment/neutralCitation.js';

/**
 * OCR splits a court's letters where the type is loosely set ("[2026] E WHC 3391 (Admin)"),
 * and the citation pattern, rightly strict about prose, then misses it. A year in brackets,
 * then capitals with single spaces among them, then a number: if the capitals without their
 * spaces are a court the citation extractor knows, they are written joined.
 */
const SPLIT_COURT_RE = /(\[\s*(?:1[89]|20)\d\d\s*\]\s*)((?:[A-Z] ?){2,7}[A-Z])(?= \d)/g;

export function rejoinCourtTokens(text: string): string {
  return text.replace(SPLIT_COURT_RE, (whole, year: string, letters: string) => {
    if (!letters.includes(' ')) return whole;
    const joined = letters.replace(/ /g, '');
    // "EWCA Civ" keeps its space; only a court written as one token is joined.
    return courtToken(joined) === joined ? year + joined : whole;
  });
}
