import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAppealFrom } from '../../ingest/extract/judgment/appealFrom.js';
import { DocText } from '../../ingest/text.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);

describe('the ruling an appeal is against', () => {
  const cases: { name: string; text: string; court: string; own: string | null; want: [string, string] | null }[] = [
    {
      name: 'the citation in the "ON APPEAL FROM" heading',
      text: 'Neutral Citation Number: [2030] EWCA Civ 88\nIN THE COURT OF APPEAL (CIVIL DIVISION)\nON APPEAL FROM THE HIGH COURT OF JUSTICE\nADMINISTRATIVE COURT\nMRS JUSTICE ARDEN-LYLE\n[2029] EWHC 1402 (Admin)\nRoyal Courts of Justice\nDate: 01/02/2030',
      court: 'EWCA Civ',
      own: '[2030] EWCA Civ 88',
      want: ['[2029] EWHC 1402 (Admin)', 'heading'],
    },
    {
      name: 'a sentence of the introduction saying which order is appealed',
      text: '1. His claim for judicial review was dismissed by Marlow J on 3 May 2029: [2029] EWHC 77 (Admin). He appeals against that order.',
      court: 'EWCA Civ',
      own: null,
      want: ['[2029] EWHC 77 (Admin)', 'text'],
    },
    {
      name: 'an authority of the court below cited away from any appeal words is not the ruling below',
      text: '1. The appeal is about sanction.\n' + 'x '.repeat(300) + '\n2. In R (Dunne) v Panel [2019] EWHC 12 (Admin) the judge set out the approach.',
      court: 'EWCA Civ',
      own: null,
      want: null,
    },
    {
      name: 'a court of the same tier is not below',
      text: 'ON APPEAL FROM [2028] EWCA Civ 5\nDate: 1 June 2029',
      court: 'EWCA Civ',
      own: null,
      want: null,
    },
    {
      name: 'the Supreme Court hears appeals from the Court of Appeal',
      text: 'ON APPEAL FROM: [2028] EWCA Civ 5\nJUDGMENT GIVEN ON 1 June 2029',
      court: 'UKSC',
      own: '[2029] UKSC 3',
      want: ['[2028] EWCA Civ 5', 'heading'],
    },
    {
      name: 'a first-instance ruling appeals nothing',
      text: 'ON APPEAL FROM the panel.\n1. See [2019] EWHC 12 (Admin), where an appeal against sanction failed.',
      court: 'EWHC (Admin)',
      own: null,
      want: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = findAppealFrom(doc(c.text), c.court, c.own);
      assert.deepEqual(a ? [a.citation, a.method] : null, c.want);
    });
  }

  it('keeps where the citation was read', () => {
    const text = 'ON APPEAL FROM THE HIGH COURT\n[2029] EWHC 1402 (Admin)\nDate: 1 June 2030';
    assert.deepEqual(findAppealFrom(doc(text), 'EWCA Civ', null)?.source, { page: 1, start: 30, end: 54, quote: '[2029] EWHC 1402 (Admin)' });
  });
});
