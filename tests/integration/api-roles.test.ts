import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig, type Config } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { ROLES, type Role } from '../../src/server/auth.js';
import { apiGraph, removeApiGraph, seedApiGraph } from '../fixtures/api-graph.js';
import { code, gql, type GqlResponse } from '../fixtures/gql.js';
import { runId, testGraph } from '../fixtures/graph.js';

/**
 * Role boundaries asked as each role. Each row is a question and, per role, the answer expected:
 * an error code, or a check of the data. The rows follow src/server/roles.ts; the graph is the API
 * fixture (three ingested documents and one failed one, PDF_ENCRYPTED).
 */
const RUN = runId();
const g = apiGraph(RUN);
const keys: Record<Role, string> = { reader: `r-${RUN}`, investigator: `i-${RUN}`, operator: `o-${RUN}` };

type Expect = string | ((data: Record<string, any>) => void);
interface Row {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  expect: Record<Role, Expect>;
}

const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id).sort();
const sameForAll = (e: Expect): Record<Role, Expect> => ({ reader: e, investigator: e, operator: e });

const table: Row[] = [
  {
    name: 'ingest status',
    query: `{ ingestStatus { totalDocuments failures(first: 100) { id errorCode } } }`,
    expect: {
      reader: 'FORBIDDEN',
      investigator: 'FORBIDDEN',
      operator: (d) => assert.ok(d.ingestStatus.failures.some((f: any) => f.id === g.docs.d && f.errorCode === 'PDF_ENCRYPTED')),
    },
  },
  {
    name: 'listing failed documents by status',
    query: `query($l: String) { documents(filter: {status: failed, licence: $l}) { totalCount edges { node { id file error } } } }`,
    variables: { l: g.licence },
    expect: {
      reader: 'FORBIDDEN',
      investigator: 'FORBIDDEN',
      operator: (d) => {
        assert.deepEqual(ids(d.documents.edges), [g.docs.d]);
        assert.equal(d.documents.edges[0].node.error, 'The PDF is encrypted');
      },
    },
  },
  {
    name: 'listing all documents leaves failed ones out below operator',
    query: `query($l: String) { documents(filter: {licence: $l}) { totalCount edges { node { id status } } } }`,
    variables: { l: g.licence },
    expect: {
      reader: (d) => assert.deepEqual([d.documents.totalCount, ids(d.documents.edges)], [3, [g.docs.a, g.docs.b, g.docs.c].sort()]),
      investigator: (d) => assert.deepEqual([d.documents.totalCount, ids(d.documents.edges)], [3, [g.docs.a, g.docs.b, g.docs.c].sort()]),
      operator: (d) => assert.deepEqual([d.documents.totalCount, ids(d.documents.edges)], [4, Object.values(g.docs).sort()]),
    },
  },
  {
    name: 'a failed document by id',
    query: `query($id: ID!) { document(id: $id) { file status errorCode error } }`,
    variables: { id: g.docs.d },
    expect: {
      reader: 'NOT_FOUND',
      investigator: 'NOT_FOUND',
      operator: (d) => assert.deepEqual(d.document, { file: `${g.docs.d}.pdf`, status: 'failed', errorCode: 'PDF_ENCRYPTED', error: 'The PDF is encrypted' }),
    },
  },
  {
    name: 'error fields of an ingested document read null for everyone',
    query: `query($id: ID!) { document(id: $id) { id errorCode error } }`,
    variables: { id: g.docs.a },
    expect: sameForAll((d) => assert.deepEqual(d.document, { id: g.docs.a, errorCode: null, error: null })),
  },
  {
    name: 'complainant pseudonyms of a proceeding',
    query: `query($id: ID!) { document(id: $id) { proceedings { complainantLabels complainants } } }`,
    variables: { id: g.docs.a },
    expect: {
      reader: 'FORBIDDEN',
      investigator: (d) => assert.deepEqual(d.document.proceedings[0].complainants, [`Complainant ${g.docs.a}`]),
      operator: (d) => assert.deepEqual(d.document.proceedings[0].complainants, [`Complainant ${g.docs.a}`]),
    },
  },
  {
    name: "the document's own anonymous labels",
    query: `query($id: ID!) { document(id: $id) { proceedings { complainantLabels } } }`,
    variables: { id: g.docs.a },
    expect: sameForAll((d) => assert.deepEqual(d.document.proceedings[0].complainantLabels, ['Ms A'])),
  },
  {
    name: 'repeat complainants',
    query: `{ patterns { repeatComplainants(first: 1) { pseudonym } } }`,
    expect: {
      reader: 'FORBIDDEN',
      investigator: (d) => assert.ok(Array.isArray(d.patterns.repeatComplainants)),
      operator: (d) => assert.ok(Array.isArray(d.patterns.repeatComplainants)),
    },
  },
  {
    name: 'connected officers',
    query: `query($o: ID!) { connectedOfficers(officerId: $o) { officer { id } } }`,
    variables: { o: g.officers.alpha },
    expect: { reader: 'FORBIDDEN', investigator: (d) => assert.ok(Array.isArray(d.connectedOfficers)), operator: (d) => assert.ok(Array.isArray(d.connectedOfficers)) },
  },
  {
    name: 'uncertain matches for review',
    query: `{ uncertainMatches(first: 1) { mention { id } } }`,
    expect: { reader: 'FORBIDDEN', investigator: 'FORBIDDEN', operator: (d) => assert.ok(Array.isArray(d.uncertainMatches)) },
  },
  {
    name: 'an operator decision (unknown ids: refused below operator, NOT_FOUND for the operator)',
    query: `mutation { mergeOfficers(keepId: "no-such-${RUN}", mergeId: "none-${RUN}") { id } }`,
    expect: { reader: 'FORBIDDEN', investigator: 'FORBIDDEN', operator: 'NOT_FOUND' },
  },
  {
    name: 'public facts',
    query: `query($o: ID!) { officer(id: $o) { name outcomes { outcome } } }`,
    variables: { o: g.officers.alpha },
    expect: sameForAll((d) => assert.deepEqual(d.officer.outcomes, [{ outcome: 'dismissed_without_notice' }])),
  },
];

describe('role boundaries, asked as each role', () => {
  const base = loadConfig();
  const config: Config = {
    ...base,
    api: { ...base.api, production: true, graphiql: false, introspection: false, apiKeys: new Map(ROLES.map((r) => [keys[r], r])) },
  };
  let graph: Graph;
  let app: App;
  let url: string;

  before(async () => {
    graph = await testGraph();
    await seedApiGraph(graph, g);
    app = createApp(config, graph, { log: () => {} });
    url = (await app.listen(0, '127.0.0.1')).url;
  });
  after(async () => {
    await app.stop();
    await removeApiGraph(graph, RUN);
    await graph.close();
  });

  for (const row of table) {
    for (const role of ROLES) {
      it(`${row.name}: as ${role}`, async () => {
        const res: GqlResponse = await gql(url, row.query, row.variables ?? {}, keys[role]);
        const expected = row.expect[role];
        if (typeof expected === 'string') {
          assert.equal(code(res), expected, JSON.stringify(res.errors ?? res.data));
        } else {
          assert.equal(res.errors, undefined, JSON.stringify(res.errors));
          expected(res.data!);
        }
      });
    }
  }

  describe('forged input answers BAD_USER_INPUT, not INTERNAL', () => {
    const forge = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    // Wrong for every list: not base64 JSON, not an array, wrong length, wrong kinds; then each list's own forgeries.
    const forged = ['not a cursor', forge({ a: 1 }), forge([null, null]), forge([1, 2, 3])];
    const lists: [string, string, unknown[][]][] = [
      [
        'documents',
        `query($c: String) { documents(first: 5, after: $c) { edges { cursor } } }`,
        [
          ['yesterday', 'x'],
          [1, 'x'],
          ['2030-02-30T00:00:00Z', 'x'],
        ],
      ],
      [
        'officers',
        `query($c: String) { officers(first: 5, after: $c) { edges { cursor } } }`,
        [
          [1, 'x'],
          ['x', 2],
        ],
      ],
      ['search', `query($c: String) { search(query: "gross misconduct", first: 5, after: $c) { edges { cursor } } }`, [[-1], ['3'], [1.5], [1e300]]],
    ];
    for (const [name, query, own] of lists) {
      it(`tampered ${name} cursors`, async () => {
        for (const c of [...forged, ...own.map(forge)]) assert.equal(code(await gql(url, query, { c }, keys.operator)), 'BAD_USER_INPUT', `${name} after ${c}`);
        // A cursor the API gave out still pages on.
        const first = await gql(url, query, {}, keys.operator);
        const cursor = first.data?.[name]?.edges?.at(-1)?.cursor;
        if (cursor) assert.equal((await gql(url, query, { c: cursor }, keys.operator)).errors, undefined);
      });
    }
    it('a subscription is a validation error', async () => {
      const res = await gql(url, `subscription { documents { totalCount } }`, {}, keys.reader);
      assert.equal(res.status, 400);
      assert.equal(code(res), 'BAD_USER_INPUT');
    });
  });
});
