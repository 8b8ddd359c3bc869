import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNamedOfficers, withDescribedLabelRanks, withLeftLabels } from '../../ingest/extract/review/index.js';
import { DocText } from '../../ingest/text.js';
import type { OfficerFact } from '../../src/domain/extraction.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);
const named = (text: string, existing: OfficerFact[] = []) =>
  findNamedOfficers(doc(text), existing, new Set(), 'Kent Police').map((o) => [o.key, o.name, o.rank, o.former]);

describe('officers a review names', () => {
  const cases: { text: string; want: unknown[][] }[] = [
    { text: 'In 2021 PC Orrin Vellacott was posted to the command.', want: [['o1', 'Orrin Vellacott', 'Police Constable', null]] },
    { text: 'The case of former PC Gideon Tarrow shows the pattern.', want: [['o1', 'Gideon Tarrow', 'Police Constable', true]] },
    { text: 'The offences of a serving police officer, Tobias Grayle, came to light in 2022.', want: [['o1', 'Tobias Grayle', null, null]] },
    { text: 'Marcus Fenwright, a serving Met officer, was vetted twice.', want: [['o1', 'Marcus Fenwright', null, null]] },
    { text: 'Dorian Selkirk pleaded guilty to 30 offences.', want: [['o1', 'Dorian Selkirk', null, null]] },
    { text: 'Detective Sergeant Ines Calloway told the Review that vetting was rushed.', want: [] },
    { text: 'Chief Constable Amara Holt accepted the findings.', want: [] },
    { text: 'The murder of Elspeth Marrable shocked the country.', want: [] },
    {
      text: 'PC Halden Crewe joined in 2015. PC Crewe was dismissed in 2020. Detective Constable Fenn Oduya left in 2019.',
      want: [
        ['o1', 'Halden Crewe', 'Police Constable', null],
        ['o2', 'Fenn Oduya', 'Detective Constable', null],
      ],
    },
  ];
  for (const c of cases) it(JSON.stringify(c.text.slice(0, 50)), () => assert.deepEqual(named(c.text), c.want));

  it('leaves out officers already found and numbers new keys after them', () => {
    const existing = [{ key: 'o1', name: 'Halden Crewe' } as OfficerFact];
    assert.deepEqual(named('PC Halden Crewe and PC Ruth Amberley served together.', existing), [['o2', 'Ruth Amberley', 'Police Constable', null]]);
  });

  describe('officers a review anonymises in its case studies', () => {
    const labelled = (text: string, existing: OfficerFact[] = []) =>
      findNamedOfficers(doc(text), existing, new Set(), null).map((o) => [o.key, o.label, o.rank, o.former]);
    const cases: { text: string; existing?: OfficerFact[]; want: unknown[][] }[] = [
      { text: 'Example 3. Officer K, a sergeant on the dog unit, sent the messages.', want: [['o1', 'Officer K', 'Police Sergeant', null]] },
      { text: 'Officer C2, a former detective constable, was barred.', want: [['o1', 'Officer C2', 'Detective Constable', true]] },
      // Already found by the subject extractor: the label is not found twice.
      {
        text: 'Officer K, a sergeant, and Officer M, a constable, shared the chat.',
        existing: [{ key: 'o1', name: null, label: 'Officer K' } as OfficerFact],
        want: [['o2', 'Officer M', 'Police Constable', null]],
      },
      // A label with no description of the officer is left to the subject extractor.
      { text: 'The panel heard from Officer Q about the search.', want: [] },
    ];
    for (const c of cases) it(c.text, () => assert.deepEqual(labelled(c.text, c.existing), c.want));
  });

  describe('ranks described before the label', () => {
    const ranked = (text: string, labels: string[]) => {
      const officers = labels.map((label, i) => ({ key: `o${i + 1}`, name: null, label, rank: null, rankText: null, former: null }) as unknown as OfficerFact);
      withDescribedLabelRanks(doc(text), officers);
      return officers.map((o) => [o.label, o.rank, o.former]);
    };
    const cases: { text: string; labels: string[]; want: unknown[][] }[] = [
      {
        text: 'Late in 2029 a detective sergeant on the burglary squad, referred to here as Officer M, deleted an entry.',
        labels: ['Officer M'],
        want: [['Officer M', 'Detective Sergeant', null]],
      },
      {
        text: 'A member of police staff employed as a custody clerk at Ashgrove, referred to as Officer T, lost the property.',
        labels: ['Officer T'],
        want: [['Officer T', 'Police Staff', null]],
      },
      {
        text: 'An ex-colleague, a former inspector in the dog section, known in this report as Officer V, gave advice.',
        labels: ['Officer V'],
        want: [['Officer V', 'Inspector', true]],
      },
      {
        text: 'Officer 3 transferred from another force and in 2031 was a detective inspector. Officer 4, a dispatcher employed as police staff, kept the log.',
        labels: ['Officer 3', 'Officer 4'],
        want: [
          ['Officer 3', 'Detective Inspector', null],
          ['Officer 4', 'Police Staff', null],
        ],
      },
      // The label in brackets after the description, quoted or with "referred to as" inside.
      {
        text: 'A roads sergeant ("Officer K") stopped the car. A duty inspector in the control room (referred to here as "Officer L") took the call.',
        labels: ['Officer K', 'Officer L'],
        want: [
          ['Officer K', 'Police Sergeant', null],
          ['Officer L', 'Inspector', null],
        ],
      },
      // The role-word vocabulary is shared with the judgments' unit finder: "detention" reads as "custody" does.
      { text: 'A detention sergeant (Officer J) booked the man in.', labels: ['Officer J'], want: [['Officer J', 'Police Sergeant', null]] },
      // A rank in an earlier sentence is another person's: the description stops at the full stop.
      { text: 'The sergeant was told. A colleague, referred to as Officer W, did not respond.', labels: ['Officer W'], want: [['Officer W', null, null]] },
    ];
    for (const c of cases) it(c.text.slice(0, 60), () => assert.deepEqual(ranked(c.text, c.labels), c.want));
  });

  describe('labelled officers the case says have left', () => {
    const left = (text: string, labels: string[]) => {
      const officers = labels.map((label, i) => ({ key: `o${i + 1}`, name: null, label, rank: null, rankText: null, former: null }) as unknown as OfficerFact);
      withLeftLabels(doc(text), officers);
      return officers.map((o) => [o.label, o.former]);
    };
    const cases: { text: string; labels: string[]; want: unknown[][] }[] = [
      {
        text: 'Officer G, a sergeant, had hidden a caution. Officer G retired in 2030 before the panel sat; Officer H stayed on.',
        labels: ['Officer G', 'Officer H'],
        want: [
          ['Officer G', true],
          ['Officer H', null],
        ],
      },
      { text: 'Officer Z then resigned from the gym committee.', labels: ['Officer Z'], want: [['Officer Z', true]] },
      // A colleague leaving after the label's sentence is not the officer leaving.
      { text: 'A witness against Officer Y resigned soon after.', labels: ['Officer Y'], want: [['Officer Y', null]] },
    ];
    for (const c of cases) it(c.text.slice(0, 60), () => assert.deepEqual(left(c.text, c.labels), c.want));
  });

  it('never takes a complainant for an officer', () => {
    const out = findNamedOfficers(doc('a serving police officer, Complainant ABCDEF, spoke'), [], new Set(), null);
    assert.deepEqual(out, []);
  });
});
