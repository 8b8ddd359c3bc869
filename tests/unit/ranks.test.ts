import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RANK_SOURCE, normaliseRank } from '../../ingest/extract/ranks.js';

describe('normaliseRank', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'PC', expected: 'Police Constable' },
    { text: 'SPC', expected: 'Special Constable' },
    { text: 'Police Constable', expected: 'Police Constable' },
    { text: 'constable', expected: 'Police Constable' },
    { text: 'P.S.', expected: 'Police Sergeant' },
    { text: 'Sgt', expected: 'Police Sergeant' },
    { text: 'DS', expected: 'Detective Sergeant' },
    { text: 'detective  sergeant', expected: 'Detective Sergeant' },
    { text: 'Detective Chief Inspector', expected: 'Detective Chief Inspector' },
    { text: 'DCI', expected: 'Detective Chief Inspector' },
    { text: 'Ch Supt', expected: 'Chief Superintendent' },
    { text: 'Ch Insp', expected: 'Chief Inspector' },
    { text: 'Ch. Insp.', expected: 'Chief Inspector' },
    { text: 'Det. Supt', expected: 'Detective Superintendent' },
    { text: 'PCSO', expected: 'Police Community Support Officer' },
    // Welsh ranks, in Welsh word order and with the soft mutation.
    { text: 'Cwnstabl Heddlu', expected: 'Police Constable' },
    { text: 'Ditectif Ringyll', expected: 'Detective Sergeant' },
    { text: 'Prif Arolygydd', expected: 'Chief Inspector' },
    { text: 'Prif Gwnstabl Cynorthwyol', expected: 'Assistant Chief Constable' },
    { text: 'Police Staff', expected: 'Police Staff' },
    { text: 'Detention Officer', expected: 'Police Staff' },
    { text: 'Special Sergeant', expected: 'Special Constable' },
    { text: 'special inspector', expected: 'Special Constable' },
    { text: 'custody detention officer', expected: 'Police Staff' },
    { text: 'Contact Centre Operator', expected: 'Police Staff' },
    { text: 'call handler', expected: 'Police Staff' },
    { text: 'former PC', expected: 'Police Constable' },
    { text: 'ex-DS', expected: 'Detective Sergeant' },
    { text: 'Deputy Assistant Commissioner', expected: 'Deputy Assistant Commissioner' },
    { text: 'ACC', expected: 'Assistant Chief Constable' },
    { text: 'Special Constable', expected: 'Special Constable' },
    { text: 'officer', expected: null },
    { text: 'Judge', expected: null },
  ];
  for (const c of cases) it(`${c.text} -> ${c.expected}`, () => assert.equal(normaliseRank(c.text), c.expected));
});

describe('RANK_SOURCE', () => {
  const re = new RegExp(`^(?:${RANK_SOURCE})$`);
  const cases: { text: string; expected: boolean }[] = [
    { text: 'PC', expected: true },
    { text: 'DETECTIVE CONSTABLE', expected: true },
    { text: 'Detective\nConstable', expected: true },
    { text: 'pc', expected: false },
    { text: 'CID', expected: false },
    { text: 'Sergeant', expected: true },
    { text: 'SC', expected: true },
    { text: 'SPC', expected: true },
  ];
  for (const c of cases) it(JSON.stringify(c.text), () => assert.equal(re.test(c.text), c.expected));
});
