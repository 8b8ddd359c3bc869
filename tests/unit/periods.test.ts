import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { firstPeriod, periodAfter, periodScanner } from '../../ingest/extract/periods.js';
import { daysBetweenPeriods, firstDay, lastDay, periodDays } from '../../src/domain/periods.js';

describe('periodAfter: the period written after a unit name', () => {
  const cases: { text: string; from: string | null; to: string | null; atTheTime?: boolean }[] = [
    { text: ' (2016 to 2020), where she supervised', from: '2016', to: '2020' },
    { text: ' (from April 2017 – present) as a driver', from: '2017-04', to: null },
    { text: ' between February and May 2021 on nights', from: '2021-02', to: '2021-05' },
    { text: ' between November 2019 and January 2020', from: '2019-11', to: '2020-01' },
    { text: ' from 2012 until 2015, then moved', from: '2012', to: '2015' },
    { text: ' since 2024 and is still there', from: '2024', to: null },
    { text: ' until his retirement in 2019.', from: null, to: '2019' },
    { text: ' until August 2023', from: null, to: '2023-08' },
    { text: ' at the material time, according to the panel', from: null, to: null, atTheTime: true },
    { text: ' during 2018 as an acting sergeant', from: '2018', to: '2018' },
  ];
  for (const c of cases) {
    it(c.text.trim(), () => {
      const p = periodAfter(c.text);
      assert.ok(p, 'a period is read');
      assert.deepEqual({ from: p.from, to: p.to, atTheTime: p.atTheTime }, { from: c.from, to: c.to, atTheTime: c.atTheTime ?? false });
    });
  }
  it('stops at the next field', () => assert.equal(periodAfter('\nIt is alleged that between June and July 2021 he lied'), null));
  it('reads on over a wrapped line', () => assert.equal(periodAfter('\n(2015 to 2018) as a driver')?.from, '2015'));
  it('stops at the end of the unit sentence', () => assert.equal(periodAfter('. The hearing was listed for 2025 to 2026.'), null));
  it('takes the nearest shape, not a later one', () => assert.deepEqual(periodAfter(' at the time. In 2020 she left')?.atTheTime, true));
});

describe('firstPeriod: a range dating conduct', () => {
  it('reads a month range in an allegation', () =>
    assert.deepEqual((({ from, to }) => ({ from, to }))(firstPeriod('It is alleged that between March and July 2023 he sent messages')!), {
      from: '2023-03',
      to: '2023-07',
    }));
  it('ignores a single year, which dates nothing as a range', () => assert.equal(firstPeriod('He joined in 2011 and was promoted.'), null));
});

describe('period arithmetic and the open-end rule', () => {
  const cases: { a: [string | null, string | null]; b: [string | null, string | null]; days: number | null; why: string }[] = [
    { a: ['2016', '2020'], b: ['2019-03', '2019-06'], days: 0, why: 'a span inside another overlaps' },
    { a: ['2016', '2016'], b: ['2017-01-31', '2017-01-31'], days: 31, why: 'a year ends on 31 December' },
    { a: [null, '2021'], b: ['2019', '2019'], days: 367, why: 'an open start stands for the known end only' },
    { a: ['2024', null], b: ['2024-05', '2024-05'], days: 0, why: 'an open end stands for the known start only, which covers its year' },
    { a: [null, null], b: ['2019', '2020'], days: null, why: 'no known end overlaps nothing' },
  ];
  for (const c of cases) it(c.why, () => assert.equal(daysBetweenPeriods({ from: c.a[0], to: c.a[1] }, { from: c.b[0], to: c.b[1] }), c.days));
  it('widens partial dates to whole months and leap years', () => {
    assert.equal(firstDay('2024-02'), '2024-02-01');
    assert.equal(lastDay('2024-02'), '2024-02-29');
    assert.equal(lastDay('2023'), '2023-12-31');
    assert.deepEqual(periodDays({ from: null, to: '2021-06' }), { start: '2021-06-01', end: '2021-06-30' });
  });
});

describe('periodScanner: firstPeriod from ever later offsets', () => {
  // Periods glued to words and to each other, so offsets land inside words and at a period's start.
  const piece = fc.constantFrom(
    'between ',
    'from ',
    'Between ',
    'xbetween ',
    'March ',
    'Oct ',
    '2019 ',
    '2021',
    'and ',
    'to ',
    'until ',
    'the panel sat ',
    'in 2020. ',
    '\n',
    'frombetween ',
  );
  it('finds at each offset what firstPeriod finds in the text from there', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), (parts, steps) => {
        const text = parts.join('');
        const scan = periodScanner(text);
        let offset = 0;
        for (const step of steps) {
          // Mostly forward, as the caller goes; sometimes back, which must search again.
          offset = step % 5 === 0 ? step % (text.length + 1) : Math.min(text.length, offset + (step % 23));
          assert.deepEqual(scan(offset), firstPeriod(text.slice(offset)), `offset ${offset} of ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 800 },
    );
  });
});
