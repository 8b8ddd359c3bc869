import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkListRanges } from '../../ingest/extract/linkLists.js';

/** The text inside each list of links, trimmed, so a case reads as what the list holds. */
const lists = (text: string): string[] => linkListRanges(text).map(([s, e]) => text.slice(s, e).trim());

describe('linkListRanges', () => {
  const cases: { why: string; text: string; expected: string[] }[] = [
    {
      why: 'a heading with a count in brackets, ended by a blank line',
      text: 'Sergeant Ula Penn was given a written warning.\nRelated news (2)\nConstable sacked over expenses\nDetective cleared\n\nShare this page',
      expected: ['Related news (2)\nConstable sacked over expenses\nDetective cleared'],
    },
    {
      why: '"similar stories" is a list like "related stories"',
      text: 'PC Ray Tolan was dismissed.\nSimilar stories\nInspector demoted after hearing',
      expected: ['Similar stories\nInspector demoted after hearing'],
    },
    {
      why: '"you may also be interested in" heads a list',
      text: 'The hearing ended on Tuesday.\nYou may also be interested in:\nPCSO given final warning',
      expected: ['You may also be interested in:\nPCSO given final warning'],
    },
    {
      why: 'a line of prose after the headlines is the page again, outside the list',
      text: 'Other stories\nOfficer struck off after theft\nThe force said PC Ray Tolan may appeal.',
      expected: ['Other stories\nOfficer struck off after theft'],
    },
    {
      why: 'the phrase inside a sentence heads nothing',
      text: 'You can read more about the hearing on our website.\nPC Ray Tolan was dismissed.',
      expected: [],
    },
  ];
  for (const c of cases) it(c.why, () => assert.deepEqual(lists(c.text), c.expected));
});
