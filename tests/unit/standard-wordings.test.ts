import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STANDARD_WORDINGS } from '../../src/domain/standardWordings.js';
import { STANDARDS } from '../../src/domain/vocabulary.js';
import { strong } from '../../ingest/extract/findingWords.js';
import { findStandardMentions } from '../../ingest/extract/standards.js';
import { DocText } from '../../ingest/text.js';

const standardsIn = (text: string) => findStandardMentions(new DocText([{ num: 1, text }])).map((m) => m.standard);

describe("Standards: every regime's wording and common paraphrases", () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'Breach of Honesty & Integrity and Use of Force', expected: ['Honesty and Integrity', 'Use of Force'] },
    { text: 'It is alleged he breached the standards of authority, respect, and courtesy.', expected: ['Authority, Respect and Courtesy'] },
    { text: 'She is said to have breached the standard of courtesy and respect.', expected: ['Authority, Respect and Courtesy'] },
    { text: 'Standards breached: Honest and Integrity', expected: ['Honesty and Integrity'] },
    // The 2008-2012 regime's names.
    { text: 'Allegation: Fitness for Duty (attended work unfit through drink)', expected: ['Fitness for Work'] },
    { text: 'Challenging and Reporting Improper Behaviour was not proven', expected: ['Challenging and Reporting Improper Conduct'] },
    // Code of Conduct headings before 2008.
    { text: 'The charge was framed under Politeness and Tolerance.', expected: ['Authority, Respect and Courtesy'] },
    { text: 'Count 2: Lawful Orders; Count 3: Performance of Duties', expected: ['Orders and Instructions', 'Duties and Responsibilities'] },
    { text: 'Fairness and Impartiality', expected: ['Equality and Diversity'] },
    // Ordinary words that only look like a Standard.
    { text: 'he spoke about the use of force in general terms at the training day.', expected: [] },
    // Conduct that restates a Standard, in a finding or in proceedings brought.
    {
      text: 'The tribunal held that her remarks discredited the police and that she failed to treat the caller with courtesy.',
      expected: ['Discreditable Conduct', 'Authority, Respect and Courtesy'],
    },
    { text: 'The force took proceedings against Officer M for failing to carry out her supervisory duties.', expected: ['Duties and Responsibilities'] },
    { text: 'Neighbours said the noise discredited the street; he did not treat them with respect.', expected: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(standardsIn(c.text), c.expected));

  it('covers all ten Standards with their 2020 names', () => {
    const named = new Set(STANDARD_WORDINGS.filter((w) => w.from === 'schedule 2020').map((w) => w.standard));
    assert.deepEqual([...named].sort(), [...STANDARDS].sort());
  });
});

describe('finding words', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'The allegation was found proven as gross misconduct.', expected: 'gross_misconduct' },
    { text: 'Gross misconduct found', expected: 'gross_misconduct' },
    { text: 'Proven - misconduct', expected: 'misconduct' },
    { text: 'Not proven', expected: 'not_proven' },
    { text: 'The breach was not made out.', expected: 'not_proven' },
    { text: 'The chair found no case to answer.', expected: 'no_case_to_answer' },
    { text: 'The conduct was practice requiring improvement.', expected: 'practice_requiring_improvement' },
    { text: 'The misconduct hearing was adjourned.', expected: null },
    { text: 'Proven, though the lapse did not meet the threshold for misconduct.', expected: 'practice_requiring_improvement' },
    { text: 'The panel did not consider that the breach amounted to gross misconduct.', expected: 'misconduct' },
    { text: 'Her remark was a lapse, though not serious enough to amount to misconduct.', expected: 'practice_requiring_improvement' },
    { text: 'The chair held the delay was not sufficiently serious to be misconduct.', expected: 'practice_requiring_improvement' },
    { text: 'The breach was not so serious as to amount to gross misconduct.', expected: 'misconduct' },
    { text: 'The chair was not satisfied that the second charge had been made out.', expected: 'not_proven' },
    { text: 'The tribunal was not satisfied that the remark was proved.', expected: 'not_proven' },
  ];
  for (const c of cases) it(c.text, () => assert.equal(strong(c.text), c.expected));
});
