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
