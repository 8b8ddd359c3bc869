/**
 * Anonymised officers a case study says have left: "Officer F resigned in May 2024 while under
 * investigation", "Officer K had retired before the hearing". A review gives the label a rank
 * once and tells the leaving later in the case, so the status is read from the label's own verb.
 */
import type { OfficerFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { escapeRegex } from '../names.js';

/** The label, then a verb of leaving the service (with "had" or "then" between, at most). */
const LEFT_AFTER_LABEL = '(?:\\s+(?:had|then|later|subsequently))?\\s+(?:resigned|retired|left\\s+the\\s+(?:force|service|police))\\b';

/**
 * The label must open its clause, as the subject of the leaving: in "a witness against Officer Y
 * resigned" the witness left.
 */
const CLAUSE_START = '(?:^|(?<=[.;:]\\s+|\\n|,\\s+|\\band\\s+|\\bthen\\s+))';

/** Marks labelled officers as former when the case says, by their label, that they left. */
export function withLeftLabels(doc: DocText, officers: readonly OfficerFact[]): void {
  for (const o of officers) {
    if (!o.label || o.former !== null) continue;
    const re = new RegExp(`${CLAUSE_START}${escapeRegex(o.label).replace(/ /g, '\\s+')}(?![A-Za-z0-9])${LEFT_AFTER_LABEL}`);
    if (re.test(doc.text)) o.former = true;
  }
}
