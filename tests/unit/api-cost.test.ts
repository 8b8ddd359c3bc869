import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { costError, DEFAULT_LIST_SIZE, operationCost } from '../../src/server/costLimit.js';
import { DEFAULT_PAGE_SIZE } from '../../src/server/cursor.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const schema = buildSchema(await loadTypeDefs());
const MAX_PAGE = 100;

/** Cost of each operation in `query`, in document order. */
function costs(query: string, options: { maxPageSize?: number; defaultListSize?: number } = {}, variables?: Record<string, unknown>): number[] {
  const doc = parse(query);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => operationCost(schema, op, fragments, { maxPageSize: MAX_PAGE, ...options }, variables));
}

const cost = (query: string, options?: { maxPageSize?: number; defaultListSize?: number }) => costs(query, options)[0];

describe('query cost estimate', () => {
  const L = DEFAULT_LIST_SIZE;
  const table: [string, string, number][] = [
    ['one object, scalars free', `{ officer(id: "x") { id name rank } }`, 1],
    ['nested objects', `{ statistics { grossMisconductOutcomes { dismissed } } }`, 2],
    ['a list without `first` counts the default list size', `{ officer(id: "x") { allegations { finding } } }`, 1 + L],
    ['objects inside list items multiply', `{ officer(id: "x") { allegations { finding source { quote document { id } } } } }`, 1 + L * 3],
    ['a connection multiplies its edges by `first`', `{ documents(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } }`, 1 + 1 + 5 * 2],
    ['a connection without `first` uses the server default page', `{ documents { edges { node { id } } } }`, 1 + DEFAULT_PAGE_SIZE * 2],
    ['a list field with `first`', `{ document(id: "x") { pages(first: 3) { number } } }`, 1 + 3],
    ['lists within lists', `{ officers(first: 10) { edges { node { proceedings { officers { id } } } } } }`, 1 + 10 * (2 + L * (1 + L))],
    ['named fragments count like inline selections', `{ officer(id: "x") { ...F } } fragment F on Officer { allegations { finding } }`, 1 + L],
    ['inline fragments', `{ officer(id: "x") { ... on Officer { outcomes { outcome } } } }`, 1 + L],
    ['aliases run twice and count twice', `{ a: officer(id: "x") { allegations { id } } b: officer(id: "y") { allegations { id } } }`, 2 * (1 + L)],
    ['introspection is free', `{ __schema { types { name fields { name type { name } } } } }`, 0],
    ['mutations are counted too', `mutation { mergeOfficers(keepId: "a", mergeId: "b") { id mentions { id } } }`, 1 + L],
    ['`first: 0` asks for nothing below', `{ uncertainMatches(first: 0) { mention { id } candidates { officer { id } } } }`, 0],
    [
      'investigator lists',
      `{ connectedOfficers(officerId: "x", first: 4) { officer { id } path { from { id } links { unit { id } } } } }`,
      4 * (1 + 1 + L * (1 + 1 + L * 2)),
    ],
  ];
  for (const [name, query, expected] of table) {
    it(name, () => assert.equal(cost(query), expected));
  }

  it('counts a variable `first` as the value sent, else its default, else the field default', () => {
    const withDefault = `query($n: Int = 0) { documents(first: $n) { edges { node { id } } } }`;
    const without = `query($n: Int) { documents(first: $n) { edges { node { id } } } }`;
    assert.equal(costs(withDefault, {}, { n: 100 })[0], 1 + 100 * 2, 'the default must not hide the value sent');
    assert.equal(costs(withDefault, {}, {})[0], 1);
    assert.equal(costs(without, {}, { n: 3 })[0], 1 + 3 * 2);
    assert.equal(costs(without, {}, {})[0], 1 + DEFAULT_PAGE_SIZE * 2);
  });

  it('without variables at hand counts a variable `first` as the largest page allowed, whatever its default', () => {
    assert.equal(cost(`query($n: Int = 3) { documents(first: $n) { edges { node { id } } } }`), 1 + MAX_PAGE * 2);
    assert.equal(cost(`query($n: Int) { documents(first: $n) { edges { node { id } } } }`, { maxPageSize: 7 }), 1 + 7 * 2);
  });

  it('uses the given default list size', () => {
    assert.equal(cost(`{ officer(id: "x") { allegations { finding } } }`, { defaultListSize: 3 }), 1 + 3);
  });

  it('does not loop on a fragment cycle (graphql reports the cycle itself)', () => {
    const q = `{ officer(id: "x") { ...A } } fragment A on Officer { proceedings { officers { ...A } } }`;
    assert.equal(cost(q), 1 + L * (1 + L));
  });
});

describe('cost limit', () => {
  const refusal = (query: string, max: number, variables: Record<string, unknown> = {}) => {
    const doc = parse(query);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return ops.map((op) => costError(schema, doc, op, variables, max, { maxPageSize: MAX_PAGE }));
  };
  const q = `{ officers(first: 10) { edges { node { proceedings { officers { id } } } } } }`;
  const expensive = 1 + 10 * (2 + DEFAULT_LIST_SIZE * (1 + DEFAULT_LIST_SIZE));

  it('allows an operation at the limit', () => {
    assert.deepEqual(refusal(q, expensive), [null]);
  });

  it('rejects an operation over the limit with QUERY_TOO_COSTLY and says by how much', () => {
    const [error] = refusal(q, expensive - 1);
    assert.equal(error?.extensions.code, 'QUERY_TOO_COSTLY');
    assert.equal(error?.extensions.cost, expensive);
    assert.match(error?.message ?? '', new RegExp(`cost ${expensive} exceeds the maximum of ${expensive - 1}`));
  });

  it('refuses the variable trick: a default of 0 with 100 sent costs as 100', () => {
    const trick = `query($n: Int = 0) { officers(first: $n) { edges { node { proceedings { documents { pages(first: $n) { number } } } } } } }`;
    assert.deepEqual(refusal(trick, 10000, {}), [null]);
    assert.equal(refusal(trick, 10000, { n: 100 })[0]?.extensions.code, 'QUERY_TOO_COSTLY');
  });

  it('judges each operation of a document on its own', () => {
    const doc = `query Cheap { officer(id: "x") { id } } query Dear ${q}`;
    assert.deepEqual(costs(doc), [1, expensive]);
    assert.deepEqual(
      refusal(doc, 100).map((e) => e?.extensions.code ?? null),
      [null, 'QUERY_TOO_COSTLY'],
    );
  });
});
