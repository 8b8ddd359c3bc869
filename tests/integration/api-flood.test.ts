import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import neo4j from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { Graph, mapNeo4jError } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { BUDGET_SPENT_MESSAGE, DATABASE_BUSY_MESSAGE } from '../../src/server/budget.js';
import { code, gql, type GqlResponse } from '../fixtures/gql.js';

/**
 * One client floods the API; another client and /ready must still be answered. The database is the
 * tests' own, reached through a small pool (10 connections) where every statement holds its
 * connection for STATEMENT_MS more, as a slow query would: without per-request and per-key limits
 * one flooding client takes the whole pool and everyone else waits for the acquisition timeout.
 */
const STATEMENT_MS = 300;
const POOL = 10;

class SlowGraph extends Graph {
  override async read<T extends Record<string, any>>(cypher: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<T[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead(
        async (tx) => {
          const result = await tx.run<T>(cypher, params);
          await new Promise((r) => setTimeout(r, STATEMENT_MS));
          return result.records.map((r) => r.toObject());
        },
        timeoutMs ? { timeout: timeoutMs } : undefined,
      );
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }
}

function slowGraph(config: Config, pool: number, acquisitionMs: number): SlowGraph {
  const driver = neo4j.driver(config.neo4j.uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: pool, connectionAcquisitionTimeout: acquisitionMs });
  return new SlowGraph(driver, config.neo4j.database);
}

const keys = { flood: 'flood-key', tricks: 'tricks-key', other: 'other-key' };
/** Words a client must never read: the driver's, the pool's, the server's internals. */
const INTERNALS = /pool|acquisition|neo4j|bolt|driver|stack|Error:|at \S+ \(/i;

function assertPlain(r: GqlResponse, context: string): void {
  for (const e of r.errors ?? []) {
    assert.doesNotMatch(e.message, INTERNALS, `${context}: ${e.message}`);
    assert.equal(e.extensions?.stacktrace, undefined, context);
  }
}

function configWith(api: Partial<Config['api']>): Config {
  const base = loadConfig();
  return {
    ...base,
    api: {
      ...base.api,
      production: true,
      graphiql: false,
      introspection: false,
      apiKeys: new Map([
        [keys.flood, 'reader'],
        [keys.tricks, 'reader'],
        [keys.other, 'reader'],
      ]),
      ...api,
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = Date.now();
  const value = await work();
  return { value, ms: Date.now() - t };
}

const OTHER = '{ documents(first: 1) { totalCount } }';
const VARIABLE_TRICK = `query($n: Int = 0) { officers(first: $n) { edges { node { proceedings { documents { pages(first: $n) { number } } } } } } }`;
const roots = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('one client flooding the API', () => {
  const config = configWith({ keyConcurrency: 2, requestStatementConcurrency: 2, requestDbBudgetMs: 2000, keyRatePerMinute: 600 });
  let graph: SlowGraph;
  let app: App;
  let url: string;
  let base: string;

  before(async () => {
    graph = slowGraph(config, POOL, 20_000);
    // Neo4j plans a statement the first time it sees it (seconds on a cold server); plan them before timing anything.
    const warm = createApp(configWith({}), graph, { log: () => {} });
    const warmUrl = (await warm.listen(0, '127.0.0.1')).url;
    for (const q of [OTHER, VARIABLE_TRICK]) await gql(warmUrl, q, {}, keys.other);
    await warm.stop();
    app = createApp(config, graph, { log: () => {} });
    url = (await app.listen(0, '127.0.0.1')).url;
    base = url.replace(/\/graphql$/, '');
  });
  after(async () => {
    await app.stop();
    await graph.close();
  });

  it('refuses 9,000 aliased fields within 5 s, before touching the database', async () => {
    const query = roots(9000, 'search(query: "/.*/ OR x", first: 0) { totalCount }');
    const { value, ms } = await timed(() => gql(url, query, {}, keys.flood));
    assert.ok(ms < 5000, `took ${ms} ms`);
    assert.equal(code(value), 'QUERY_TOO_COSTLY');
    assert.match(value.errors![0]!.message, /root fields/);
    assertPlain(value, 'aliases');
  });

  it('refuses the variable trick: the cost counts the value sent, not the default', async () => {
    const query = VARIABLE_TRICK;
    const cheap = await gql(url, query, {}, keys.other);
    assert.equal(cheap.errors, undefined, JSON.stringify(cheap.errors));
    const { value, ms } = await timed(() => gql(url, query, { n: 100 }, keys.flood));
    assert.ok(ms < 5000, `took ${ms} ms`);
    assert.equal(value.status, 400);
    assert.equal(code(value), 'QUERY_TOO_COSTLY');
    assertPlain(value, 'variables');
  });

  it('bounds a flood of allowed requests and keeps answering another client and /ready', async () => {
    // Twenty root fields each: allowed by the caps, but 40 statements of 300 ms, two at a time, is 6 s.
    const heavy = roots(20, 'documents(first: 1) { totalCount }');
    const flood = Array.from({ length: 12 }, () => timed(() => gql(url, heavy, {}, keys.flood)));
    // Meanwhile the two tricks, from a key of their own so they are judged, not just counted.
    const tricks = [
      timed(() => gql(url, roots(9000, 'search(query: "/.*/ OR x", first: 0) { totalCount }'), {}, keys.tricks)),
      timed(() => gql(url, VARIABLE_TRICK, { n: 100 }, keys.tricks)),
    ];
    await new Promise((r) => setTimeout(r, 200));
    const other = await timed(() => gql(url, OTHER, {}, keys.other));
    const ready = await timed(() => fetch(`${base}/ready`));
    const health = await timed(() => fetch(`${base}/health`));
    const answered = await Promise.all(flood);
    for (const t of await Promise.all(tricks)) {
      assert.ok(t.ms < 5000, `a trick took ${t.ms} ms`);
      assert.equal(code(t.value), 'QUERY_TOO_COSTLY');
      assertPlain(t.value, 'tricks');
    }

    assert.equal(other.value.errors, undefined, JSON.stringify(other.value.errors));
    assert.ok(other.ms < 2000, `the other client waited ${other.ms} ms`);
    assert.equal(ready.value.status, 200);
    assert.ok(ready.ms < 2000, `/ready took ${ready.ms} ms`);
    assert.equal(health.value.status, 200);
    assert.ok(health.ms < 2000, `/health took ${health.ms} ms`);

    const limited = answered.filter((a) => a.value.status === 429);
    assert.ok(limited.length >= 10, `only ${limited.length} of 12 refused with 429 at two at a time`);
    for (const a of limited) assert.equal(code(a.value), 'RATE_LIMITED');
    for (const a of answered) {
      assert.ok(a.ms < 5000, `a flooding request took ${a.ms} ms`);
      assertPlain(a.value, 'flood');
    }
    const run = answered.filter((a) => a.value.status !== 429);
    assert.ok(run.length >= 1);
    for (const a of run) {
      assert.equal(code(a.value), 'TIMEOUT', JSON.stringify(a.value.errors?.[0]));
      assert.equal(a.value.errors![0]!.message, BUDGET_SPENT_MESSAGE);
    }
  });

  it('answers 429 with Retry-After once the key is over its rate', async () => {
    const strict = configWith({ keyRatePerMinute: 2 });
    const small = createApp(strict, graph, { log: () => {} });
    const smallUrl = (await small.listen(0, '127.0.0.1')).url;
    try {
      const cheap = '{ __typename }';
      assert.equal((await gql(smallUrl, cheap, {}, keys.flood)).status, 200);
      assert.equal((await gql(smallUrl, cheap, {}, keys.flood)).status, 200);
      const res = await fetch(smallUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': keys.flood },
        body: JSON.stringify({ query: cheap }),
      });
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) >= 1);
      assert.equal(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code, 'RATE_LIMITED');
      // Another key has its own allowance.
      assert.equal((await gql(smallUrl, cheap, {}, keys.other)).status, 200);
    } finally {
      await small.stop();
    }
  });
});

describe('an exhausted pool in production', () => {
  it('answers a coded, plain error without the driver pool status', async () => {
    const config = configWith({ requestStatementConcurrency: 6, requestDbBudgetMs: 10_000 });
    const graph = slowGraph(config, 1, 200);
    const app = createApp(config, graph, { log: () => {} });
    const url = (await app.listen(0, '127.0.0.1')).url;
    try {
      const r = await gql(url, roots(6, 'documents(first: 1) { totalCount }'), {}, keys.flood);
      const busy = (r.errors ?? []).filter((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE');
      assert.ok(busy.length > 0, JSON.stringify(r.errors));
      for (const e of busy) assert.equal(e.message, DATABASE_BUSY_MESSAGE);
      assertPlain(r, 'pool');
    } finally {
      await app.stop();
      await graph.close();
    }
  });
});
