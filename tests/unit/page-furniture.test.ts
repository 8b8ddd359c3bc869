import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentLines } from '../../ingest/extract/review/lines.js';
import { isPageFurniture } from '../../ingest/model/pageFurniture.js';
import { DocText } from '../../ingest/text.js';

describe('page furniture', () => {
  const cases: [string, boolean][] = [
    ['12', true],
    ['- 4 -', true],
    ['Page 3 of 11', true],
    ['  page 7  ', true],
    ['OFFICIAL', true],
    ['Official - Sensitive', true],
    ['NOT PROTECTIVELY MARKED', true],
    ['UNCLASSIFIED', true],
    // Headings and lines of text that merely start or end like furniture.
    ['Page 3 of the report explains the delay.', false],
    ['Official warnings issued', false],
    ['2031 review of vetting', false],
    ['Chapter 4', false],
  ];
  for (const [line, want] of cases) it(JSON.stringify(line), () => assert.equal(isPageFurniture(line), want));

  it("a review's protective marking is furniture on a page of its own, not only when repeated", () => {
    const doc = new DocText([{ num: 1, text: 'OFFICIAL - SENSITIVE\nFindings\nThe officer did not record the search.' }]);
    assert.deepEqual(
      documentLines(doc).map((l) => [l.text, l.furniture]),
      [
        ['OFFICIAL - SENSITIVE', true],
        ['Findings', false],
        ['The officer did not record the search.', false],
      ],
    );
  });
});
