import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDates, findDates } from '../../ingest/extract/dates.js';
import { monthPeriodAt } from '../../ingest/extract/monthPeriods.js';
import { DocText } from '../../ingest/text.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';

describe('findDates: counted days and clock times', () => {
  const cases: { text: string; expected: (string | null)[] }[] = [
    // Older and formal records count days: "the 3rd day of June".
    { text: 'The record was sealed on the 3rd day of June 2008 at Alderholt.', expected: ['2008-06-03'] },
    { text: 'Sat on the 14th and 15th days of May 2009', expected: ['2009-05-14'] },
    // A clock's minutes before a comma are no day.
    { text: 'Posted 08:15, 4 April 2027', expected: ['2027-04-04'] },
    { text: 'Amended at 17.05, 9 October 2026', expected: ['2026-10-09'] },
  ];
  for (const c of cases)
    it(JSON.stringify(c.text), () =>
      assert.deepEqual(
        findDates(c.text).map((d) => d.iso),
        c.expected,
      ),
    );
});

describe('monthPeriodAt', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'Aug-Oct 2015 | Hearing', expected: '2015-08' },
    { text: 'September 2017 - March 2018', expected: '2017-09' },
    { text: '2014 to 2016', expected: '2014' },
    { text: '2014-05-06', expected: null },
    { text: '12 May 2014', expected: null },
  ];
  for (const c of cases) it(JSON.stringify(c.text), () => assert.equal(monthPeriodAt(c.text)?.date ?? null, c.expected));
});

describe('extractDates: older records, letters, rows and labelled months', () => {
  type Roles = { incident?: string; hearing?: string; decision?: string };
  const cases: { name: string; text: string; kind: DocumentKind; expected: Roles }[] = [
    {
      name: 'a night whose words wrap across lines opens the conduct',
      text: 'The panel looked at events in Tolworth on the night\nof 3rd/4th August 2019, when PC Quill was called to a fight. His note of 4th August 2019 was wrong.',
      kind: 'hearing_outcome',
      expected: { incident: '2019-08-03' },
    },
    {
      name: 'an older record counts the conduct day and the hearing days',
      text: 'Conduct date: the 5th day of March 2012\nHearing held on: the 18th and 19th days of September 2012\nDetermination given: the 20th day of September 2012',
      kind: 'hearing_outcome',
      expected: { incident: '2012-03-05', hearing: '2012-09-18', decision: '2012-09-20' },
    },
    {
      name: 'a label dates the conduct by its months on the next line',
      text: 'Officer\nSergeant Pell Varga\nDate(s) of alleged conduct\nSeptember 2017 - March 2018\nDate of hearing\nMonday, 9th July 2018\nOn 2 January 2018 PS Varga was arrested.',
      kind: 'hearing_outcome',
      expected: { incident: '2017-09', hearing: '2018-07-09' },
    },
    {
      name: "a review's table of cases dates the first case's conduct in its column",
      text: 'Cases concluded in the year\nNo. | Officer | Rank | Date of incident | Hearing / meeting | Outcome\n1 | Officer 1 | PC | Aug-Oct 2015 | Hearing 02.05.2016 | Dismissed\n2 | Officer 2 | DS | 11.01.2016 | Meeting 07.07.2016 | Written warning\n',
      kind: 'review',
      expected: { incident: '2015-08', hearing: '2016-05-02' },
    },
    {
      name: "a letter's date under its reference is not the hearing",
      text: 'Our ref: AB/12/2027\nDate: 30th June 2027\nRECORD OF MISCONDUCT MEETING\nDear Sir,\nThe meeting concerning PC Tamsin Roke, held on the 24th and 25th of June 2027 at Bramley House, found the case proved.',
      kind: 'hearing_outcome',
      expected: { hearing: '2027-06-24' },
    },
    {
      name: "a letter's date above its salutation is not the hearing",
      text: 'Date: 2 February 2026\nDear Ms Hale,\nA misconduct hearing was held on 28 January 2026 at Wexcombe.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-01-28' },
    },
    {
      name: "a row's date cell dates the hearing",
      text: 'Officer | PC Dana Whelk\nDate | 04.03.2027 - 05.03.2027, 09:30\nType | Misconduct hearing in public\n',
      kind: 'hearing_notice',
      expected: { hearing: '2027-03-04' },
    },
    {
      name: "a schedule of meetings' outcomes dates the cases it considered",
      text: 'Outcomes of misconduct meetings\nSchedule of cases considered on 02/11/2010 (Area HQ)\nCase 1\nPC Ilse Mornay was rude to a caller.',
      kind: 'hearing_outcome',
      expected: { hearing: '2010-11-02' },
    },
    {
      name: 'a month told inside the story dates the conduct',
      text: 'A constable who mocked a neighbour online keeps his job.\nPC Remy Stallard posted the clip outside a bakery in Frome in March 2026 and shared it with friends.\nA misconduct hearing on Tuesday, 8 September 2026 found misconduct.',
      kind: 'hearing_outcome',
      expected: { incident: '2026-03', hearing: '2026-09-08' },
    },
    {
      name: 'what the hearing was told is the story, though the sentence names the hearing',
      text: 'The hearing was told the sergeant met the witness in July 2024 when he took her statement.\nThe hearing ended on 3 March 2025.',
      kind: 'hearing_outcome',
      expected: { incident: '2024-07', decision: '2025-03-03' },
    },
    {
      name: "a career's month is not the conduct's",
      text: 'Mr Quarry left the force in May 2025. The woman had called police in February 2025 and he later messaged her. The hearing was held on 1 October 2025.',
      kind: 'hearing_outcome',
      expected: { incident: '2025-02', hearing: '2025-10-01' },
    },
    {
      name: 'a table flattened to one cell per line dates the first sitting under its Date(s) header',
      text: 'Published outcomes, autumn list\nDate(s)\nOfficer\nArea\nOutcome\n22/01/2026\nPC Nell Varnham\nEastfold Area\nWritten warning\nNotes\nOn 4 June 2025 PC Varnham ignored a radio call.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-01-22', incident: '2025-06-04' },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const facts = extractDates(new DocText([{ num: 1, text: c.text }]), c.kind);
      const got: Roles = {};
      for (const f of facts) got[f.role] ??= f.date;
      assert.deepEqual(got, c.expected);
    });
  }
});
