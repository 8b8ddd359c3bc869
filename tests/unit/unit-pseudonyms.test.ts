import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../ingest/extract/index.js';
import { DocText } from '../../ingest/text.js';

/**
 * Redaction can take a place in a unit's name for a person's and write a pseudonym there; whichever
 * finder reads the unit (a notice's fields, a judgment's description of its officer, a review's case
 * heading), the merged units never hold one. Texts written for this test.
 */
describe('no unit holds a pseudonym, whatever finder read it', () => {
  const cases: { why: string; text: string }[] = [
    {
      why: 'a notice field',
      text: 'Notice of misconduct hearing\nOfficer: PC Ada Lunt\nUnit: Person TRTWZQ Response Team\nThe hearing will be held on 2 May 2031.',
    },
    {
      why: "a judgment's description of its officer",
      text: 'Neutral Citation Number: [2031] EWHC 12 (Admin)\nJUDGMENT\n1. The claimant, PC Ada Lunt, was a constable attached to the Person TRTWZQ team at the time.',
    },
    {
      why: "a review's case heading",
      text: 'Thematic review of vetting\nCase summaries\nSummary 6 - PC Ned Orme (Person ABCDEF Team)\nThe officer failed vetting checks.',
    },
  ];
  for (const c of cases)
    it(c.why, () => {
      const units = extract(new DocText([{ num: 1, text: c.text }])).units.map((u) => u.name);
      assert.deepEqual(
        units.filter((u) => /Person [A-Z2-7]{6}/.test(u)),
        [],
      );
    });
});
