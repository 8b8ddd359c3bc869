import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig, type Config } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { runId, testGraph } from '../fixtures/graph.js';
import { code, gql } from '../fixtures/gql.js';

/**
 * A small graph built directly, every node tagged with the run so cleanup takes exactly it:
 *
 *   units U1, U2, U3 of force F
 *   A: U1 2020-01-01, U3 2019-01-01, gross misconduct proven
 *   B: U1 2020-06-01, U3 2019-03-01, U2 2021-01-01, misconduct proven
 *   C: U1 2023-01-01 (three years after A), allegation not proven
 *   D: U2 with no date
 *   P1 concerns B and C; P4 concerns C (complainant K1); P3 concerns D (K1), recorded by document X;
 *   P6 concerns D and E (K2), same incident date as P3; judgment J reviews P1 (a ruling records no proceeding).
 *
 * So from A: B is one link away (two shared units), C two (P1), D three (complainant K1), E four.
 */
const RUN = runId();
const T = (s: string) => `${RUN}-${s}`;
const FORCE = `Force ${RUN}`;
const unit = (n: number) => `${FORCE}/Unit${n}`;
const K1 = `Complainant ${RUN}K1`;
const K2 = `Complainant ${RUN}K2`;

async function seed(graph: Graph): Promise<void> {
  await graph.write(async (tx) => {
    const run = (cypher: string, params: Record<string, unknown> = {}) => tx.run(cypher, { t: RUN, force: FORCE, ...params });
    await run(`CREATE (:Force {name: $force, testRun: $t})`);
    for (const n of [1, 2, 3]) {
      await run(`MATCH (f:Force {name: $force}) CREATE (:Unit {id: $id, name: $name, testRun: $t})-[:PART_OF]->(f)`, { id: unit(n), name: `Unit${n}` });
    }
    for (const o of ['a', 'b', 'c', 'd', 'e']) {
      await run(`CREATE (:Officer {id: $id, name: $name, force: $force, testRun: $t})`, { id: T(o), name: `Officer ${o.toUpperCase()} ${RUN}` });
    }
    const memberships: [string, number, string | null][] = [
      ['a', 1, '2020-01-01'],
      ['a', 3, '2019-01-01'],
      ['b', 1, '2020-06-01'],
      ['b', 3, '2019-03-01'],
      ['b', 2, '2021-01-01'],
      ['c', 1, '2023-01-01'],
      ['d', 2, null],
    ];
    for (const [o, u, asOf] of memberships) {
      await run(
        `MATCH (o:Officer {id: $o}), (u:Unit {id: $u}) CREATE (o)-[:MEMBER_OF {docId: $doc, from: $asOf, to: $asOf, periodStart: $asOf, periodEnd: $asOf, page: 1, quote: 'of the unit'}]->(u)`,
        {
          o: T(o),
          u: unit(u),
          asOf,
          doc: T(`membership-${o}-${u}`),
        },
      );
    }
    const proceedings: [string, string[], string, string[]][] = [
      ['p1', ['b', 'c'], '2021-05-01', []],
      ['p4', ['c'], '2022-07-01', [K1]],
      ['p3', ['d'], '2022-09-09', [K1]],
      ['p6', ['d', 'e'], '2022-09-09', [K2]],
    ];
    for (const [p, officers, incident, complainants] of proceedings) {
      await run(
        `CREATE (p:Proceeding {id: $p, force: $force, incidentDate: $incident, complainantLabels: [], testRun: $t})
         WITH p UNWIND $officers AS oid MATCH (o:Officer {id: oid}) CREATE (p)-[:CONCERNS]->(o)`,
        { p: T(p), officers: officers.map(T), incident },
      );
      for (const c of complainants) {
        await run(`MATCH (p:Proceeding {id: $p}) MERGE (c:Complainant {pseudonym: $c}) ON CREATE SET c.testRun = $t CREATE (p)-[:COMPLAINANT]->(c)`, { p: T(p), c });
      }
    }
    await run(
      `MATCH (p3:Proceeding {id: $p3}), (p1:Proceeding {id: $p1})
       CREATE (:Document {id: $x, file: $x + '.pdf', title: 'Outcome X', kind: 'hearing_outcome', status: 'ingested', testRun: $t})-[:RECORDS]->(p3)
       CREATE (j:Document {id: $j, file: $j + '.pdf', title: 'Judgment J', kind: 'judgment', status: 'ingested', testRun: $t})
       CREATE (j)-[:REVIEWS {officerId: $c, confidence: 0.9, reasons: ['same officer']}]->(p1)`,
      { p3: T('p3'), p1: T('p1'), x: T('docX'), j: T('docJ'), c: T('c') },
    );
    const findings: [string, string][] = [
      ['a', 'gross_misconduct'],
      ['b', 'misconduct'],
      ['c', 'not_proven'],
    ];
    for (const [o, finding] of findings) {
      await run(`MATCH (o:Officer {id: $o}) CREATE (:Allegation {id: $id, finding: $finding, standard: 'Honesty and Integrity', testRun: $t})-[:AGAINST]->(o)`, {
        o: T(o),
        id: T(`allegation-${o}`),
        finding,
      });
    }
  });
}

describe('connections, shortest paths, unit network and patterns over HTTP', () => {
  const keys = { reader: `r-${RUN}`, investigator: `i-${RUN}`, operator: `o-${RUN}` };
  const base = loadConfig();
  const config: Config = {
    ...base,
    api: { ...base.api, production: false, maxPageSize: 1000, maxCost: 1_000_000, apiKeys: new Map(Object.entries(keys).map(([role, key]) => [key, role])) },
  };
  let graph: Graph;
  const apps: App[] = [];
  let url: string;
  const asInvestigator = (query: string, variables: Record<string, unknown> = {}) => gql(url, query, variables, keys.investigator);

  async function start(cfg: Config): Promise<string> {
    const app = createApp(cfg, graph, { log: () => {} });
    apps.push(app);
    return (await app.listen(0, '127.0.0.1')).url;
  }

  before(async () => {
    graph = await testGraph();
    await seed(graph);
    url = await start(config);
  });

  after(async () => {
    for (const app of apps) await app.stop();
    await graph.write((tx) => tx.run('MATCH (n {testRun: $t}) DETACH DELETE n', { t: RUN }));
    await graph.close();
  });

  const CONNECTED = `query($id: ID!, $depth: Int, $kinds: [LinkKind!], $window: Int) {
    connectedOfficers(officerId: $id, depth: $depth, kinds: $kinds, windowDays: $window) {
      officer { id } distance
      path { from { id } to { id } links { kind unit { id } fromAsOf toAsOf proceeding { id } complainant } } } }`;

  it('finds officers through shared units, proceedings and complainants, nearest first, up to depth 3', async () => {
    const res = await asInvestigator(CONNECTED, { id: T('a'), depth: 3 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const found = res.data!.connectedOfficers;
    assert.deepEqual(
      found.map((c: any) => [c.officer.id, c.distance]),
      [
        [T('b'), 1],
        [T('c'), 2],
        [T('d'), 3],
      ],
    );
    const d = found[2];
    assert.deepEqual(
      d.path.map((s: any) => [s.from.id, s.to.id]),
      [
        [T('a'), T('b')],
        [T('b'), T('c')],
        [T('c'), T('d')],
      ],
    );
    // A and B shared two units, each at its own dates; the other hops are a proceeding and a complainant.
    assert.deepEqual(d.path[0].links, [
      { kind: 'SHARED_UNIT', unit: { id: unit(1) }, fromAsOf: '2020-01-01', toAsOf: '2020-06-01', proceeding: null, complainant: null },
      { kind: 'SHARED_UNIT', unit: { id: unit(3) }, fromAsOf: '2019-01-01', toAsOf: '2019-03-01', proceeding: null, complainant: null },
    ]);
    assert.deepEqual(d.path[1].links, [{ kind: 'SHARED_PROCEEDING', unit: null, fromAsOf: null, toAsOf: null, proceeding: { id: T('p1') }, complainant: null }]);
    assert.deepEqual(d.path[2].links, [{ kind: 'SHARED_COMPLAINANT', unit: null, fromAsOf: null, toAsOf: null, proceeding: null, complainant: K1 }]);
  });

  it('stops at the depth asked for and keeps to the kinds of link asked for', async () => {
    const one = await asInvestigator(CONNECTED, { id: T('a') });
    assert.deepEqual(
      one.data!.connectedOfficers.map((c: any) => c.officer.id),
      [T('b')],
    );
    const proceedingsOnly = await asInvestigator(CONNECTED, { id: T('b'), depth: 3, kinds: ['SHARED_PROCEEDING'] });
    assert.deepEqual(
      proceedingsOnly.data!.connectedOfficers.map((c: any) => c.officer.id),
      [T('c')],
    );
    // D's membership has no date, so sharing U2 with B links nobody.
    const fromD = await asInvestigator(CONNECTED, { id: T('d'), kinds: ['SHARED_UNIT'] });
    assert.deepEqual(fromD.data!.connectedOfficers, []);
  });

  it('treats memberships as overlapping only within the window', async () => {
    // A (2020-01-01) and C (2023-01-01) in U1 are 1096 days apart.
    const narrow = await asInvestigator(CONNECTED, { id: T('a'), window: 1095, kinds: ['SHARED_UNIT'] });
    assert.deepEqual(
      narrow.data!.connectedOfficers.map((c: any) => c.officer.id),
      [T('b')],
    );
    const wide = await asInvestigator(CONNECTED, { id: T('a'), window: 1096, kinds: ['SHARED_UNIT'] });
    assert.deepEqual(
      wide.data!.connectedOfficers.map((c: any) => c.officer.id),
      [T('b'), T('c')],
    );
  });

  it('validates depth, window and kinds (BAD_USER_INPUT) and the officer (NOT_FOUND)', async () => {
    for (const vars of [{ depth: 4 }, { depth: 0 }, { window: -1 }, { window: 3651 }, { kinds: [] }]) {
      const res = await asInvestigator(CONNECTED, { id: T('a'), ...vars });
      assert.equal(code(res), 'BAD_USER_INPUT', JSON.stringify(vars));
      assert.match(res.errors![0]!.message, /depth|windowDays|kinds/);
    }
    assert.equal(code(await asInvestigator(CONNECTED, { id: T('nobody') })), 'NOT_FOUND');
  });

  const PATH = `query($from: ID!, $to: ID!, $max: Int) { shortestPath(from: $from, to: $to, maxLength: $max) {
    length nodes { kind id name } relationships { type from to } } }`;

  it('gives the shortest path between an officer and a complainant pseudonym, with node kinds and relationship directions', async () => {
    const res = await asInvestigator(PATH, { from: T('a'), to: K1 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const p = res.data!.shortestPath;
    assert.equal(p.length, 4);
    assert.deepEqual(
      p.nodes.map((n: any) => [n.kind, n.id]),
      [
        ['OFFICER', T('a')],
        ['UNIT', unit(1)],
        ['OFFICER', T('c')],
        ['PROCEEDING', T('p4')],
        ['COMPLAINANT', K1],
      ],
    );
    assert.deepEqual(p.nodes[4], { kind: 'COMPLAINANT', id: K1, name: K1 });
    assert.deepEqual(p.relationships, [
      { type: 'MEMBER_OF', from: T('a'), to: unit(1) },
      { type: 'MEMBER_OF', from: T('c'), to: unit(1) },
      { type: 'CONCERNS', from: T('p4'), to: T('c') },
      { type: 'COMPLAINANT', from: T('p4'), to: K1 },
    ]);
  });

  it('finds paths from documents, honours maxLength, and answers a path to itself', async () => {
    const doc = await asInvestigator(PATH, { from: T('docX'), to: T('d') });
    assert.deepEqual(
      doc.data!.shortestPath.nodes.map((n: any) => n.kind),
      ['DOCUMENT', 'PROCEEDING', 'OFFICER'],
    );
    assert.deepEqual(
      doc.data!.shortestPath.relationships.map((r: any) => r.type),
      ['RECORDS', 'CONCERNS'],
    );
    const four = await asInvestigator(PATH, { from: T('e'), to: T('b'), max: 4 });
    assert.deepEqual(
      four.data!.shortestPath.nodes.map((n: any) => n.id),
      [T('e'), T('p6'), T('d'), unit(2), T('b')],
    );
    const tooShort = await asInvestigator(PATH, { from: T('e'), to: T('b'), max: 3 });
    assert.equal(tooShort.errors, undefined);
    assert.equal(tooShort.data!.shortestPath, null);
    const self = await asInvestigator(PATH, { from: unit(2), to: unit(2) });
    assert.deepEqual(self.data!.shortestPath, { length: 0, nodes: [{ kind: 'UNIT', id: unit(2), name: 'Unit2' }], relationships: [] });
  });

  it('refuses unknown ids (NOT_FOUND) and a maxLength out of range (BAD_USER_INPUT)', async () => {
    assert.equal(code(await asInvestigator(PATH, { from: T('a'), to: T('nothing') })), 'NOT_FOUND');
    assert.equal(code(await asInvestigator(PATH, { from: T('a'), to: T('b'), max: 11 })), 'BAD_USER_INPUT');
  });

  const NETWORK = `query($force: String, $unit: ID, $min: Int) { unitNetwork(force: $force, unitId: $unit, minShared: $min) {
    units { id } sharedOfficers officers { id } } }`;

  it('links units by the officers recorded in both, most shared first', async () => {
    const res = await asInvestigator(NETWORK, { force: FORCE.toUpperCase() });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data!.unitNetwork, [
      { units: [{ id: unit(1) }, { id: unit(3) }], sharedOfficers: 2, officers: [{ id: T('a') }, { id: T('b') }] },
      { units: [{ id: unit(1) }, { id: unit(2) }], sharedOfficers: 1, officers: [{ id: T('b') }] },
      { units: [{ id: unit(2) }, { id: unit(3) }], sharedOfficers: 1, officers: [{ id: T('b') }] },
    ]);
    const strong = await asInvestigator(NETWORK, { force: FORCE, min: 2 });
    assert.deepEqual(
      strong.data!.unitNetwork.map((l: any) => l.units.map((u: any) => u.id)),
      [[unit(1), unit(3)]],
    );
    const ofU2 = await asInvestigator(NETWORK, { unit: unit(2) });
    assert.deepEqual(
      ofU2.data!.unitNetwork.map((l: any) => l.units.map((u: any) => u.id)),
      [
        [unit(1), unit(2)],
        [unit(2), unit(3)],
      ],
    );
    assert.equal(code(await asInvestigator(NETWORK, { unit: `${FORCE}/Nowhere` })), 'NOT_FOUND');
  });

  it('finds colleagues in a unit at about the same time who both have proven findings', async () => {
    const res = await asInvestigator(`{ patterns { colleaguesWithProvenFindings(force: "${FORCE}") {
      unit { id } daysApart officers { officer { id } asOf provenFindings } } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    // C shares U1 with A only across three years, and C's allegation was not proven.
    assert.deepEqual(res.data!.patterns.colleaguesWithProvenFindings, [
      {
        unit: { id: unit(3) },
        daysApart: 59,
        officers: [
          { officer: { id: T('a') }, asOf: '2019-01-01', provenFindings: 1 },
          { officer: { id: T('b') }, asOf: '2019-03-01', provenFindings: 1 },
        ],
      },
      {
        unit: { id: unit(1) },
        daysApart: 152,
        officers: [
          { officer: { id: T('a') }, asOf: '2020-01-01', provenFindings: 1 },
          { officer: { id: T('b') }, asOf: '2020-06-01', provenFindings: 1 },
        ],
      },
    ]);
    const narrow = await asInvestigator(`{ patterns { colleaguesWithProvenFindings(force: "${FORCE}", windowDays: 100) { unit { id } } } }`);
    assert.deepEqual(narrow.data!.patterns.colleaguesWithProvenFindings, [{ unit: { id: unit(3) } }]);
  });

  it('finds officers with several matters or complainants, counting same-date proceedings once', async () => {
    const res = await asInvestigator(`{ patterns { repeatOfficers(force: "${FORCE}") { officer { id } matters proceedings { id } complainants } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const rows = res.data!.patterns.repeatOfficers.map((r: any) => ({ ...r, proceedings: r.proceedings.map((p: any) => p.id).sort() }));
    assert.deepEqual(rows, [
      // C: P1 (which judgment J reviews, recording no proceeding of its own) and P4, so two matters.
      { officer: { id: T('c') }, matters: 2, proceedings: [T('p1'), T('p4')].sort(), complainants: [K1] },
      // D: P3 and P6 share an incident date (one matter) but name two complainants.
      { officer: { id: T('d') }, matters: 1, proceedings: [T('p3'), T('p6')].sort(), complainants: [K1, K2].sort() },
    ]);
    const threeComplainants = await asInvestigator(`{ patterns { repeatOfficers(force: "${FORCE}", minComplainants: 3) { officer { id } } } }`);
    assert.deepEqual(threeComplainants.data!.patterns.repeatOfficers, [{ officer: { id: T('c') } }]);
    assert.equal(code(await asInvestigator(`{ patterns { repeatOfficers(minProceedings: 1) { matters } } }`)), 'BAD_USER_INPUT');
  });

  it('finds complainant pseudonyms that appear against several officers', async () => {
    const res = await asInvestigator(`{ patterns { repeatComplainants(first: 1000) { pseudonym officers { id } proceedings { id } } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const ours = res.data!.patterns.repeatComplainants.filter((r: any) => r.pseudonym.includes(RUN));
    const sortIds = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    assert.deepEqual(ours.map((r: any) => [r.pseudonym, sortIds(r.officers), sortIds(r.proceedings)]).sort(), [
      [K1, [T('c'), T('d')].sort(), [T('p3'), T('p4')].sort()],
      [K2, [T('d'), T('e')].sort(), [T('p6')]],
    ]);
    // Nothing but the pseudonym is exposed for a complainant.
    const type = await gql(url, `{ __type(name: "RepeatComplainant") { fields { name } } }`, {}, keys.reader);
    assert.deepEqual(type.data!.__type.fields.map((f: any) => f.name).sort(), ['officers', 'proceedings', 'pseudonym']);
  });

  it('refuses readers (FORBIDDEN) and serves investigators and operators', async () => {
    const queries = [
      [CONNECTED, { id: T('a') }],
      [PATH, { from: T('a'), to: T('b') }],
      [NETWORK, { force: FORCE }],
      [`{ patterns { repeatComplainants { pseudonym } } }`, {}],
      [`{ patterns { repeatOfficers { matters } } }`, {}],
      [`{ patterns { colleaguesWithProvenFindings { daysApart } } }`, {}],
    ] as const;
    for (const [query, variables] of queries) {
      const reader = await gql(url, query, variables, keys.reader);
      assert.equal(code(reader), 'FORBIDDEN', query);
      assert.match(reader.errors![0]!.message, /investigator role/);
      for (const key of [keys.investigator, keys.operator]) {
        const ok = await gql(url, query, variables, key);
        assert.equal(ok.errors, undefined, `${query}: ${JSON.stringify(ok.errors)}`);
      }
    }
  });

  it('rejects an over-costly query with QUERY_TOO_COSTLY before running it', async () => {
    const limited = await start({ ...config, api: { ...config.api, maxPageSize: 100, maxCost: 10_000 } });
    const dear = `{ officers(first: 100) { edges { node { proceedings { officers { proceedings { id } } } } } } }`;
    const res = await gql(limited, dear, {}, keys.reader);
    assert.equal(res.status, 400);
    assert.equal(code(res), 'QUERY_TOO_COSTLY');
    assert.match(res.errors![0]!.message, /exceeds the maximum of 10000/);
    assert.equal(res.data, undefined, 'nothing ran');
    // The same shape with a small page is allowed.
    const cheap = await gql(limited, dear.replace('first: 100', 'first: 5'), {}, keys.reader);
    assert.equal(cheap.errors, undefined, JSON.stringify(cheap.errors));
    // A variable page counts as the value sent, whatever the variable's default.
    const byVariable = `query($n: Int = 1) { officers(first: $n) { edges { node { proceedings { officers { proceedings { id } } } } } } }`;
    assert.equal((await gql(limited, byVariable, { n: 5 }, keys.reader)).errors, undefined);
    assert.equal(code(await gql(limited, byVariable, { n: 100 }, keys.reader)), 'QUERY_TOO_COSTLY');
  });
});
