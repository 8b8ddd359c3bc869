import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officerInSection, officerReportedOn } from '../../ingest/extract/attach.js';
import { modelOf } from '../../ingest/model/index.js';
import { DocText } from '../../ingest/text.js';

const model = (text: string) => modelOf(new DocText([{ num: 1, text }]));
/** Every mention of each key in the text, as the officer extractor would give them. */
const mentionsOf = (text: string, keys: string[]) =>
  keys.flatMap((k) => [...text.matchAll(new RegExp(k, 'g'))].map((m) => ({ key: k, start: m.index ?? 0 }))).sort((a, b) => a.start - b.start);

describe('officerInSection: a fact belongs to the officer of its own case on a multi-case page', () => {
  const page =
    'Hearing results\n\nPC Ravi Holt\nDate of hearing: 2 March 2026\nOutcome: Final written warning\n\nPS Nell Orme\nDate of hearing: 9 March 2026\nOutcome: Dismissed without notice\n';
  const cases: { fact: string; expected: string }[] = [
    { fact: 'Final written warning', expected: 'Holt' },
    { fact: 'Dismissed without notice', expected: 'Orme' },
  ];
  for (const c of cases) {
    it(c.fact, () => {
      const m = model(page);
      assert.equal(officerInSection(m, mentionsOf(page, ['Holt', 'Orme']), page.indexOf(c.fact)), c.expected);
    });
  }
  it('a field before the name in the same section still takes that section officer', () => {
    const text = 'Outcome: Written warning\nOfficer: DC Ama Pryce\n';
    assert.equal(officerInSection(model(text), mentionsOf(text, ['Pryce']), 0), 'Pryce');
  });
});

describe('officerReportedOn: articles and reviews', () => {
  const cases: { text: string; fact: string; expected: string | null }[] = [
    {
      text: 'PC Lena Stroud crashed a patrol car and lied about it.\n\nA panel met in May.\n\nThe former officer was added to the barred list.',
      fact: 'barred list',
      expected: 'Stroud',
    },
    {
      text: 'PC Lena Stroud crashed a patrol car.\n\nAcross the force, 14 officers were dismissed without notice last year.',
      fact: 'dismissed',
      expected: null,
    },
    { text: 'Seven constables were placed on the barred list in 2024.', fact: 'barred', expected: null },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      assert.equal(officerReportedOn(model(c.text), mentionsOf(c.text, ['Stroud']), c.text.indexOf(c.fact)), c.expected);
    });
  }
});
