import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sentenceTokenizer } from '../../ingest/model/sentenceTokenizer.js';
import { SentenceTokenizer } from '../../src/nlp.js';

const natural = new SentenceTokenizer([]);
const oneScan = sentenceTokenizer();

describe('sentence tokenizer: one scan for the placeholders', () => {
  const cases = [
    'The appeal is dismissed. Costs follow the event!',
    'At para 12.3 the panel found 1,250 pounds was taken; see https://example.org/x?y=1. Then it ended.',
    'Was it? Yes... it was (as said). "Quite so." Done',
    'Ten officers, 3 units and 40.5 hours: all of it. {single} braces } stay.',
    'A text already holding {{NUMBER_0}} and {{DELIM_1}} literally. It is split as natural splits it.',
    'No delimiter at all',
    '',
  ];
  for (const text of cases) {
    it(`splits as natural does: ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.deepEqual(oneScan.tokenize(text), natural.tokenize(text));
    });
  }

  it('splits any text of numbers, links, delimiters and braces as natural does', () => {
    const piece = fc.constantFrom('Word', ' ', '. ', '? ', '!', '…', '12', '1,000', '3.5', ' http://a.b/c ', 'www.x.org', '"', ')', '}', '{', '{{', '\n', 'mail@x.org');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(oneScan.tokenize(text), natural.tokenize(text));
      }),
      { numRuns: 500 },
    );
  });
});
