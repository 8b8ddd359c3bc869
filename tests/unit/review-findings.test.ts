import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findParagraphs } from '../../ingest/extract/judgment/paragraphs.js';
import { extractReview } from '../../ingest/extract/review/index.js';
import { DocText } from '../../ingest/text.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));
const findings = (d: DocText) =>
  extractReview(d, findParagraphs(d.text), 'Metropolitan Police Service').findings.map((f) => [
    f.paragraph,
    f.cue,
    f.subjects.map((s) => `${s.type}:${s.name}|${s.text}|${s.via}`),
  ]);

describe('review findings about units and forces', () => {
  const cases: { name: string; text: string; want: unknown[][] }[] = [
    {
      name: 'a unit named in a sentence of what the reviewers found',
      text: '3.1 Introduction.\n3.2 We found that the Territorial Support Group rarely recorded stop and search outcomes.',
      want: [['3.2', 'We found', ['unit:Territorial Support Group|Territorial Support Group|named']]],
    },
    {
      name: 'an abbreviation the review defines, found again later',
      text: '3.1 The Marine Policing Unit (MPU) patrols the river.\n3.2 Officers told the Review that the MPU had a culture of silence.',
      want: [['3.2', 'told the Review', ['unit:Marine Policing Unit|MPU|named']]],
    },
    {
      name: '"the command" refers back to the unit named before it',
      text: '4.1 Royal and Specialist Protection guards residences.\n4.2 We heard the command described as "a closed shop".',
      want: [['4.2', 'We heard', ['unit:Royal and Specialist Protection|the command|context']]],
    },
    {
      name: "under a unit's heading, the reviewers' own finding is about that unit",
      text: '5.1 Other matters.\nTerritorial Support Group\n5.2 But we also found a culture in which challenge was discouraged.',
      want: [['5.2', 'we also found', ['unit:Territorial Support Group|Territorial Support Group|context']]],
    },
    {
      name: 'a force named with a failing, and a unit named only as a destination is left out',
      text: '6.1 The Met does not record which unit an officer served in.\n6.2 The Territorial Support Group failed to pass cases to the Directorate of Professional Standards.',
      want: [
        ['6.1', 'does not', ['force:Metropolitan Police Service|The Met|named']],
        ['6.2', 'failed', ['unit:Territorial Support Group|Territorial Support Group|named']],
      ],
    },
    { name: 'a description without a finding is not a finding', text: '7.1 The Territorial Support Group has around 700 officers.', want: [] },
    {
      name: 'a recommendation is not a finding',
      text: '8.1 Closing.\nRecommendation 3\nThe Territorial Support Group should not be allowed to investigate its own officers.',
      want: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(findings(doc(c.text)), c.want));

  it('keeps page, offsets and the sentence as the quote', () => {
    const d = doc('Cover page', '2.1 Intro. We found that the TSG failed to supervise probationers.\n2.2 End.');
    const [f] = extractReview(d, findParagraphs(d.text), 'Metropolitan Police Service').findings;
    assert.deepEqual(f?.source, { page: 2, start: 11, end: 66, quote: 'We found that the TSG failed to supervise probationers.' });
    assert.equal(f?.text, f?.source.quote);
  });
});
