import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from '../../ingest/extract/index.js';
import { DocText } from '../../ingest/text.js';

/** A judgment heading around one paragraph of its body. */
const judgment = (body: string) =>
  [
    'Neutral Citation Number: [2026] EWHC 4321 (Admin)',
    'IN THE HIGH COURT OF JUSTICE',
    'Between:',
    'THE KING (on the application of ZKW) Claimant',
    '- and -',
    'INDEPENDENT OFFICE FOR POLICE CONDUCT Defendant',
    '- and -',
    'SERGEANT MARTA VOLKOVA Interested Party',
    'Hearing date: 2 March 2026',
    'JUDGMENT',
    body,
  ].join('\n');

const findings = (body: string) => Object.fromEntries(extract(new DocText([{ num: 1, text: judgment(body) }])).allegations.map((a) => [a.standard, a.finding]));

describe('judgment: findings of the decision under review stated in the negative', () => {
  const cases: { name: string; body: string; expected: Record<string, string | null> }[] = [
    {
      name: '"no indication" of a breach, in a paragraph recounting a no case to answer decision',
      body: '1. The appropriate authority concluded that Sergeant Volkova had no case to answer. Its letter said there was no indication that she had breached the Standards of Professional Behaviour for Confidentiality or for Authority, Respect and Courtesy.',
      expected: { Confidentiality: 'no_case_to_answer', 'Authority, Respect and Courtesy': 'no_case_to_answer' },
    },
    {
      name: '"nothing to suggest" a breach, with no case to answer named nowhere, is not proven',
      body: '1. After a hearing the panel said there was nothing to suggest that Sergeant Volkova breached the Standard of Professional Behaviour relating to Orders and Instructions.',
      expected: { 'Orders and Instructions': 'not_proven' },
    },
    {
      name: 'a breach found outright keeps its own finding',
      body: '1. The panel found that Sergeant Volkova had breached the Standard of Professional Behaviour relating to Duties and Responsibilities and that this was misconduct.',
      expected: { 'Duties and Responsibilities': 'misconduct' },
    },
    {
      name: 'a negation in an earlier sentence does not reach a Standard in the next',
      body: '1. There was no evidence that the sergeant breached any rule about overtime. The complaint alleged that Sergeant Volkova breached the Standard relating to Fitness for Work.',
      expected: { 'Fitness for Work': null },
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(findings(c.body), c.expected));
});
