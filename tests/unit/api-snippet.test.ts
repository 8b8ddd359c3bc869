import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { queryTerms, snippet } from '../../src/server/snippet.js';

describe('search snippets', () => {
  it('reads words, phrases and prefixes out of a Lucene query, dropping operators and syntax', () => {
    assert.deepEqual(queryTerms('"gross misconduct" AND dismiss* NOT text:warning^2'), [
      { word: 'gross', prefix: false },
      { word: 'misconduct', prefix: false },
      { word: 'dismiss', prefix: true },
      { word: 'warning', prefix: false },
    ]);
  });

  it('centres on the first match, marks whole words only and escapes HTML', () => {
    const text = 'x '.repeat(200) + 'The officer <b>was</b> dismissed; dismissal followed. Misconducted is not misconduct.' + ' y'.repeat(200);
    const s = snippet(text, 'dismiss* misconduct');
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(
      s.highlights.map((h) => s.text.slice(h.start, h.end)),
      ['dismissed', 'dismissal', 'misconduct'],
    );
    assert.match(s.highlighted, /&#60;b&#62;was&#60;\/b&#62; <mark>dismissed<\/mark>/);
    assert.ok(s.start > 0 && s.end < text.length);
  });

  it('falls back to the start of the page when nothing matches literally', () => {
    const s = snippet('Short page.', 'fuzzy~');
    assert.equal(s.text, 'Short page.');
    assert.deepEqual(s.highlights, []);
  });
});
