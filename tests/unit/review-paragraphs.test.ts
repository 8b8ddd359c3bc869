import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCitations } from '../../ingest/extract/judgment/citations.js';
import { findParagraphs, paragraphFacts } from '../../ingest/extract/judgment/paragraphs.js';
import { documentLines } from '../../ingest/extract/review/lines.js';
import { DocText } from '../../ingest/text.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));

describe('paragraph labels and pages', () => {
  const cases: { name: string; pages: string[]; want: [string, number, number][] }[] = [
    {
      name: '6.1 and 6.10 share a number but not a label',
      pages: ['6.8 Eight.\n6.9 Nine.\n6.10 Ten.\n6.11 Eleven.'],
      want: [
        ['6.8', 1, 1],
        ['6.9', 1, 1],
        ['6.10', 1, 1],
        ['6.11', 1, 1],
      ],
    },
    {
      name: 'a paragraph running over a page break ends on the next page',
      pages: ['1. First.\n2. Second runs on', 'to the next page.\n3. Third.'],
      want: [
        ['1', 1, 1],
        ['2', 1, 2],
        ['3', 2, 2],
      ],
    },
    {
      name: 'bracketed judgment numbering',
      pages: ['[1] One.', '[2] Two.'],
      want: [
        ['1', 1, 1],
        ['2', 2, 2],
      ],
    },
  ];
  for (const c of cases) {
    it(c.name, () =>
      assert.deepEqual(
        paragraphFacts(doc(...c.pages)).map((p) => [p.label, p.page, p.endPage]),
        c.want,
      ),
    );
  }

  it('gives the end as an offset into the page it ends on', () => {
    const [, second] = paragraphFacts(doc('1. First.\n2. Second runs on', 'to the next page.\n3. Third.'));
    assert.deepEqual(second, { number: 2, label: '2', page: 1, start: 10, endPage: 2, end: 17 });
  });

  it('labels the paragraph a citation sits in', () => {
    const d = doc('6.9 Earlier.\n6.10 See [2021] EWHC 5 (Admin) at [4].');
    const [c] = findCitations(d, findParagraphs(d.text), null);
    assert.deepEqual([c?.paragraph, c?.paragraphLabel], [6.1, '6.10']);
  });
});

describe('page furniture of reviews', () => {
  it('marks running headers, footers and page numbers, and nothing else', () => {
    const d = doc(
      'Annual Review 2024\n1.1 Text.\nRecommendation 1\nPage 1',
      'Annual Review 2024\n1.2 More.\nRecommendation 2\nPage 2',
      'Annual Review 2024\n1.3 End.\n3',
    );
    const marked = documentLines(d)
      .filter((l) => l.furniture)
      .map((l) => l.text);
    assert.deepEqual(marked, ['Annual Review 2024', 'Page 1', 'Annual Review 2024', 'Page 2', 'Annual Review 2024', '3']);
  });
});

describe('paragraph ends and running headers', () => {
  it('a paragraph ending at the foot of a page ends there, not in the next page header', () => {
    const pages = ['Smith v Jones judgment\n1. First ends here.\n2. Second ends at the foot.', 'Smith v Jones judgment\n3. Third.\n4. Fourth.'];
    const paras = paragraphFacts(doc(...pages));
    assert.deepEqual(
      paras.map((p) => [p.label, p.page, p.endPage, p.end]),
      [
        ['1', 1, 1, 42],
        ['2', 1, 1, 70],
        ['3', 2, 2, 32],
        ['4', 2, 2, 43],
      ],
    );
  });
});
