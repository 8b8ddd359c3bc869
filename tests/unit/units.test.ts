import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractUnits } from '../../ingest/extract/units.js';
import { DocText } from '../../ingest/text.js';

describe('extractUnits', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'Posting at the time of the matters alleged: Roads Policing Unit, Chichester', expected: ['Roads Policing Unit'] },
    { text: 'Posting Criminal Investigation Department, Southern Area Command', expected: ['Criminal Investigation Department', 'Southern Area Command'] },
    { text: 'PC A – North West Basic Command Unit\nCommand / unit North West Basic Command Unit (Barnet)', expected: ['North West Basic Command Unit'] },
    { text: 'both officers were attached to the Birmingham East\nLocal Policing Area and worked shifts', expected: ['Birmingham East Local Policing Area'] },
    { text: 'a constable in Avon and Somerset Police\'s Operational Support\nUnit, was sacked', expected: ['Operational Support Unit'] },
    { text: 'Unit at time of\nconduct Southampton CID\nHearing dates', expected: ['Southampton CID'] },
    { text: 'Misconduct hearing outcome: Inspector Jo Bloggs\nEastern Division | Hearing held', expected: ['Eastern Division'] },
    { text: 'PC Hale of the Territorial Support Group (TSG) and the Directorate of Professional Standards', expected: ['Territorial Support Group'] },
    { text: 'He consulted the Occupational Health Unit and the Professional Standards Department.', expected: [] },
    { text: 'instructed by the Government Legal Department; IN THE HIGH COURT, Queen\'s Bench Division', expected: [] },
    { text: 'He served in the Parliamentary and Diplomatic Protection Command (PaDP) and later in PaDP again.', expected: ['Parliamentary and Diplomatic Protection Command'] },
  ];
  for (const c of cases) it(c.text.slice(0, 50), () => assert.deepEqual(extractUnits(new DocText([{ num: 1, text: c.text }])).map((u) => u.name), c.expected));
});
