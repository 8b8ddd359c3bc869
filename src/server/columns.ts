import { TypeInfo, visit, visitWithTypeInfo, type ASTNode, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { ProfileColumns } from '../graph/profiles.js';
import { DOCUMENT_COLUMNS, MEMBERSHIP_COLUMNS, OFFICER_COLUMNS, SOURCE_COLUMNS } from '../graph/rows.js';

/**
 * The columns an operation reads of each kind of row a profile returns, so the profile's statement
 * projects only those (see rows.ts: every column read costs a walk of the node's properties).
 *
 * The answer is the union over the whole operation of the fields selected on each GraphQL type,
 * wherever they sit: rows read here are primed into the request's loaders, and any other field of
 * the same operation that loads the same document or officer then finds every column it needs.
 *
 * Each type's table says which columns a field reads when that is not the column of its own name.
 * A field missing from both (a list, a link) resolves through the row's id alone, which is always
 * read; tests/unit/columns.test.ts checks that every field of these types is accounted for.
 */
type Reads<C extends string> = Readonly<Record<string, readonly C[]>>;

type DocumentColumn = (typeof DOCUMENT_COLUMNS)[number];
type OfficerColumn = (typeof OFFICER_COLUMNS)[number];
type SourceColumn = (typeof SOURCE_COLUMNS)[number];

export const DOCUMENT_READS: Reads<DocumentColumn> = {
  decisionBelow: ['decisionBelowBody', 'decisionBelowResult', 'decisionBelowDate', 'decisionBelowPage', 'decisionBelowStart', 'decisionBelowEnd', 'decisionBelowQuote'],
};
/** `status` decides whether a document may be listed to the caller (Query.document), whatever is selected. */
const DOCUMENT_ALWAYS: readonly DocumentColumn[] = ['id', 'status'];

export const OFFICER_READS: Reads<OfficerColumn> = {};
const OFFICER_ALWAYS: readonly OfficerColumn[] = ['id'];

export const SOURCE_READS: Reads<SourceColumn> = { ocrConfidence: ['page'] };

/**
 * The GraphQL type each kind of row is served as, with its columns, its field table, what it
 * always needs, and the fields that resolve through the row's ids alone (lists, links).
 */
export const ROW_TYPES = {
  document: {
    type: 'Document',
    columns: DOCUMENT_COLUMNS,
    reads: DOCUMENT_READS as Reads<string>,
    always: DOCUMENT_ALWAYS,
    throughIds: [
      'page',
      'pages',
      'officers',
      'proceedings',
      'reports',
      'citations',
      'legislation',
      'units',
      'reviews',
      'parties',
      'paragraphs',
      'sections',
      'recommendations',
      'statistics',
      'reviewFindings',
      'appealFrom',
    ],
  },
  officer: {
    type: 'Officer',
    columns: OFFICER_COLUMNS,
    reads: OFFICER_READS as Reads<string>,
    always: OFFICER_ALWAYS,
    throughIds: ['mentions', 'units', 'ranks', 'proceedings', 'allegations', 'outcomes', 'rulings'],
  },
  membership: { type: 'UnitMembership', columns: MEMBERSHIP_COLUMNS, reads: {} as Reads<string>, always: [], throughIds: ['officer', 'unit', 'source'] },
  source: { type: 'Source', columns: SOURCE_COLUMNS, reads: SOURCE_READS as Reads<string>, always: [], throughIds: ['document'] },
} as const satisfies Record<string, { type: string; columns: readonly string[]; reads: Reads<string>; always: readonly string[]; throughIds: readonly string[] }>;

/** The names of the fields selected on each type anywhere in the operation and its fragments. */
export function fieldsByType(schema: GraphQLSchema, nodes: readonly ASTNode[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const node of nodes) {
    const typeInfo = new TypeInfo(schema);
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const parent = typeInfo.getParentType();
          if (!parent) return;
          let names = out.get(parent.name);
          if (!names) out.set(parent.name, (names = new Set()));
          names.add(field.name.value);
        },
      }),
    );
  }
  return out;
}

/** The columns of one kind of row that these fields read, in the table's order. */
export function columnsFor<C extends string>(
  row: { columns: readonly C[]; reads: Reads<string>; always: readonly string[]; throughIds: readonly string[] },
  fields: ReadonlySet<string> | undefined,
): C[] {
  const wanted = new Set<string>(row.always);
  for (const f of fields ?? []) for (const c of row.reads[f] ?? (row.throughIds.includes(f) ? [] : [f])) wanted.add(c);
  return row.columns.filter((c) => wanted.has(c));
}

/** Apollo keeps one parsed document per distinct query text, so an operation is worked out once. */
const fieldsCache = new WeakMap<object, Map<string, Set<string>>>();
const columnsCache = new WeakMap<object, ProfileColumns>();

/** The fields selected on each type anywhere in the request's operation. */
export function operationFields(info: GraphQLResolveInfo): Map<string, Set<string>> {
  let fields = fieldsCache.get(info.operation);
  if (!fields) fieldsCache.set(info.operation, (fields = fieldsByType(info.schema, [info.operation, ...Object.values(info.fragments)])));
  return fields;
}

export function profileColumns(info: GraphQLResolveInfo): ProfileColumns {
  let columns = columnsCache.get(info.operation);
  if (!columns) {
    const fields = operationFields(info);
    columns = {
      document: columnsFor(ROW_TYPES.document, fields.get(ROW_TYPES.document.type)),
      officer: columnsFor(ROW_TYPES.officer, fields.get(ROW_TYPES.officer.type)),
      membership: columnsFor(ROW_TYPES.membership, fields.get(ROW_TYPES.membership.type)),
      source: columnsFor(ROW_TYPES.source, fields.get(ROW_TYPES.source.type)),
    };
    columnsCache.set(info.operation, columns);
  }
  return columns;
}
