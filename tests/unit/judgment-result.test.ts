import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findJrResult } from '../../ingest/extract/judgment/jrResult.js';

describe('JR stage and result', () => {
  const cases: { name: string; text: string; result: string | null; judgment?: boolean }[] = [
    { name: 'claim dismissed', text: '40. For these reasons the claim is dismissed.', result: 'dismissed' },
    { name: 'claim fails and is dismissed', text: '40. This claim for judicial review fails and is dismissed.', result: 'dismissed' },
    { name: 'I dismiss the claim', text: '40. I therefore dismiss the claim for judicial review.', result: 'dismissed' },
    {
      name: 'joined claims dismissed together',
      text: '52. Each officer has failed on every ground. Both claims for judicial review are therefore dismissed.',
      result: 'dismissed',
    },
    { name: 'I dismiss both claims', text: '52. For these reasons I dismiss both the claims.', result: 'dismissed' },
    { name: 'the applications allowed', text: '70. The applications for judicial review are allowed.', result: 'allowed' },
    { name: 'rolled-up: permission granted, claim dismissed', text: '30. I grant permission but dismiss the claim.', result: 'dismissed' },
    { name: 'I would dismiss the appeal', text: '13. For these reasons I would dismiss the appeal.\n14. I agree.', result: 'appeal_dismissed' },
    { name: 'we allow the appeal', text: "61. For those reasons we allow this appeal and set aside the judge's order.", result: 'appeal_allowed' },
    { name: 'appeal is allowed', text: '60. The appeal is allowed.', result: 'appeal_allowed' },
    {
      name: 'permission refused',
      text: '11. No ground has a realistic prospect of success, so permission to apply for judicial review is refused.',
      result: 'permission_refused',
    },
    { name: 'I refuse permission', text: '9. I refuse permission to apply for judicial review.', result: 'permission_refused' },
    { name: 'renewed application refused', text: '9. The renewed application is accordingly refused.', result: 'permission_refused' },
    { name: 'permission granted', text: '5. Permission to apply for judicial review is granted on all grounds.', result: 'permission_granted' },
    { name: 'claim allowed', text: '50. The claim succeeds and is allowed.', result: 'allowed' },
    { name: 'decision quashed', text: '50. The claim succeeds. The decision of the panel is quashed.', result: 'quashed' },
    // A partial allowance: the quashing or remittal that follows covers one ground only, so the claim's result stands.
    {
      name: 'allowed in part, the decision quashed so far as it concerns one ground',
      text: '31. The claim is therefore allowed in part. The review decision is quashed to the extent that it deals with the search, and the rest of the claim is dismissed.',
      result: 'allowed',
    },
    {
      name: 'succeeds in part, the matter remitted on one allegation',
      text: '[44] This application for judicial review succeeds in part. The finding on the second allegation is quashed and remitted to a new panel.',
      result: 'allowed',
    },
    { name: 'I allow the claim in part', text: '19. I allow the claim in part and quash the decision on the first complaint only.', result: 'allowed' },
    { name: 'a claim partly successful', text: '52. The claim is partly successful: the sanction is quashed.', result: 'allowed' },
    { name: 'an appeal allowed in part is still an appeal result', text: '70. We allow the appeal in part. The decision is quashed.', result: 'appeal_allowed' },
    { name: 'quashed and remitted', text: '[15] The decision is quashed and the matter remitted to a fresh panel.', result: 'remitted' },
    { name: 'quash and remit', text: '[15] I will quash the decision and remit the question of outcome to the panel.', result: 'remitted' },
    {
      name: 'sent back in plain words',
      text: '[51] The challenge succeeds and the reduction in rank is quashed. The question of sanction must go back to a differently constituted panel.',
      result: 'remitted',
    },
    {
      name: 'remitted in separate sentences',
      text: '[15] The decision on outcome is quashed. The matter is remitted to a differently constituted panel.',
      result: 'remitted',
    },
    { name: 'substituted', text: '14. I therefore quash the decision and substitute a decision that the officer be dismissed without notice.', result: 'substituted' },
    // The court names the power it uses; the decision it puts in place dismisses the appeal the tribunal heard.
    {
      name: 'a substitution made under a named power, its decision dismissing the appeal below',
      text: "[30] The decision is quashed. Exercising the power in section 31(5A) of the 1981 Act, I substitute for the tribunal's order a decision that the officer's appeal is dismissed.",
      result: 'substituted',
    },
    {
      name: 'news reports a substitution',
      text: "Finding that only one outcome was open, the judge in the High Court substituted her own decision for the panel's.",
      result: 'substituted',
      judgment: false,
    },
    {
      name: 'earlier stage in the past tense',
      text: '2. Permission was refused on the papers by Smith J on 4 March 2024. His appeal to the tribunal was dismissed.',
      result: null,
    },
    {
      name: 'a submission to substitute is not an order',
      text: '[21] Counsel invited me to substitute a finding that the officer be dismissed. I do not accept that invitation.\n[22] The decision is quashed and the matter is remitted.',
      result: 'remitted',
    },
    {
      name: 'a conditional power is not an order',
      text: '13. Section 31(5) permits the court, where it quashes a decision, to substitute its own decision if there was only one possible outcome.',
      result: null,
    },
    { name: 'negated', text: '47. We are not persuaded that the judge below was right to quash the finding.', result: null },
    { name: 'other case held', text: '20. In Smith the court held that the decision must be quashed.', result: null },
    {
      name: 'the last order wins over an earlier one',
      text: '5. Permission to apply for judicial review is granted.\n' + 'x '.repeat(3000) + '\n40. The claim is dismissed.',
      result: 'dismissed',
    },
    {
      name: 'costs and permission to appeal after the order do not displace it',
      text: '40. The claim is dismissed. Permission to appeal is refused. I make no order as to costs.',
      result: 'dismissed',
    },
    { name: 'order quashing', text: '40. I shall make an order quashing the decision.', result: 'quashed' },
    { name: 'order shorthand', text: 'ORDER\nPermission refused.\nReasons: the grounds are not arguable', result: 'permission_refused' },
    { name: 'a quoted order of the court below', text: '10. The judge said: “I would dismiss the claim.” We disagree with her reasons.', result: null },
    { name: 'relief sought is not relief granted', text: '3. The claimant asks for a quashing order.', result: null },
    { name: 'notice without a ruling', text: 'The officer was dismissed without notice. The appeal will be heard later.', result: null, judgment: false },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(findJrResult(c.text, c.judgment ?? true)?.result ?? null, c.result));
  }
});
