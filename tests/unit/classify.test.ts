import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../ingest/classify.js';

describe('classify', () => {
  const cases: { text: string; expected: string }[] = [
    { text: 'Neutral Citation Number: [2022] EWHC 1 (Admin)\nIN THE HIGH COURT OF JUSTICE\nApproved Judgment', expected: 'judgment' },
    { text: 'NOTICE OF MISCONDUCT HEARING\nThe hearing will take place on 3 May 2024. The allegations have not been proven.', expected: 'hearing_notice' },
    { text: 'Forthcoming hearings\nPC A is to face a gross misconduct hearing. It is alleged that PC A breached Honesty and Integrity.', expected: 'hearing_notice' },
    { text: 'Outcome of misconduct hearing\nThe panel found the allegations proven. PC Smith was dismissed without notice.', expected: 'hearing_outcome' },
    { text: "WRITTEN REASONS FOR THE PANEL'S DETERMINATION\nThe Panel determined that the conduct amounted to gross misconduct.", expected: 'hearing_outcome' },
    { text: 'OUTCOME OF MISCONDUCT MEETING\nAllegation 1 – Misconduct proven. Outcome: management advice.', expected: 'hearing_outcome' },
    {
      text: 'Misconduct Meeting - Record of Outcome\nOfficer concerned: PS Dale\nFindings\nThe allegation was admitted. PS Dale was given management advice.',
      expected: 'hearing_outcome',
    },
    {
      text: 'Misconduct proceedings - published outcome\nWhat the officer did\nThe person conducting the meeting found that SC Rowe had breached the Standards.',
      expected: 'hearing_outcome',
    },
    { text: 'Independent Review of Standards – Final Report\nChapter 3\nRecommendation 4: the force should publish data.', expected: 'review' },
    { text: 'Officer sacked\nBy Jo Bloggs, Home Affairs Correspondent\nA constable has been sacked. © The Daily Paper 2024', expected: 'other' },
    { text: 'Minutes of the parish council: bins, potholes and the summer fete.', expected: 'other' },
  ];
  for (const c of cases) {
    it(`${c.expected}: ${c.text.slice(0, 40)}`, () => {
      const r = classify(c.text);
      assert.equal(r.kind, c.expected);
      assert.ok(r.confidence > 0 && r.confidence <= 1);
    });
  }
  it('is more confident with clearer signals', () => {
    const strong = classify('Neutral Citation Number: [2022] EWHC 1 (Admin)\nIN THE HIGH COURT OF JUSTICE\nApproved Judgment');
    const weak = classify('the judge said the appeal is dismissed');
    assert.ok(strong.confidence > weak.confidence);
  });
});
