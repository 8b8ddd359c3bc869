import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RecordShape } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { createApp, type App } from '../../src/server/app.js';
import { apiGraph, removeApiGraph, seedApiGraph } from '../fixtures/api-graph.js';
import { runId } from '../fixtures/graph.js';
import { gql } from '../fixtures/gql.js';

const g = apiGraph(runId());

class CountingGraph extends Graph {
  reads = 0;
  override read<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T[]> {
    this.reads++;
    return super.read<T>(cypher, params, timeoutMs);
  }
}

/** Every list of a profile, with the documents, units and officers its items point at. */
const OFFICER = `id name rank force { name }
  mentions { name rank rankText source { document { id title kind decisionDate } page start end quote } resolution { score reasons method } officer { id name } }
  units { unit { id name force { name } } asOf source { document { id } page quote } }
  ranks { rank from to source { document { id } page } }
  proceedings { id force incidentDate decisionDate daysToDecision }
  allegations { id standard finding proceeding { id } source { document { id title } page start end quote } }
  outcomes { id outcome proceeding { id } source { document { id title } page quote } }
  rulings { ruling { id title } proceeding { id } confidence reasons }`;

const UNIT = `id name force { name officerCount } members { officer { id name rank } unit { id } asOf source { document { id title } page quote } }`;

describe('officer and unit profiles in one statement', () => {
  const config = { ...loadConfig(), api: { ...loadConfig().api, apiKeys: new Map<string, string>(), production: false } };
  let graph: CountingGraph;
  let app: App;
  let url: string;

  before(async () => {
    graph = new CountingGraph(createDriver(config.neo4j), config.neo4j.database);
    await migrate(graph);
    await seedApiGraph(graph, g);
    app = createApp(config, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app.stop();
    await removeApiGraph(graph, g.run);
    await graph.close();
  });

  it('answers an officer profile with one statement, equal to the same officer reached through the per-field loaders', async () => {
    for (const id of [g.officers.alpha, g.officers.bravo]) {
      graph.reads = 0;
      const profile = await gql(url, `query($id: ID!) { officer(id: $id) { ${OFFICER} } }`, { id });
      assert.equal(profile.errors, undefined, JSON.stringify(profile.errors));
      assert.equal(graph.reads, 1, 'one statement for the whole profile');
      // Reached as an item of a list, the same officer's fields go through the loaders one by one.
      const listed = await gql(url, `query($f: String!) { officers(filter: { force: $f }, first: 10) { edges { node { ${OFFICER} } } } }`, { f: g.force });
      assert.equal(listed.errors, undefined, JSON.stringify(listed.errors));
      const same = listed.data?.officers.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === id);
      assert.ok(same, `officer ${id} listed`);
      assert.deepEqual(profile.data?.officer, same);
      assert.ok(profile.data?.officer.mentions.length > 0 && profile.data?.officer.allegations.length > 0, 'the seeded facts are there');
    }
    const bravo = await gql(url, `query($id: ID!) { officer(id: $id) { rulings { ruling { id } } } }`, { id: g.officers.bravo });
    assert.deepEqual(bravo.data?.officer.rulings, [{ ruling: { id: g.docs.c } }]);
  });

  it('reads only the lists a request asks for', async () => {
    graph.reads = 0;
    const r = await gql(url, `query($id: ID!) { officer(id: $id) { name outcomes { outcome } } }`, { id: g.officers.alpha });
    assert.deepEqual(r.data?.officer, { name: `Alpha ${g.run}`, outcomes: [{ outcome: 'dismissed_without_notice' }] });
    assert.equal(graph.reads, 1);
  });

  it('answers a unit profile with one statement, equal to the unit reached through its force', async () => {
    const id = `${g.force}/Response ${g.run}`;
    graph.reads = 0;
    const profile = await gql(url, `query($id: ID!) { unit(id: $id) { ${UNIT} } }`, { id });
    assert.equal(profile.errors, undefined, JSON.stringify(profile.errors));
    assert.equal(graph.reads, 1);
    const viaForce = await gql(url, `query($f: String!) { force(name: $f) { units { ${UNIT} } } }`, { f: g.force });
    assert.deepEqual(profile.data?.unit, viaForce.data?.force.units[0]);
    assert.equal(profile.data?.unit.members[0].officer.id, g.officers.alpha);
    assert.equal(profile.data?.unit.force.officerCount, 2);
  });

  it('reads the columns a profile selects, and every column the rest of the operation asks of the same documents and officers', async () => {
    const id = `${g.force}/Response ${g.run}`;
    const narrow = await gql(url, `query($id: ID!) { unit(id: $id) { members { officer { name } source { document { title } } } } }`, { id });
    assert.deepEqual(narrow.data?.unit.members, [{ officer: { name: `Alpha ${g.run}` }, source: { document: { title: `Title ${g.docs.a}` } } }]);
    // The same document asked for again below, through the loaders once the profile has primed them, with other columns.
    const mixed = await gql(
      url,
      `query($id: ID!) { unit(id: $id) { members {
        source { document { title } }
        officer { name mentions { source { document { id file status pageCount ingestedAt } } } }
      } } }`,
      { id },
    );
    assert.equal(mixed.errors, undefined, JSON.stringify(mixed.errors));
    const [member] = mixed.data?.unit.members ?? [];
    assert.equal(member.source.document.title, `Title ${g.docs.a}`);
    assert.deepEqual(
      member.officer.mentions.map((m: { source: { document: unknown } }) => m.source.document).find((d: { id: string }) => d.id === g.docs.a),
      { id: g.docs.a, file: `${g.docs.a}.pdf`, status: 'ingested', pageCount: 2, ingestedAt: '2030-01-01T00:00:03Z' },
    );
  });

  it('answers NOT_FOUND for an officer or unit that does not exist', async () => {
    for (const q of [`{ officer(id: "${g.run}-nobody") { id mentions { name } } }`, `{ unit(id: "${g.run}-nowhere") { id members { asOf } } }`]) {
      const r = await gql(url, q);
      assert.equal(r.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(r));
    }
  });
});
