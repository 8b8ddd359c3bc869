import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../ingest/extract/index.js';
import { toRecord } from '../../ingest/record.js';
import { DocText } from '../../ingest/text.js';

/** Whole documents written for these tests, in shapes the shared corpus does not have. */
const cases: { name: string; pages: string[]; expected: Record<string, unknown> }[] = [
  {
    name: 'two-officer outcome with a table of findings over two pages',
    pages: [
      'Thames Valley Police\nOutcome of misconduct hearing\nOfficers: Detective Inspector Priya Raman-Holt and PC 4471 Owen Fitch\n' +
        'Hearing: 3rd – 5th October 2022 at Sulhamstead\nThe Chair, Mr Roger Pemberton, found that DI Raman-Holt breached the standard of Honesty & Integrity and that this amounted to gross misconduct. ' +
        'A second allegation against DI Raman-Holt, concerning Orders and Instructions, was found not proven.',
      'PC Fitch was found to have breached Duties and Responsibilities; the breach amounted to misconduct.\n' +
        'Outcome: DI Raman-Holt was dismissed without notice and will be placed on the barred list. PC Fitch was given a written warning.\n' +
        'The allegations arose from events on 14.03.2021 when a woman, referred to as Miss Q, reported a burglary.',
    ],
    expected: {
      kind: 'hearing_outcome',
      force: 'Thames Valley Police',
      officers: [
        { name: 'Priya Raman-Holt', label: null, rank: 'Detective Inspector', former: false },
        { name: 'Owen Fitch', label: null, rank: 'Police Constable', former: false },
      ],
      complainants: ['Miss Q'],
      allegations: [
        { officer: 'Priya Raman-Holt', standard: 'Honesty and Integrity', finding: 'gross_misconduct' },
        { officer: 'Priya Raman-Holt', standard: 'Orders and Instructions', finding: 'not_proven' },
        { officer: 'Owen Fitch', standard: 'Duties and Responsibilities', finding: 'misconduct' },
      ],
      outcomes: [
        { officer: 'Priya Raman-Holt', outcome: 'dismissed_without_notice' },
        { officer: 'Priya Raman-Holt', outcome: 'barred_list' },
        { officer: 'Owen Fitch', outcome: 'written_warning' },
      ],
      dates: { incident: '2021-03-14', hearing: '2022-10-03', decision: null },
    },
  },
  {
    name: 'anonymised notice with labels and a listing of possible outcomes',
    pages: [
      'Durham Constabulary\nNotice of accelerated misconduct hearings\nThe following officers are subject to an anonymity direction and are referred to as Officer A and Officer B.\n' +
        'Officer A (Police Constable, Response)\nIt is alleged that Officer A used excessive force on 9 May 2024 against a detained man, referred to as Mr Z, contrary to the Standards of Professional Behaviour relating to Use of Force and Authority, Respect and Courtesy.\n' +
        'Officer B (Police Sergeant, Custody)\nIt is alleged that Officer B failed to report the use of force by Officer A, contrary to Challenging and Reporting Improper Conduct.\n' +
        'The hearings will take place on 12/06/2024. Possible outcomes include dismissal without notice.',
    ],
    expected: {
      kind: 'hearing_notice',
      force: 'Durham Constabulary',
      officers: [
        { name: null, label: 'Officer A', rank: 'Police Constable', former: false },
        { name: null, label: 'Officer B', rank: 'Police Sergeant', former: false },
      ],
      complainants: ['Mr Z'],
      allegations: [
        { officer: 'Officer A', standard: 'Use of Force', finding: null },
        { officer: 'Officer A', standard: 'Authority, Respect and Courtesy', finding: null },
        { officer: 'Officer B', standard: 'Challenging and Reporting Improper Conduct', finding: null },
      ],
      outcomes: [],
      dates: { incident: '2024-05-09', hearing: '2024-06-12', decision: null },
    },
  },
  {
    name: 'news article: a former PCSO, a named complainant who must not appear',
    pages: [
      'The Northern Echo\nEx-PCSO barred over data breach\nBy Mark Hughes, Home Affairs Correspondent\n' +
        'PCSO 5521 Liam McAllister, 29, of Cleveland Police, was found to have committed gross misconduct at a hearing on Tuesday 29th May 2018. ' +
        'Mr McAllister, who resigned before the hearing, would have been dismissed had he still been serving, the panel said. He will be placed on the barred list.\n' +
        'McAllister searched police systems for details of Jenny Walsh, who later complained to the force.',
    ],
    expected: {
      kind: 'other',
      force: 'Cleveland Police',
      officers: [{ name: 'Liam McAllister', label: null, rank: 'Police Community Support Officer', former: true }],
      allegations: [],
      outcomes: [
        { officer: 'Liam McAllister', outcome: 'would_have_been_dismissed' },
        { officer: 'Liam McAllister', outcome: 'barred_list' },
      ],
      dates: { incident: null, hearing: '2018-05-29', decision: null },
    },
  },
  {
    name: 'a force page listing several past outcomes, one record after another',
    pages: [
      'outcomes of recent hearings\nDate of Misconduct Hearing: 3 April 2019\nName of officer: Police Constable 1234 Adam Reeve\n' +
        'The conduct, and how it was said to amount to gross misconduct:\nPC Reeve falsified his pocket notebook.\n' +
        'FindingGross Misconduct- Honesty and Integrity, Duties and Responsibilities\nDisciplinary outcomePC Reeve was dismissed without notice\n' +
        'Date of Misconduct Hearing: 12 March 2019\nName of officer: Detective Constable 5678 Sian Kerr\n' +
        'The conduct, and how it was said to amount to gross misconduct:\nDC Kerr disclosed confidential information to a friend.\n' +
        'FindingMisconduct- Confidentiality\nDisciplinary outcomeDC Kerr was given a final written warning',
    ],
    expected: {
      kind: 'hearing_outcome',
      officers: [
        { name: 'Adam Reeve', label: null, rank: 'Police Constable', former: false },
        { name: 'Sian Kerr', label: null, rank: 'Detective Constable', former: false },
      ],
      allegations: [
        { officer: 'Adam Reeve', standard: 'Honesty and Integrity', finding: 'gross_misconduct' },
        { officer: 'Adam Reeve', standard: 'Duties and Responsibilities', finding: 'gross_misconduct' },
        { officer: 'Sian Kerr', standard: 'Confidentiality', finding: 'misconduct' },
      ],
      outcomes: [
        { officer: 'Adam Reeve', outcome: 'dismissed_without_notice' },
        { officer: 'Sian Kerr', outcome: 'final_written_warning' },
      ],
      dates: { incident: null, hearing: '2019-04-03', decision: null },
    },
  },
  {
    name: 'a quarterly results table whose columns put the sanction first and the officer last, with wrapped cells',
    pages: [
      'Wiltshire Police\nResults of misconduct proceedings, July to September 2024\n' +
        'Sanction | Heard on | Finding | Breach | Officer | Forum\n' +
        'Dismissed without notice, added to the barred list | 02/07/2024 | Gross misconduct | Equality and\nDiversity; Authority, Respect and Courtesy | PC 318 Tamsin Oakley | Misconduct hearing\n' +
        'Final written warning | 15/08/2024 | Misconduct | Confidentiality | DS 77 Roman Ostrowski |\nMisconduct meeting\n' +
        'No further action | 30/09/2024 | Not proven | Honesty and Integrity | PC 902 Lena Fairbrother | Misconduct hearing\n' +
        "PC Oakley made remarks about a colleague's religion over several months in 2023.\n",
    ],
    expected: {
      kind: 'hearing_outcome',
      officers: [
        { name: 'Tamsin Oakley', label: null, rank: 'Police Constable', former: false },
        { name: 'Roman Ostrowski', label: null, rank: 'Detective Sergeant', former: false },
        { name: 'Lena Fairbrother', label: null, rank: 'Police Constable', former: false },
      ],
      allegations: [
        { officer: 'Tamsin Oakley', standard: 'Equality and Diversity', finding: 'gross_misconduct' },
        { officer: 'Tamsin Oakley', standard: 'Authority, Respect and Courtesy', finding: 'gross_misconduct' },
        { officer: 'Roman Ostrowski', standard: 'Confidentiality', finding: 'misconduct' },
        { officer: 'Lena Fairbrother', standard: 'Honesty and Integrity', finding: 'not_proven' },
      ],
      outcomes: [
        { officer: 'Tamsin Oakley', outcome: 'dismissed_without_notice' },
        { officer: 'Tamsin Oakley', outcome: 'barred_list' },
        { officer: 'Roman Ostrowski', outcome: 'final_written_warning' },
        { officer: 'Lena Fairbrother', outcome: 'no_further_action' },
      ],
      dates: { incident: null, hearing: '2024-07-02', decision: null },
    },
  },
  {
    name: 'allegations as a bulleted list with the verdict in a later paragraph, inline "Finding:" labels and two-digit years',
    pages: [
      'Suffolk Constabulary\nMisconduct hearing outcome\nHearing date: 12/03/25\n' +
        'Allegations concerning PS Idris Halloran\n' +
        'It was alleged that PS Idris Halloran:\n' +
        '- on 02/11/24 shouted abuse at a detained woman in the charge room (Authority, Respect and Courtesy);\n' +
        '- later wrote a custody record entry he knew to be false (Honesty and Integrity).\n' +
        'Having heard from four witnesses, the panel found both allegations proven and that each was gross misconduct. PS Halloran was dismissed without notice.\n' +
        'Allegation concerning PC Wen Ashcombe\n' +
        'Allegation 1: Duties and Responsibilities - not checking the detainee at the required intervals, as she was a member of police staff. Finding: Proven. Misconduct.\n' +
        'PC Ashcombe was given a written warning.\n',
    ],
    expected: {
      kind: 'hearing_outcome',
      officers: [
        { name: 'Idris Halloran', label: null, rank: 'Police Sergeant', former: false },
        { name: 'Wen Ashcombe', label: null, rank: 'Police Constable', former: false },
      ],
      allegations: [
        { officer: 'Idris Halloran', standard: 'Authority, Respect and Courtesy', finding: 'gross_misconduct' },
        { officer: 'Idris Halloran', standard: 'Honesty and Integrity', finding: 'gross_misconduct' },
        { officer: 'Wen Ashcombe', standard: 'Duties and Responsibilities', finding: 'misconduct' },
      ],
      outcomes: [
        { officer: 'Idris Halloran', outcome: 'dismissed_without_notice' },
        { officer: 'Wen Ashcombe', outcome: 'written_warning' },
      ],
      dates: { incident: '2024-11-02', hearing: '2025-03-12', decision: null },
    },
  },
];

describe('extract (whole documents)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const doc = new DocText(c.pages.map((text, i) => ({ num: i + 1, text })));
      const x = extract(doc);
      const record = toRecord('x.pdf', x) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(c.expected)) assert.deepEqual(record[field], value, field);
      assert.ok(x.kindConfidence > 0);
      // Every fact points at the words it came from, on the right page.
      for (const a of x.allegations) assert.ok(doc.pages[a.source.page - 1]!.text.slice(a.source.start, a.source.end).length > 0);
    });
  }

  it("never outputs a complainant's real name", () => {
    const doc = new DocText([{ num: 1, text: cases[2]!.pages[0]! }]);
    const record = toRecord('x.pdf', extract(doc));
    assert.equal(record.complainants.length, 1);
    assert.ok(!JSON.stringify(record).includes('Walsh'));
  });
});
