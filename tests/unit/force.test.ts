import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractForce } from '../../ingest/extract/force.js';
import { DocText } from '../../ingest/text.js';

describe('extractForce', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'WEST YORKSHIRE POLICE\nPublic notice', expected: 'West Yorkshire Police' },
    { text: 'An Operational Support Unit sergeant serving with Avon and Somerset Police', expected: 'Avon and Somerset Constabulary' },
    { text: 'THE CHIEF CONSTABLE OF CHESHIRE CONSTABULARY Interested Party', expected: 'Cheshire Constabulary' },
    { text: 'the Chief Constable of Nottinghamshire brought the claim', expected: 'Nottinghamshire Police' },
    { text: 'THE COMMISSIONER OF POLICE OF THE METROPOLIS', expected: 'Metropolitan Police Service' },
    { text: 'Why is it impossible to get fired from the Met Police? The Met said nothing.', expected: 'Metropolitan Police Service' },
    // A former name is kept as the document gives it (the force as it was then); resolution joins the two.
    { text: 'Hampshire Constabulary published the outcome.', expected: 'Hampshire Constabulary' },
    { text: 'Hampshire and Isle of Wight Constabulary published the outcome.', expected: 'Hampshire and Isle of Wight Constabulary' },
    { text: 'The Police Federation and the College of Policing responded.', expected: null },
    { text: 'Greater Manchester Police. Mentions of Kent Police later. GMP said.', expected: 'Greater Manchester Police' },
    { text: 'The MPS in the heading but "mps" in lower case is something else.', expected: 'Metropolitan Police Service' },
    { text: 'Dyfed-Powys Police officers', expected: 'Dyfed-Powys Police' },
    // Headings write "&" for "and" in a force's place name.
    { text: 'DEVON & CORNWALL POLICE\nMISCONDUCT HEARING - OUTCOME', expected: 'Devon and Cornwall Police' },
    { text: 'An officer of Avon & Somerset Constabulary was sacked.', expected: 'Avon and Somerset Constabulary' },
  ];
  for (const c of cases) it(c.text.slice(0, 50), () => assert.equal(extractForce(new DocText([{ num: 1, text: c.text }]))?.force ?? null, c.expected));
});
