import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FORCES, OUT_OF_SCOPE_BODIES, currentForceName } from '../../src/domain/forces.js';
import { forceNamedIn } from '../../ingest/extract/force.js';

describe('forces vocabulary: every form a text uses names one force', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'the Commissioner of Police of the Metropolis (Respondent)', expected: 'Metropolitan Police Service' },
    { text: 'Chief Constable of Lancashire v Someone', expected: 'Lancashire Constabulary' },
    { text: 'THE CHIEF CONSTABLE OF WEST MERCIA POLICE', expected: 'West Mercia Police' },
    { text: 'officers of Norfolk Police attended', expected: 'Norfolk Constabulary' },
    { text: 'Kent Constabulary', expected: 'Kent Police' },
    { text: 'Durham Police Service', expected: 'Durham Constabulary' },
    { text: 'Heddlu Gwent / Gwent Police', expected: 'Gwent Police' },
    { text: 'Heddlu De Cymru', expected: 'South Wales Police' },
    { text: 'Heddlu Gogledd Cymru', expected: 'North Wales Police' },
    { text: 'instructed by the force solicitor, Dyfed Powys Police', expected: 'Dyfed-Powys Police' },
    { text: 'a BTP constable on the Underground', expected: 'British Transport Police' },
    { text: 'British Transport Police', expected: 'British Transport Police' },
    { text: 'the Commissioner of Police for the City of London', expected: 'City of London Police' },
    { text: 'City of London Police', expected: 'City of London Police' },
    // Forms judgments use for a party, kept here rather than rewritten by the judgment reader.
    { text: 'THE COMMISSIONER OF POLICE OF THE CITY OF LONDON', expected: 'City of London Police' },
    { text: 'the Commissioner for the City of London (Respondent)', expected: 'City of London Police' },
    { text: 'CHIEF CONSTABLE OF DYFED POWYS POLICE', expected: 'Dyfed-Powys Police' },
    { text: 'Police and Crime Commissioner for Cheshire', expected: 'Cheshire Constabulary' },
    { text: 'THE POLICE, FIRE AND CRIME COMMISSIONER FOR NORTH YORKSHIRE', expected: 'North Yorkshire Police' },
    { text: 'Police and Crime Commissioner of Surrey', expected: 'Surrey Police' },
    { text: 'the Chief Constable of Hampshire (2010)', expected: 'Hampshire Constabulary' },
    { text: 'Hampshire & Isle of Wight Constabulary', expected: 'Hampshire and Isle of Wight Constabulary' },
    // National bodies and forces outside England and Wales are never a subject's force.
    { text: 'the Police Federation said', expected: null },
    { text: 'Police Scotland officers', expected: null },
    { text: 'the Police Appeals Tribunal allowed the appeal', expected: null },
  ];
  for (const c of cases) it(c.text, () => assert.equal(forceNamedIn(c.text), c.expected));
});

describe('currentForceName', () => {
  const cases: [string, string][] = [
    ['Hampshire Constabulary', 'Hampshire and Isle of Wight Constabulary'],
    ['hampshire and isle of wight constabulary', 'Hampshire and Isle of Wight Constabulary'],
    ['Kent Police', 'Kent Police'],
    ['Some Unknown Body', 'Some Unknown Body'],
  ];
  for (const [from, to] of cases) it(`${from} -> ${to}`, () => assert.equal(currentForceName(from), to));
});

describe('forces data', () => {
  it('has one entry per name, and no out-of-scope body among the forces', () => {
    const names = FORCES.flatMap((f) => [f.name, ...(f.formerNames ?? []).map((n) => n.name)]);
    assert.equal(new Set(names).size, names.length);
    for (const b of OUT_OF_SCOPE_BODIES) assert.equal(names.includes(b.name), false, b.name);
  });
  it('gives every force its place inside its name, or an alias that names it', () => {
    for (const f of FORCES) assert.ok(f.name.includes(f.place) || (f.aliases ?? []).length > 0, f.name);
  });
});
