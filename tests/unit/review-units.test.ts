import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseHeadingUnits, officersUnits, reviewUnitFor } from '../../ingest/extract/review/units.js';
import type { OfficerFact, UnitFact } from '../../src/domain/extraction.js';
import { DocText } from '../../ingest/text.js';

/** A review written for this test: a table of units, then two anonymised officers in case studies. */
const TEXT = [
  'Table 1: Files by unit',
  'Mounted Branch Unit 4 2',
  'Roads Crime Team 7 3',
  'Armed Response Group (ARG) 9 5',
  'Example 1',
  'Officer P, a constable in the ARG, shared the images.',
  'Example 2',
  'Officer Q, a sergeant in the Roads Crime Team, did not report it. The Mounted Branch Unit was not involved.',
].join('\n');

const doc = new DocText([{ num: 1, text: TEXT }]);
const unit = (name: string): UnitFact => {
  const at = TEXT.indexOf(name);
  return { name, source: doc.span(at, at + name.length), period: null };
};
const officer = (label: string): OfficerFact => {
  const at = TEXT.indexOf(`${label},`);
  return {
    key: label,
    name: null,
    label,
    rank: null,
    rankText: null,
    warrantNumber: null,
    former: null,
    force: null,
    unit: null,
    source: doc.span(at, at + label.length),
  };
};
const units = [unit('Mounted Branch Unit'), unit('Roads Crime Team'), unit('Armed Response Group'), unit('ARG')];

describe('the units of the officers a review is about', () => {
  it('reads each officer unit from their own sentence, an abbreviation as the name the review spells out', () => {
    assert.deepEqual([reviewUnitFor(doc, officer('Officer P'), units), reviewUnitFor(doc, officer('Officer Q'), units)], ['Armed Response Group', 'Roads Crime Team']);
  });
  it('keeps only the officers units, dropping the units the tables list', () => {
    const officers = [
      { ...officer('Officer P'), unit: 'Armed Response Group' },
      { ...officer('Officer Q'), unit: 'Roads Crime Team' },
    ];
    assert.deepEqual(
      officersUnits(units, officers).map((u) => u.name),
      ['Roads Crime Team', 'Armed Response Group'],
    );
  });
  it('keeps every unit when no officer has one', () => {
    assert.equal(officersUnits(units, [officer('Officer P')]).length, 4);
  });
});

describe('units a review case heading gives in brackets', () => {
  const headings = (text: string) => caseHeadingUnits(new DocText([{ num: 1, text }])).map((u) => u.name);
  const cases: { text: string; want: string[] }[] = [
    { text: 'Summary 2 - Sgt Ivo Marsh (Harbour Response)\nHeard 2 May 2031.', want: ['Harbour Response'] },
    { text: 'Summary 3 – former DC Lise Varga (Cyber Crime Unit)\nThe panel sat.', want: ['Cyber Crime Unit'] },
    // An anonymised officer described in the bracket: rank, then the unit.
    { text: '4.2 Example B: Officer Q (a police constable, Wisbech Neighbourhood Team)\nThe officer was warned.', want: ['Wisbech Neighbourhood Team'] },
    { text: 'Case 7: Officer R (a detective sergeant, Ely custody)\nThe sergeant retired.', want: ['Ely custody'] },
    { text: 'Case 8: Officer S (a detective sergeant, retired)\nNo proceedings.', want: [] },
    // Brackets that hold no unit: a status or a year (a pseudonym privacy wrote is dropped where the finders' units merge).
    { text: 'Summary 4 - PC Ned Orme (retired)\nHeard 1 June 2031.', want: [] },
    { text: 'Summary 5 - PC Ned Orme (2031)\n', want: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(headings(c.text), c.want));
});
