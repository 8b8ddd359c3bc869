import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSchema, isObjectType, parse } from 'graphql';
import { columnsFor, fieldsByType, ROW_TYPES } from '../../src/server/columns.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const schema = buildSchema(await loadTypeDefs());

describe('columns a profile reads', () => {
  for (const row of Object.values(ROW_TYPES)) {
    it(`accounts for every field of ${row.type}: a column, a field with its own columns, or one answered through ids`, () => {
      const type = schema.getType(row.type);
      assert.ok(type && isObjectType(type));
      const known = new Set<string>([...row.columns, ...Object.keys(row.reads), ...row.throughIds]);
      const missing = Object.keys(type.getFields()).filter((f) => !known.has(f));
      assert.deepEqual(missing, [], `add these fields of ${row.type} to its table in src/server/columns.ts`);
      for (const f of [...Object.keys(row.reads), ...row.throughIds]) assert.ok(type.getFields()[f], `${row.type}.${f} is not in the schema`);
    });
  }

  // [selected fields, columns read]
  const documents: [string[], string[]][] = [
    [['title'], ['id', 'title', 'status']],
    [
      ['decisionBelow', 'pages'],
      [
        'id',
        'status',
        'decisionBelowBody',
        'decisionBelowResult',
        'decisionBelowDate',
        'decisionBelowPage',
        'decisionBelowStart',
        'decisionBelowEnd',
        'decisionBelowQuote',
      ],
    ],
    [
      ['officers', 'ingestedAt', 'kind'],
      ['id', 'kind', 'status', 'ingestedAt'],
    ],
  ];
  for (const [fields, columns] of documents) {
    it(`reads ${columns.join(', ')} of a document for ${fields.join(', ')}`, () => {
      assert.deepEqual(columnsFor(ROW_TYPES.document, new Set(fields)).sort(), [...columns].sort());
    });
  }

  it('reads the page of a source for its OCR confidence, and nothing but the ids for a membership asked only for links', () => {
    assert.deepEqual(columnsFor(ROW_TYPES.source, new Set(['ocrConfidence', 'document'])), ['page']);
    assert.deepEqual(columnsFor(ROW_TYPES.membership, new Set(['officer', 'unit', 'source'])), []);
  });

  it('gathers the fields of each type from the whole operation, through fragments and inline fragments', () => {
    const doc = parse(`
      query { unit(id: "u") { members { officer { name } ...M } } search(query: "x") { edges { node { document { ... on Document { kind } } } } } }
      fragment M on UnitMembership { asOf source { quote document { title } } }`);
    const fields = fieldsByType(schema, doc.definitions);
    assert.deepEqual([...(fields.get('Document') ?? [])].sort(), ['kind', 'title']);
    assert.deepEqual([...(fields.get('UnitMembership') ?? [])].sort(), ['asOf', 'officer', 'source']);
    assert.deepEqual([...(fields.get('Officer') ?? [])], ['name']);
    assert.deepEqual([...(fields.get('Source') ?? [])].sort(), ['document', 'quote']);
  });
});
