import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewVictims } from '../../ingest/extract/review/victims.js';
import { DocText } from '../../ingest/text.js';

const victims = (text: string) => reviewVictims(new DocText([{ num: 1, text }])).map((c) => c.reference);

describe('people a review case summary says were wronged', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'Summary 4. DC Wren ran checks on police databases regarding her ex-husband and his new partner.', want: ['her ex-husband', 'his new partner'] },
    { text: 'PS Lark searched records about his estranged wife without a reason.', want: ['his estranged wife'] },
    { text: 'Over a year he made jokes about a junior colleague in the briefing room.', want: ['a junior colleague'] },
    { text: 'The officer sent messages to a probationary constable late at night.', want: ['a probationary constable'] },
    // A partner mentioned with no conduct about them is no victim.
    { text: 'PC Hart and his partner moved to the county in 2019.', want: [] },
    { text: 'The report says his former partner also served in the unit.', want: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(victims(c.text), c.want));
});
