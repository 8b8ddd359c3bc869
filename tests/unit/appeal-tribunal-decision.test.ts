import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../ingest/extract/index.js';
import { DocText } from '../../ingest/text.js';

const run = (text: string) => {
  const x = extract(new DocText([{ num: 1, text }]));
  const name = (key: string) => x.officers.find((o) => o.key === key)?.name ?? null;
  return {
    officers: x.officers.map((o) => [o.name, o.rank, o.former]),
    outcomes: x.outcomes.map((o) => [name(o.officerKey), o.outcome]),
  };
};

/**
 * Police appeals tribunal decisions: the officer is named once, in the "Appellant:" field, and the
 * tribunal's members (one of them a senior officer) are listed with ranks too.
 */
describe('appeals tribunal decision: the appellant is the subject', () => {
  const cases: { name: string; text: string; officers: unknown[]; outcomes: unknown[] }[] = [
    {
      name: 'a former sergeant as appellant, a chief superintendent sitting as a member',
      text: [
        'POLICE APPEALS TRIBUNAL',
        'Appellant: former Police Sergeant Idris Penhaligon-Rowe',
        'Respondent: Chief Constable of Devon and Cornwall Police',
        'Members: Mr J. Okoro (chair)',
        'Chief Superintendent L. Frayne',
        'Decision',
        '1. A misconduct panel found that the appellant had used a force vehicle for private journeys and that this was gross misconduct. He was dismissed without notice.',
        '2. The appeal fails. The appellant remains on the barred list.',
      ].join('\n'),
      officers: [['Idris Penhaligon-Rowe', 'Police Sergeant', true]],
      outcomes: [
        ['Idris Penhaligon-Rowe', 'dismissed_without_notice'],
        ['Idris Penhaligon-Rowe', 'barred_list'],
      ],
    },
    {
      name: 'the appellant field with a dash, and a listing that stays when the appeal is dismissed',
      text: [
        'APPEAL TO THE POLICE APPEALS TRIBUNAL - DECISION',
        'Appellant - Detective Constable Mei Lin Strachan',
        'Tribunal chair: Ms R. Osei KC',
        'Panel member: Assistant Chief Constable D. Harrowgate',
        '1. The panel found gross misconduct and imposed a final written warning.',
        "2. The tribunal dismisses the appeal; the officer's name stays on the advisory list.",
      ].join('\n'),
      officers: [['Mei Lin Strachan', 'Detective Constable', false]],
      outcomes: [
        ['Mei Lin Strachan', 'final_written_warning'],
        ['Mei Lin Strachan', 'advisory_list'],
      ],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const r = run(c.text);
      assert.deepEqual(r.officers, c.officers);
      assert.deepEqual(r.outcomes, c.outcomes);
    });
});
