import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraphAt, type ParagraphSpan } from '../../src/graph/search.js';

/** Paragraph 4 runs from page 2 onto page 3; 5 and 6 follow on page 3; 7 has no recorded end. */
const SPANS: ParagraphSpan[] = [
  { label: '4', page: 2, start: 900, endPage: 3, end: 120 },
  { label: '5', page: 3, start: 130, endPage: null, end: 480 },
  { label: '6', page: 3, start: 490, endPage: 3, end: 1000 },
  { label: '7', page: 3, start: 1100, endPage: null, end: null },
];

describe('the paragraph a search snippet starts in', () => {
  // [page, offset, label]
  const cases: [number, number, string | null][] = [
    [3, 0, '4'],
    [3, 120, '4'],
    [3, 125, null],
    [3, 130, '5'],
    [3, 700, '6'],
    [3, 1100, '7'],
    [3, 1101, null],
    [2, 950, '4'],
    [2, 10, null],
  ];
  for (const [page, at, label] of cases) {
    it(`page ${page} at ${at}: ${label ?? 'none'}`, () => assert.equal(paragraphAt(SPANS, page, at), label));
  }

  it('takes the paragraph starting last when two overlap', () => {
    const nested: ParagraphSpan[] = [
      { label: '8', page: 4, start: 0, endPage: 4, end: 900 },
      { label: '8.1', page: 4, start: 200, endPage: 4, end: 400 },
    ];
    assert.equal(paragraphAt(nested, 4, 300), '8.1');
    assert.equal(paragraphAt(nested, 4, 500), '8');
  });
});
