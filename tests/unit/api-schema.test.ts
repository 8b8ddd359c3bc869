import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, GraphQLEnumType, parse, validate } from 'graphql';
import { DOCUMENT_KINDS, FINDINGS, JR_RESULTS, OUTCOMES, TREATMENTS } from '../../src/domain/vocabulary.js';
import { depthLimit } from '../../src/server/depthLimit.js';
import { resolvers } from '../../src/server/resolvers/index.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const schema = buildSchema(await loadTypeDefs());

describe('schema/schema.graphql', () => {
  const cases: [string, readonly string[]][] = [
    ['DocumentKind', DOCUMENT_KINDS],
    ['Finding', FINDINGS],
    ['OutcomeKind', OUTCOMES],
    ['JrResult', JR_RESULTS],
    ['Treatment', TREATMENTS],
  ];
  for (const [name, values] of cases) {
    it(`enum ${name} lists exactly the stored vocabulary`, () => {
      const type = schema.getType(name);
      assert.ok(type instanceof GraphQLEnumType);
      assert.deepEqual(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
        [...values].sort(),
      );
    });
  }

  it('has a resolver map whose types and fields all exist in the SDL', () => {
    for (const [typeName, fields] of Object.entries(resolvers)) {
      const type = schema.getType(typeName);
      assert.ok(type && 'getFields' in type, `type ${typeName}`);
      const known = Object.keys(type.getFields());
      for (const field of Object.keys(fields)) assert.ok(known.includes(field), `${typeName}.${field}`);
    }
  });

  it('describes every object type and query field', () => {
    for (const field of Object.values(schema.getQueryType()!.getFields())) assert.ok(field.description, `Query.${field.name}`);
  });
});

describe('depth limit', () => {
  const errors = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]);

  it('counts nesting through fragments and inline fragments', () => {
    const q = `query { officer(id: "x") { ...P } } fragment P on Officer { proceedings { ... on Proceeding { officers { id } } } }`;
    assert.equal(errors(q, 4).length, 0);
    const [error] = errors(q, 3);
    assert.equal(error?.extensions.code, 'QUERY_TOO_DEEP');
  });

  it('leaves introspection alone', () => {
    assert.equal(errors(`{ __schema { types { fields { type { ofType { ofType { name } } } } } } }`, 2).length, 0);
  });
});
