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
    {
      name: 'a case study told in prose: its first date before the hearing, and the hearing by month',
      text: 'Thematic report, released 2032\n7.2 We read 30 files from 2029 to 2031.\nCase study B\nOfficer L, a sergeant, sent abusive texts to a cadet during July 2028 and again later. At a misconduct hearing in April 2029 the chair found misconduct.',
      want: { hearing: '2029-04', incident: '2028-07' },
    },
    {
      name: 'a case in a numbered paragraph when the blank lines are lost, dated by day',
      text: 'Yearly report\nLaid before the board, May 2030\n4. Cases\n4.1 Inspector Yelland - Roads Unit\nOn 3 February 2029 Inspector Yelland drove a marked car home drunk. A misconduct meeting on 9 October 2029 found misconduct.',
      want: { hearing: '2029-10-09', incident: '2029-02-03' },
    },
    {
      name: 'a range of months gives its first month',
      text: 'Example 4\nBetween March and August 2027 Officer W claimed overtime she had not worked. The gross misconduct hearing in May 2028 dismissed her.',
      want: { hearing: '2028-05', incident: '2027-03' },
    },
    {
      name: 'with no case heading or paragraph above the hearing, the header dates are not the case',
      text: 'Report for the board, June 2031\nA hearing in May 2030 found misconduct.',
      want: { hearing: '2030-05' },
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
