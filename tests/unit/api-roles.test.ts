import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, isObjectType } from 'graphql';
import { ROLES, type Role } from '../../src/server/auth.js';
import { atLeast, FIELD_RULES, withRoleRules } from '../../src/server/roles.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const schema = buildSchema(await loadTypeDefs());

describe('role rules table', () => {
  for (const rule of FIELD_RULES) {
    it(`${rule.type}.${rule.field} exists in the schema`, () => {
      const type = schema.getType(rule.type);
      assert.ok(type && isObjectType(type) && type.getFields()[rule.field], `${rule.type}.${rule.field} is not in the schema`);
    });
  }

  const guarded = withRoleRules({ T: { secret: () => 'inner', shown: () => 'always' } } as Record<string, Record<string, unknown>>, [
    { type: 'T', field: 'secret', role: 'investigator', mode: 'forbid', why: 'test' },
    { type: 'T', field: 'quiet', role: 'operator', mode: 'hide', why: 'test' },
  ]);
  const call = (field: string, role: Role) =>
    (guarded.T![field] as (p: unknown, a: unknown, c: unknown, i: unknown) => unknown)({ quiet: 'value' }, {}, { role }, { fieldName: field });

  const cases: [string, Role, unknown][] = [
    ['secret', 'reader', 'FORBIDDEN'],
    ['secret', 'investigator', 'inner'],
    ['secret', 'operator', 'inner'],
    ['quiet', 'reader', null],
    ['quiet', 'investigator', null],
    ['quiet', 'operator', 'value'],
  ];
  for (const [field, role, expected] of cases) {
    it(`${field} as ${role} gives ${String(expected)}`, () => {
      if (expected === 'FORBIDDEN') {
        assert.throws(
          () => call(field, role),
          (e: any) => e.extensions?.code === 'FORBIDDEN',
        );
      } else {
        assert.equal(call(field, role), expected);
      }
    });
  }
  it('leaves fields without a rule alone', () => assert.equal(call('shown', 'reader'), 'always'));
  it('orders roles', () =>
    assert.deepEqual(
      ROLES.map((r) => atLeast(r, 'investigator')),
      [false, true, true],
    ));
});
