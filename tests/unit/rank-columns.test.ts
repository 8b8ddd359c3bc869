import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractOfficers } from '../../ingest/extract/officers.js';
import { rankColumnOfficers } from '../../ingest/extract/rankColumns.js';
import { DocText } from '../../ingest/text.js';

/** Registers of hearings written for this test: one table, officer and rank in their own columns. */
const doc = (text: string) => new DocText([{ num: 1, text }]);

describe('officers a table lists with a rank column', () => {
  const cases: { why: string; text: string; want: [string | null, string | null, string, boolean][] }[] = [
    {
      why: 'named and labelled officers, a status before the rank',
      text: 'Case | Officer | Rank | Type | Result\n1 | Morwenna Tilsley | DI | Hearing | Dismissed\n2 | Officer 7 | PC | Meeting | Written warning\n3 | Euan Pardoe-Vick | Retired Sergeant | Hearing | Would have been dismissed',
      want: [
        ['Morwenna Tilsley', null, 'DI', false],
        [null, '7', 'PC', false],
        ['Euan Pardoe-Vick', null, 'Sergeant', true],
      ],
    },
    {
      why: 'rank before the name column, "Name of officer"',
      text: 'Rank | Name of officer | Standards\nPCSO | Officer C | Confidentiality\nDC | Ivor Strand | Use of Force',
      want: [
        [null, 'C', 'PCSO', false],
        ['Ivor Strand', null, 'DC', false],
      ],
    },
    {
      why: 'a name cell opening with its own rank is left to the ranked-name reader',
      text: 'Officer | Rank | Result\nSergeant Ivor Strand | PS | Dismissed',
      want: [],
    },
    {
      why: 'a table without a rank column names nobody this way',
      text: 'Officer | Standard | Result\nMorwenna Tilsley | Use of Force | Not proven',
      want: [],
    },
    {
      why: 'a rank cell holding more than a rank ("PC, later DS") is not read',
      text: 'Officer | Rank | Result\nMorwenna Tilsley | PC, later DS in CID | Dismissed',
      want: [],
    },
  ];
  for (const c of cases)
    it(c.why, () =>
      assert.deepEqual(
        rankColumnOfficers(doc(c.text)).map((o) => [o.name, o.labelId, o.rankText, o.former]),
        c.want,
      ),
    );

  it('gives the subjects their ranks', () => {
    const text = 'Case | Officer | Rank | Result\n1 | Morwenna Tilsley | DI | Dismissed\n2 | Officer 7 | PC | Written warning';
    assert.deepEqual(
      extractOfficers(doc(text), 'hearing_outcome').officers.map((o) => [o.name, o.label, o.rank]),
      [
        ['Morwenna Tilsley', null, 'Detective Inspector'],
        [null, 'Officer 7', 'Police Constable'],
      ],
    );
  });
});
