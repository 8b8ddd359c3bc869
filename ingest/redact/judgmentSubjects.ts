import type { JudgmentFacts } from '../../src/domain/extraction.js';
import { isJudgment } from '../extract/judgment/court.js';
import { withOpeningParties } from '../extract/judgment/openingParties.js';
import { findParties } from '../extract/judgment/parties.js';
import { judgmentOfficers } from '../extract/judgment/subject.js';
import { foldName } from '../../src/domain/names.js';
import { extractOfficers } from '../extract/officers.js';
import type { DocText } from '../text.js';

/**
 * The officer a judgment reviews holds a public role in it even where no sentence near the name
 * says so: the caption calls them "Interested Party" beside a tribunal, or they challenge the
 * police appeals tribunal in person. Redaction asks the same rules that extraction uses to find
 * that officer (extract/judgment/subject.ts), on the raw text, so the two never disagree: without
 * this the subject was pseudonymised and extraction then read the pseudonym as the officer.
 * Complainants and relatives who bring a claim are excluded by those rules, so they stay private.
 */
export function judgmentSubjectNames(doc: DocText): Set<string> {
  if (!isJudgment(doc.text)) return new Set();
  const parties = withOpeningParties(doc, findParties(doc));
  const textOfficers = extractOfficers(
    doc,
    'judgment',
    new Set(),
    parties.map((p) => p.name),
  );
  const facts = { parties } as Pick<JudgmentFacts, 'parties'> as JudgmentFacts;
  const { officers } = judgmentOfficers(doc, facts, textOfficers);
  const names = new Set<string>();
  for (const o of officers) {
    const words = (o.name ?? '').split(/\s+/).map(foldName).filter(Boolean);
    if (words.length) names.add(words[words.length - 1]!);
  }
  return names;
}
