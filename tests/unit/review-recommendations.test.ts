import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';
import { extractReview } from '../../ingest/extract/review/index.js';
import { DocText } from '../../ingest/text.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));
const recs = (d: DocText) => extractReview(d, findParagraphs(d.text), 'Metropolitan Police Service').recommendations;

describe('review recommendations', () => {
  const cases: { name: string; text: string; want: [string, string, string | null, string[], string][] }[] = [
    {
      name: 'heading alone on its line, words below',
      text: '2.4 The last point.\nRecommendation 4\nThe force should audit every vetting decision made since 2019.',
      want: [['4', 'recommendation', 'The force', [], 'The force should audit every vetting decision made since 2019.']],
    },
    {
      name: 'words after a colon, a deadline before who is to act',
      text: 'Recommendation 5: By 31 March 2026, chief constables should publish misconduct outcomes.',
      want: [['5', 'recommendation', 'chief constables', [], 'By 31 March 2026, chief constables should publish misconduct outcomes.']],
    },
    {
      name: 'an HMICFRS area for improvement',
      text: 'Area for improvement 2 – The force should record the unit of every officer complained about.',
      want: [['2', 'area_for_improvement', 'The force', [], 'The force should record the unit of every officer complained about.']],
    },
    {
      name: 'a unit named in the recommendation, by its abbreviation',
      text: 'Recommendation 7\nPostings into the TSG should need a check of earlier complaints.',
      want: [['7', 'recommendation', 'Postings into the TSG', ['Territorial Support Group'], 'Postings into the TSG should need a check of earlier complaints.']],
    },
    { name: 'a reference in prose is not a recommendation', text: '3.1 As we said in\nRecommendation 4 of our earlier report, vetting matters.\n3.2 More.', want: [] },
    { name: 'the plural introduces a list', text: 'Recommendations 1 to 3 are addressed to the force.', want: [] },
  ];
  for (const c of cases) {
    it(c.name, () =>
      assert.deepEqual(
        recs(doc(c.text)).map((r) => [r.label, r.kind, r.addressee, r.units, r.text]),
        c.want,
      ),
    );
  }

  it('runs over a page break without the running header, and stops at the next recommendation', () => {
    const d = doc(
      'Review of Standards\n1.1 Opening.\n1.2 More.\nRecommendation 1\nThe force should create a single record\nReport footer',
      'Review of Standards\nfor each officer.\nRecommendation 2\nThe force should publish outcomes.\nReport footer',
    );
    const [r1, r2] = recs(d);
    assert.equal(r1?.text, 'The force should create a single record for each officer.');
    assert.deepEqual([r1?.source.page, r1?.source.start], [1, 43]);
    assert.match(r1?.source.quote ?? '', /^Recommendation 1 The force should/);
    assert.equal(r2?.text, 'The force should publish outcomes.');
  });
});
