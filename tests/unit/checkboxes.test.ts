import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutUntickedOptions, tickedOption } from '../../ingest/extract/checkboxes.js';
import { extract } from '../../ingest/extract/index.js';
import { DocText } from '../../ingest/text.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);

describe('withoutUntickedOptions', () => {
  const cases: { name: string; text: string; expected: string }[] = [
    { name: 'an empty box and its words go, a ticked one stays', text: 'Found?  [X] Yes   [ ] No', expected: 'Found?  [X] Yes   ' },
    { name: 'boxes drawn as glyphs', text: '☒ Written warning ☐ Dismissal', expected: '☒ Written warning ' },
    { name: 'an option runs to the line end only', text: '[ ] Reduction in rank\n[x] Management advice', expected: '\n[x] Management advice' },
    { name: 'text without boxes is the same document', text: 'The panel found misconduct [2021].', expected: 'The panel found misconduct [2021].' },
  ];
  for (const c of cases)
    it(c.name, () => {
      const out = withoutUntickedOptions(doc(c.text)).text.trimEnd();
      assert.equal(out.replace(/ +$/gm, '').replace(/ +\n/g, '\n'), c.expected.replace(/ +$/gm, '').replace(/ +\n/g, '\n'));
      assert.equal(withoutUntickedOptions(doc(c.text)).text.length, doc(c.text).text.length);
    });
});

describe('tickedOption', () => {
  const cases: [string, number, boolean][] = [
    ['[X] Final written warning', 4, true],
    ['☑ Final written warning', 2, true],
    ['[ ] Final written warning', 4, false],
    ['Outcome: Final written warning', 9, false],
  ];
  for (const [text, at, expected] of cases) it(text, () => assert.equal(tickedOption(text, at), expected));
});

describe('a form with tick boxes, extracted', () => {
  const form = [
    'OUTCOME OF GROSS MISCONDUCT HEARING',
    'Officer: PC 4410 Gideon Farrant',
    'Still serving?   [X] Yes   [ ] No - resigned   [ ] No - retired',
    'Allegation 1 - Use of Force',
    '    Proven?    [X] Proven    [ ] Not proven',
    '    Severity   [ ] Misconduct    [X] Gross misconduct',
    'Allegation 2 - Honesty and Integrity',
    '    Proven?    [ ] Proven    [X] Not proven',
    'Outcome imposed',
    '    [ ] Management advice',
    '    [ ] Final written warning',
    '    [X] Dismissal without notice',
  ].join('\n');
  const x = extract(doc(form));
  it('reads the ticked finding of each allegation', () =>
    assert.deepEqual(
      x.allegations.map((a) => `${a.standard}|${a.finding}`),
      ['Use of Force|gross_misconduct', 'Honesty and Integrity|not_proven'],
    ));
  it('is an outcome', () => assert.equal(x.kind, 'hearing_outcome'));
  it('reads only the ticked outcome', () =>
    assert.deepEqual(
      x.outcomes.map((o) => o.outcome),
      ['dismissed_without_notice'],
    ));
  it('reads a ticked "still serving"', () => assert.equal(x.officers[0]?.former, false));
});
