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
    // A person whose trait the officer mocked, or who acted in the case, described but not named.
    { text: "Officer J posted jokes mocking a student officer's accent in the group chat.", want: ['a student officer'] },
    {
      text: 'He ignored a note handed to him by an elderly resident and was later recorded by a motorist shouting at him.',
      want: ['an elderly resident', 'a motorist'],
    },
    { text: "She made remarks about a detainee's weight while booking him in.", want: ['a detainee'] },
    // A reporter, and the review's general prose about people, are not the case's victims.
    { text: 'The matter was reported by a colleague. The force should act on concerns about a member of the public.', want: [] },
    { text: 'A colleague raised the concern with an inspector the next morning.', want: [] },
    { text: 'His record held a complaint of rudeness by a motorist and two from colleagues.', want: [] },
    // A partner mentioned with no conduct about them is no victim.
    { text: 'PC Hart and his partner moved to the county in 2019.', want: [] },
    { text: 'The report says his former partner also served in the unit.', want: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(victims(c.text), c.want));

  it('leaves out a person already found under a longer description', () => {
    const got = reviewVictims(new DocText([{ num: 1, text: "He laughed at a cadet's stammer and at a cadet's accent." }]), ['a cadet he trained']);
    assert.deepEqual(got, []);
  });
});
