import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { subjectUnits, withSubjectUnits } from '../../ingest/extract/judgment/subjectUnits.js';
import { DocText } from '../../ingest/text.js';

/** Texts written for this test: a judgment body after its heading. */
const units = (paragraph: string) =>
  subjectUnits(new DocText([{ num: 1, text: `Neutral Citation Number: [2030] EWHC 12 (Admin)\nJUDGMENT\n1. ${paragraph}` }])).map((u) => u.name);

describe('the unit a judgment says its officer served in', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'Both officers worked in the Criminal Justice and Prisoner Handling Department of the force.', want: ['Criminal Justice and Prisoner Handling Department'] },
    { text: 'The Interested Party is a sergeant who led the Harbour Neighbourhood Team until 2024.', want: ['Harbour Neighbourhood Team'] },
    { text: 'The claimant, then a constable on the Eastgate North response\nteam, stopped the car.', want: ['Eastgate North response team'] },
    { text: 'She was posted to the Rural Crime Squad in 2019.', want: ['Rural Crime Squad'] },
    { text: 'That evening he was the custody officer on duty at the Northgate custody suite.', want: ['Northgate custody suite'] },
    { text: 'At the time the claimant was a custody sergeant at the Riverside\ncustody suite in Leeds.', want: ['Riverside custody suite'] },
    { text: 'He was then the duty inspector for the Harbourside response team.', want: ['Harbourside response team'] },
    { text: 'She volunteered with the Fenland Special Constabulary team for six years.', want: ['Fenland Special Constabulary team'] },
    // Role words are one vocabulary with the reviews' label ranks: "traffic", "neighbourhood", "probationary".
    { text: 'He was a traffic sergeant in the Northfield Roads Policing Unit for a decade.', want: ['Northfield Roads Policing Unit'] },
    { text: 'She was then a probationary constable with the Kestrel Neighbourhood Team.', want: ['Kestrel Neighbourhood Team'] },
    { text: 'He was a constable on the Stoke and Trent Vale Response and Patrol team when he was arrested.', want: ['Stoke and Trent Vale Response and Patrol team'] },
    { text: 'She was the duty inspector for the Calderdale district at the time.', want: ['Calderdale district'] },
    // A unit named without the officer in it is not theirs.
    { text: 'The complaint was sent to the Legal Services Department for advice.', want: [] },
  ];
  for (const c of cases) it(c.text, () => assert.deepEqual(units(c.text), c.want));

  it('adds only units no name found already holds', () => {
    const span = { page: 1, start: 0, end: 1, quote: 'x' };
    const u = (name: string) => ({ name, source: span, period: null });
    assert.deepEqual(
      withSubjectUnits([u('Rural Crime Squad West')], [u('Rural Crime Squad'), u('Harbour Team')]).map((x) => x.name),
      ['Rural Crime Squad West', 'Harbour Team'],
    );
  });
});
