import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';
import { extractReview } from '../../ingest/extract/review/index.js';
import { DocText } from '../../ingest/text.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));
const stats = (d: DocText) => extractReview(d, findParagraphs(d.text), 'Kent Police').statistics;

describe('review statistics', () => {
  const cases: { text: string; want: [string, number, string, string | null, string][] }[] = [
    {
      text: '5.1 Of the 2,040 officers with at least one complaint, 355 had more than one.',
      want: [
        ['2,040', 2040, 'count', 'officers', '2,040 officers with at least one complaint'],
        ['355', 355, 'count', 'officers', '355 had more than one'],
      ],
    },
    {
      text: '5.2 In 2022 the force received 1,809 complaints, and 38% of them concerned the use of force.',
      want: [
        ['1,809', 1809, 'count', 'complaints', '1,809 complaints'],
        ['38%', 38, 'percent', 'complaints', '38% of them concerned the use of force'],
      ],
    },
    {
      text: 'Nine in ten officers found to have committed gross misconduct kept their jobs.',
      want: [['Nine in ten', 0.9, 'ratio', 'officers', 'Nine in ten officers found to have committed gross misconduct kept their jobs']],
    },
    { text: 'The median case took 412 days from complaint to outcome.', want: [['412', 412, 'count', 'days', '412 days from complaint to outcome']] },
    {
      text: '6.1 Of the 64 officers in the unit, 9 (14%) had a finding against them.',
      want: [
        ['64', 64, 'count', 'officers', '64 officers in the unit'],
        ['9', 9, 'count', 'officers', '9 (14%) had a finding against them'],
        ['14%', 14, 'percent', 'officers', '14% had a finding against them'],
      ],
    },
    {
      text: '7.1 We reviewed 90 allegations of bullying. Of the 90, 52 were raised by trainees and 41 of those 52 were withdrawn.',
      want: [
        ['90', 90, 'count', 'allegations', '90 allegations of bullying'],
        ['52', 52, 'count', 'allegations', '52 were raised by trainees'],
        ['41', 41, 'count', 'allegations', '41 of those 52 were withdrawn'],
      ],
    },
    { text: 'The hearing took place on 14 March 2023 in room 4 at 10.30am.', want: [] },
    { text: 'Chapter 3 and Table 3.2 set out what Recommendation 12 asks of MO19 officers.', want: [] },
    { text: 'Between 2013/14 and 2022/23 the pattern held.', want: [] },
  ];
  for (const c of cases) {
    it(JSON.stringify(c.text.slice(0, 60)), () =>
      assert.deepEqual(
        stats(doc(c.text)).map((s) => [s.text, s.value, s.unit, s.measure, s.description]),
        c.want,
      ),
    );
  }

  it('keeps the paragraph label, the page and the sentence as its quote', () => {
    const [s] = stats(doc('Cover', '6.9 Before.\n6.10 Overall, 1,204 cases reached a hearing. The rest did not.'));
    assert.equal(s?.paragraph, '6.10');
    assert.deepEqual(s?.source, { page: 2, start: 17, end: 56, quote: 'Overall, 1,204 cases reached a hearing.' });
  });
});
