import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgmentForce, partyForce } from '../../ingest/extract/judgment/force.js';
import { DocText } from '../../ingest/text.js';
import { judgmentWithParties, party } from '../fixtures/judgmentFacts.js';

const facts = judgmentWithParties;

describe('partyForce: a force in the forms parties are named', () => {
  const cases: [string, string | null][] = [
    ['The Commissioner of Police of the Metropolis', 'Metropolitan Police Service'],
    ['CHIEF CONSTABLE OF DYFED POWYS POLICE', 'Dyfed-Powys Police'],
    ['The Commissioner of Police for the City of London', 'City of London Police'],
    // Outside the England and Wales regime the graph covers (src/domain/forces.ts OUT_OF_SCOPE_BODIES): no force.
    ['Chief Constable of the Police Service of Northern Ireland', null],
    ['Police and Crime Commissioner for Wiltshire', 'Wiltshire Police'],
    ['British Transport Police Authority', 'British Transport Police'],
    ['Police Appeals Tribunal', null],
    ['Director General of the Independent Office for Police Conduct', null],
  ];
  for (const [name, force] of cases) it(name, () => assert.equal(partyForce(name), force));
});

describe('judgmentForce: from the parties, never from cited cases', () => {
  const doc = (text: string) => new DocText([{ num: 1, text }]);
  it('takes the claimant or defendant before an interested party', () => {
    const f = judgmentForce(
      doc('x'),
      facts([party('Owen Price', 'claimant'), party('Chief Constable of Gwent Police', 'defendant'), party('Chief Constable of South Wales Police', 'interested_party')]),
    );
    assert.equal(f, 'Gwent Police');
  });
  it('ignores a force named in a cited case when the parties name none', () => {
    const text =
      'Between:\nAMIR SHAH Claimant\nPOLICE APPEALS TRIBUNAL Defendant\n1. The claimant served with the Avon and Somerset force for ten years.\n' +
      '2. In Harper v Chief Constable of Durham [2011] EWHC 310 (Admin) and in Lowe v Chief Constable of Durham [2013] EWCA Civ 9 the court considered delay.';
    assert.equal(judgmentForce(doc(text), facts([party('Amir Shah', 'claimant'), party('Police Appeals Tribunal', 'defendant')])), 'Avon and Somerset Constabulary');
  });
  it('gives no force when only cited cases name one', () => {
    const text =
      'Between:\nAMIR SHAH Claimant\nPOLICE APPEALS TRIBUNAL Defendant\n1. In Harper v Chief Constable of Durham [2011] EWHC 310 (Admin) the court considered delay.';
    assert.equal(judgmentForce(doc(text), facts([party('Amir Shah', 'claimant'), party('Police Appeals Tribunal', 'defendant')])), null);
  });
});
