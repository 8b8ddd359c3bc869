/**
 * Findings a judgment reports in the negative. A complainant's challenge to the police or the
 * IOPC recounts the decision under review as "there was no indication that the officer had breached
 * the Standard of ...", "no evidence that she breached ...", "nothing to suggest that he breached
 * ...": the Standards are named, but as breaches found absent, so the finding words the allegation
 * extractor looks for ("not proven", "no case to answer", "gross misconduct") are not beside them.
 * Such an allegation was decided "no case to answer" when the paragraph says so, else not proven.
 */
import type { AllegationFact } from '../../../src/domain/extraction.js';
import type { Finding } from '../../../src/domain/vocabulary.js';
import { modelOf } from '../../model/index.js';
import type { DocText } from '../../text.js';

/**
 * A breach stated as absent, earlier in the Standard's own sentence: "no indication that", "no
 * evidence that", "no basis for finding that", "nothing to suggest that" followed within the clause
 * by "breached" or "breach". The gaps are bounded and stop at a clause end, so the pattern is linear.
 */
const NEGATED_BREACH_RE =
  /\b(?:no|not\s+any|insufficient)\s+(?:indication|evidence|basis|grounds?)\b[^.;]{0,80}?\bbreach(?:ed|es)?\b|\bnothing\s+to\s+(?:suggest|indicate|show)\b[^.;]{0,80}?\bbreach(?:ed|es)?\b/i;

/** The decision recounted in the same paragraph: a case to answer found absent. */
const NO_CASE_RE = /\bno\s+case\s+to\s+answer\b/i;

/** Fills the finding of each undecided allegation whose own sentence states its breach as absent. */
export function negatedBreachFindings(doc: DocText, allegations: AllegationFact[]): void {
  const model = modelOf(doc);
  for (const a of allegations) {
    if (a.finding !== null) continue;
    const at = doc.offsetOf(a.source);
    const sentence = model.sentenceAt(at);
    if (!sentence || !NEGATED_BREACH_RE.test(model.text.slice(sentence.start, at))) continue;
    const block = model.blockAt(at);
    const paragraph = block ? model.text.slice(block.start, block.end) : '';
    const finding: Finding = NO_CASE_RE.test(paragraph) ? 'no_case_to_answer' : 'not_proven';
    a.finding = finding;
  }
}
