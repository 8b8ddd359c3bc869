import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUnit } from '../../src/domain/units.js';

describe('canonicalUnit', () => {
  const cases: [string, string][] = [
    ['PaDP', 'Parliamentary and Diplomatic Protection Command'],
    ['the Parliamentary and Diplomatic Protection Command', 'Parliamentary and Diplomatic Protection Command'],
    ['Parliamentary and Diplomatic\nProtection', 'Parliamentary and Diplomatic Protection Command'],
    ['TSG', 'Territorial Support Group'],
    ['territorial support group', 'Territorial Support Group'],
    ['SCO19', 'Specialist Firearms Command'],
    ['Southampton CID', 'Southampton CID'],
    ['Cardiff Central Proactive Team', 'Cardiff Central Proactive Team'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(canonicalUnit(input), expected));
  }
});
