import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewCaseDates, withCaseDates } from '../../ingest/extract/review/caseDates.js';
import { conductMonth } from '../../ingest/extract/judgment/conductPeriod.js';
import { DocText } from '../../ingest/text.js';

const roles = (text: string) => Object.fromEntries(reviewCaseDates(new DocText([{ num: 1, text }])).map((d) => [d.role, d.date]));

describe('dates of the first case a review summarises', () => {
  const cases: { name: string; text: string; want: Record<string, string> }[] = [
    {
      name: 'a hearing line and the month of the conduct after it',
      text: 'Bulletin 2031\nSummary A - PS Rye (Dog Unit)\nHeard 14-15 March 2031. In October 2030 PS Rye used police systems to read reports about a neighbour.\nSummary B\nHeard 2 May 2031.',
      want: { hearing: '2031-03-14', incident: '2030-10' },
    },
    {
      name: 'a hearing with no conduct month gives the hearing alone',
      text: 'Annual report\nCase 1\nHearing held on 3 June 2031. The officer resigned before it.',
      want: { hearing: '2031-06-03' },
    },
    { name: 'a review with no case summaries has no dates of its own', text: 'We heard from 40 officers between March and May 2031 in the review.', want: {} },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(roles(c.text), c.want));

  it('adds a case date only for a role the review leaves empty', () => {
    const span = { page: 1, start: 0, end: 1, quote: 'x' };
    const got = withCaseDates(
      [{ role: 'hearing', date: '2031-01-01', source: span }],
      [
        { role: 'hearing', date: '2031-03-14', source: span },
        { role: 'incident', date: '2030-10', source: span },
      ],
    );
    assert.deepEqual(
      got.map((d) => [d.role, d.date]),
      [
        ['hearing', '2031-01-01'],
        ['incident', '2030-10'],
      ],
    );
  });
});

describe('a month dating conduct whose object is a record', () => {
  it('reads past "reports" in the object of the conduct, not its subject', () => {
    assert.equal(conductMonth("2. Between June and July 2029 the sergeant used the force's systems to view reports about his neighbour.", 0)?.date, '2029-06');
  });
  it('still leaves a month whose clause is procedure', () => {
    assert.equal(conductMonth('2. In June 2029 a report found that the sergeant had viewed records.', 0), null);
  });
});
