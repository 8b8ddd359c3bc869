import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocText } from '../../ingest/text.js';

describe('DocText.span', () => {
  const doc = new DocText([
    { num: 1, text: 'First page text.' },
    { num: 2, text: 'Second page: PC 123 Jones was dismissed.' },
    { num: 3, text: 'Third.' },
  ]);
  const cases = [
    { find: 'First', page: 1 },
    { find: 'PC 123 Jones', page: 2 },
    { find: 'dismissed', page: 2 },
    { find: 'Third', page: 3 },
  ];
  for (const c of cases) {
    it(`maps "${c.find}" to page ${c.page} with page-relative offsets`, () => {
      const at = doc.text.indexOf(c.find);
      const s = doc.span(at, at + c.find.length);
      assert.equal(s.page, c.page);
      const page = doc.pages.find((p) => p.num === c.page);
      assert.equal(page?.text.slice(s.start, s.end), c.find);
      assert.equal(s.quote, c.find);
    });
  }
  it('clips long quotes', () => {
    const long = new DocText([{ num: 1, text: 'x'.repeat(500) }]);
    assert.ok(long.span(0, 500, 50).quote.length <= 50);
  });
});

describe('DocText page joints', () => {
  const cases: { name: string; pages: string[]; expected: string }[] = [
    {
      name: 'a sentence carried over the break runs on',
      pages: ['The chair found a breach of the', 'duties standard proven.'],
      expected: 'The chair found a breach of the \nduties standard proven.\n\n',
    },
    {
      name: 'a finished sentence ends its paragraph',
      pages: ['The chair found it proven.', 'sanction followed.'],
      expected: 'The chair found it proven.\n\nsanction followed.\n\n',
    },
    { name: 'a capitalised opening starts a new paragraph', pages: ['Contents', 'Summary of the case'], expected: 'Contents\n\nSummary of the case\n\n' },
  ];
  for (const c of cases)
    it(c.name, () => {
      const doc = new DocText(c.pages.map((text, i) => ({ num: i + 1, text })));
      assert.equal(doc.text, c.expected);
      assert.equal(doc.span(doc.text.lastIndexOf(c.pages[1]!), doc.text.length - 2).start, 0);
    });
});
