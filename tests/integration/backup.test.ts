import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { apiGraph, removeApiGraph, seedApiGraph } from '../fixtures/api-graph.js';
import { runId, testGraph } from '../fixtures/graph.js';

const CLI = fileURLToPath(new URL('../../src/localdb/cli.js', import.meta.url));
const RUN = runId();

/** `npm run db:backup -- FILE` / `db:restore -- FILE`, as a user runs them, against the tests' database. */
function db(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: process.env, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

/**
 * The whole graph as sorted lines, each property with the type Neo4j itself reports (valueType), so
 * an integer restored as a float, or a zoned date-time restored as an offset, shows as a difference.
 * Nodes are named by their content, not their element ids, which a restore renumbers.
 */
async function dump(driver: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = driver.session();
  try {
    const props = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
    const nodes = await session.run(`MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, ${props('n')} AS props`);
    const key = new Map<string, string>();
    const sortProps = (ps: unknown[][]) => [...ps].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    for (const r of nodes.records) key.set(r.get('id'), JSON.stringify([[...r.get('labels')].sort(), sortProps(r.get('props'))]));
    const rels = await session.run(`MATCH (a)-[x]->(b) RETURN elementId(a) AS a, type(x) AS type, ${props('x')} AS props, elementId(b) AS b`);
    const relationships = rels.records.map((r) => JSON.stringify([key.get(r.get('a')), r.get('type'), sortProps(r.get('props')), key.get(r.get('b'))]));
    return { nodes: [...key.values()].sort(), relationships: relationships.sort() };
  } finally {
    await session.close();
  }
}

describe('db:backup and db:restore', () => {
  const config = loadConfig();
  const g = apiGraph(RUN);
  let graph: Graph;
  let exact: Driver;
  let dir: string;

  before(async () => {
    graph = await testGraph();
    exact = neo4j.driver(config.neo4j.uri);
    dir = mkdtempSync(join(tmpdir(), 'backup-test-'));
    await seedApiGraph(graph, g);
    // Every kind of value the graph can hold, and names that need quoting.
    await graph.run(
      `CREATE (x:BackupProbe:\`Odd label\` {testRun: $t, i: 5, f: 5.0, big: 9007199254740993, ints: [1, 2], floats: [1.5, 2.0], empty: [],
         zoned: datetime('2024-03-31T01:30:00.123456789[Europe/London]'), offset: datetime('2024-03-01T10:15:30+05:30'),
         day: date('2024-02-29'), clock: localtime('23:59:59.5'), time: time('12:00+01:00'), local: localdatetime('2024-01-01T00:00'),
         span: duration('P1Y2M3DT4H5M6.007S'), flat: point({x: 1.5, y: 2}), globe: point({longitude: 0.1, latitude: 51.5, height: 10}),
         text: 'tick \` and a\\nnewline', yes: true})
       CREATE (x)-[:\`ODD TYPE\` {w: 0.5, n: 2}]->(x)
       CREATE (x)-[:PLAIN]->(:BackupProbe {testRun: $t})`,
      { t: RUN },
    );
  });
  after(async () => {
    await removeApiGraph(graph, RUN);
    await exact.close();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a restore reproduces the graph exactly, value types included', async () => {
    const before = await dump(exact);
    assert.ok(
      before.nodes.some((n) => n.includes('ZONED DATETIME')),
      'the probe node is in the dump',
    );
    const file = join(dir, 'graph.jsonl');
    const saved = db('backup', file);
    assert.equal(saved.code, 0, saved.stderr);
    assert.match(saved.stderr, new RegExp(`backed up ${before.nodes.length} nodes and ${before.relationships.length} relationships`));

    const again = db('backup', file);
    assert.equal(again.code, 1, 'a backup never overwrites a file');
    assert.match(again.stderr, /exists/);

    const refused = db('restore', file);
    assert.equal(refused.code, 1, 'a restore over a graph that is not empty needs --replace');
    assert.match(refused.stderr, /--replace/);
    assert.deepEqual(await dump(exact), before, 'a refused restore changed nothing');

    const restored = db('restore', file, '--replace');
    assert.equal(restored.code, 0, restored.stderr);
    const after = await dump(exact);
    assert.deepEqual(after.nodes, before.nodes);
    assert.deepEqual(after.relationships, before.relationships);
  });

  it('refuses a file that is not a backup, naming it', () => {
    const bogus = join(dir, 'notes.jsonl');
    writeFileSync(bogus, '{"hello": "world"}\n');
    const r = db('restore', bogus, '--replace');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /notes\.jsonl is not a backup/);
  });
});
