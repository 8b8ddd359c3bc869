import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupFindings } from '../../ingest/extract/judgment/groupFindings.js';
import type { AllegationFact } from '../../src/domain/extraction.js';
import type { Finding, Standard } from '../../src/domain/vocabulary.js';
import { DocText } from '../../ingest/text.js';

/**
 * Texts written for this test. Each Standard named in the text becomes an allegation against one
 * officer, with the finding the allegation extractor gave it (`given`), before the list is read.
 */
function findings(text: string, standards: Standard[], given: Finding | null = null): (Finding | null)[] {
  const doc = new DocText([{ num: 1, text }]);
  const allegations: AllegationFact[] = standards.map((standard) => {
    const at = text.indexOf(standard);
    return { officerKey: 'o1', standard, finding: given, source: doc.span(at, at + standard.length) };
  });
  groupFindings(doc, allegations);
  return allegations.map((a) => a.finding);
}

const H: Standard = 'Honesty and Integrity';
const D: Standard = 'Discreditable Conduct';
const U: Standard = 'Use of Force';
const O: Standard = 'Orders and Instructions';
const E: Standard = 'Equality and Diversity';

describe('findings a judgment gives a list of allegations at once', () => {
  const cases: { name: string; text: string; standards: Standard[]; given?: Finding | null; want: (Finding | null)[] }[] = [
    {
      name: 'each proven, and the severity stated after',
      text: '4. The notice alleged that he breached Use of Force and Discreditable Conduct. The chair found all the allegations proved. She decided that the breaches amounted to misconduct only.\n5. Nothing else.',
      standards: [U, D],
      want: ['misconduct', 'misconduct'],
    },
    {
      name: 'both not proven, a paragraph later, overriding a severity read from the charge',
      text: '4. The force decided the sergeant had a case to answer for gross misconduct for breaching Honesty and Integrity and Discreditable Conduct.\n5. At the hearing in 2024 the chair found both allegations not proven.',
      standards: [H, D],
      given: 'gross_misconduct',
      want: ['not_proven', 'not_proven'],
    },
    {
      name: 'the first ones proven and a later one not proven, by order',
      text: '4. Three breaches were alleged: Honesty and Integrity; Use of Force; and Discreditable Conduct. The panel found the first two allegations proven, each amounting to gross misconduct, and found the third not proven.',
      standards: [H, U, D],
      given: 'gross_misconduct',
      want: ['gross_misconduct', 'gross_misconduct', 'not_proven'],
    },
    {
      name: 'practice requiring improvement decided for the conduct as a whole',
      text: '4. The report said the remarks breached Honesty and Integrity and Discreditable Conduct. The appropriate authority held that they amounted to practice requiring improvement.',
      standards: [H, D],
      given: 'gross_misconduct',
      want: ['practice_requiring_improvement', 'practice_requiring_improvement'],
    },
    {
      name: 'a case to answer is a referral, not a finding',
      text: '4. The IOPC decided that the officer had a case to answer for misconduct in relation to Use of Force.\n5. The officer has not yet been heard.',
      standards: [U],
      given: 'misconduct',
      want: [null],
    },
    {
      name: 'no case to answer stays decided',
      text: '4. The IOPC decided that the officer had no case to answer in relation to Use of Force.',
      standards: [U],
      given: 'no_case_to_answer',
      want: ['no_case_to_answer'],
    },
    {
      name: 'a referred list split by "no case to answer", and the one referred found proved later',
      text: '4. The investigator found that the sergeant had a case to answer for misconduct in respect of Orders and Instructions, but no case to answer in respect of Equality and Diversity. The sergeant later faced a meeting, where the allegation was found proved and a warning was given.',
      standards: [O, E],
      want: ['misconduct', 'no_case_to_answer'],
    },
    {
      name: 'a breach sent to a gross misconduct hearing and graded lower by the panel',
      text: '4. The constable was sent to a gross misconduct hearing for breaching Use of Force. The panel found the breach proven, but graded it as misconduct rather than gross misconduct.',
      standards: [U],
      given: 'gross_misconduct',
      want: ['misconduct'],
    },
    {
      name: 'a list with nothing said of it keeps what the extractor found',
      text: '4. The notice alleged breaches of Honesty and Integrity and Discreditable Conduct.\n5. The claim concerns the sanction.',
      standards: [H, D],
      given: 'gross_misconduct',
      want: ['gross_misconduct', 'gross_misconduct'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(findings(c.text, c.standards, c.given ?? null), c.want));
});
