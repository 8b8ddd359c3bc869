import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDecisionBelow } from '../../ingest/extract/judgment/decisionBelow.js';
import { findJrResult } from '../../ingest/extract/judgment/jrResult.js';
import { DocText } from '../../ingest/text.js';

describe("findJrResult: this court's own disposal, never the body below", () => {
  const cases: { name: string; text: string; court?: string; result: string | null }[] = [
    {
      name: 'the tribunal decided an appeal should be allowed',
      text: '4. The Tribunal decided that the appeal should be allowed and a written warning imposed.',
      result: null,
    },
    { name: "the panel's conclusion stated as present tense", text: '6. The panel’s conclusion was that the allegation is dismissed as not proven.', result: null },
    { name: 'the appeals tribunal, abbreviated, with a bracketed date', text: '3. The PAT (on 2 May 2021) concluded that the appeal succeeds in part.', result: null },
    {
      name: 'the judge below in an appeal judgment',
      text: '2. The judge held that the claim for judicial review is dismissed on every ground.',
      court: 'EWCA Civ',
      result: null,
    },
    {
      name: 'a named High Court judge below, reported in an appeal',
      text: '5. Holroyd J ordered that the decision is quashed and remitted.',
      court: 'EWCA Civ',
      result: null,
    },
    {
      name: 'a result followed by the tribunal as its maker',
      text: '8. The appeal is allowed by the tribunal in such cases only where the finding was unreasonable.',
      result: null,
    },
    {
      name: 'a wrapped line of prose starting with the words of a shorthand order',
      text: '3. The claim was lodged in May and\npermission granted by the single judge on the papers.',
      result: null,
    },
    { name: 'an order quashing made by someone else', text: '7. The judge made an order quashing the finding of the panel.', court: 'EWCA Civ', result: null },
    {
      name: 'the tribunal substituted its own decision, recounted in a judgment',
      text: '9. The tribunal substituted its own decision of a final written warning.',
      result: null,
    },
    {
      name: "this court's order naming the tribunal only as the object",
      text: "60. For these reasons the claim succeeds. The Tribunal's decision is quashed.",
      result: 'quashed',
    },
    {
      name: 'first-person appeal disposal in the Court of Appeal',
      text: '41. For the reasons I have given I would dismiss this appeal.',
      court: 'EWCA Civ',
      result: 'appeal_dismissed',
    },
    {
      name: 'granting the relief the claim sought, which was to quash',
      text: '1. The claimant seeks an order quashing the direction of the appeals tribunal. These are my reasons for my decision to refuse the adjournment and grant the relief sought.',
      result: 'quashed',
    },
    {
      name: 'the relief sought without a quashing order is an allowed claim',
      text: '1. The claimant seeks a declaration. I grant the relief sought.',
      result: 'allowed',
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(findJrResult(c.text, true, c.court ?? 'EWHC (Admin)')?.result ?? null, c.result));
});

describe('findDecisionBelow: the decision under challenge as its own step', () => {
  const doc = (text: string) => new DocText([{ num: 1, text }]);
  const cases: { name: string; text: string; court: string; expected: { body: string; result: string | null; date: string | null } | null }[] = [
    {
      name: 'a chief constable challenges the appeals tribunal, which allowed the officer’s appeal',
      text: 'Heading\n1. In this claim the Chief Constable challenges the decision of the Police Appeals Tribunal dated 3 February 2022. The Tribunal allowed an appeal by the sergeant against dismissal.',
      court: 'EWHC (Admin)',
      expected: { body: 'police appeals tribunal', result: 'appeal_allowed', date: '2022-02-03' },
    },
    {
      name: 'an appeal from the High Court, which dismissed the claim',
      text: 'Heading\n1. This is an appeal against the order of the Administrative Court dismissing the claimant’s claim for judicial review.',
      court: 'EWCA Civ',
      expected: { body: 'High Court', result: 'dismissed', date: null },
    },
    {
      name: 'a misconduct panel, with its date before the words "decision of"',
      text: 'Heading\n1. The claimant challenges the 12 August 2021 decision of a misconduct panel to dismiss him without notice.',
      court: 'EWHC (Admin)',
      expected: { body: 'misconduct panel', result: null, date: '2021-08-12' },
    },
    {
      name: 'the employment appeal tribunal, abbreviated when its result is given',
      text: 'Heading\n1. This is an appeal by the former constable against a judgment of the Employment Appeal Tribunal given on 5 May 2015. The EAT dismissed his appeal.',
      court: 'EWCA Civ',
      expected: { body: 'employment appeal tribunal', result: 'appeal_dismissed', date: '2015-05-05' },
    },
    {
      name: 'a High Court judgment names no court below itself',
      text: 'Heading\n1. The judge below, at the High Court, was asked nothing; this is a claim for damages.',
      court: 'EWHC (Admin)',
      expected: null,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const d = findDecisionBelow(doc(c.text), c.court);
      assert.deepEqual(d && { body: d.body, result: d.result, date: d.date }, c.expected);
    });
  }
});

describe('findJrResult: rules and quotations are not orders', () => {
  const cases: [string, string, string | null][] = [
    ['a rule that states when an appeal is allowed', '12. Under the rules the appeal shall be allowed where the finding was unreasonable.', null],
    ['a straight-quoted line of the decision below', '13. Its decision read: "The appeal is allowed and the sanction is reduced."', null],
    ['the same words as the order of this court', '40. The appeal is allowed.', 'appeal_allowed'],
    ['a judge proposing the disposal', '52. For these reasons I propose to dismiss this appeal.', 'appeal_dismissed'],
    ['a claim that must fail, stated by the court', '3. In my judgment the claim must fail on each ground.', 'dismissed'],
    ['a claim that must fail, in a submission', '3. Counsel submitted that the claim must fail on each ground.', null],
    ['the application for judicial review granted', '70. The application for judicial review is granted.', 'allowed'],
    ['the application for judicial review refused by the judge', '70. I refuse the application for judicial review.', 'dismissed'],
    ['the application for permission granted is only permission', '5. The application for permission to apply for judicial review is granted.', 'permission_granted'],
    ["this court quashing the tribunal's decision that names what it decided", "61. The Tribunal's decision that the officer be reinstated is quashed.", 'quashed'],
  ];
  for (const [name, text, result] of cases) it(name, () => assert.equal(findJrResult(text, true, 'EWCA Civ')?.result ?? null, result));
});
