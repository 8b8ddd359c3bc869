import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { start, stop } from '../../src/localdb/server.js';
import { createApp } from '../../src/server/app.js';
import { outcomeFolder } from '../fixtures/corpus.js';
import { runId } from '../fixtures/graph.js';

const RUN = runId();
const COUNT = 40;
const CLI = fileURLToPath(new URL('../../ingest/cli.js', import.meta.url));
const quiet = () => undefined;

/**
 * A Neo4j of this test's own (another port, a temporary data folder), so stopping it cannot
 * disturb the server the rest of the suite uses.
 */
describe('Neo4j stopped and started during ingest', () => {
  let config: Config;
  let dataDir: string;
  let dir: string;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'neo4j-restart-'));
    config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_LOCAL_BOLT_PORT: '7697', NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m' });
    await start(config, quiet);
    dir = await outcomeFolder(RUN, COUNT);
  });
  after(async () => {
    await stop(config, quiet);
    await rm(dataDir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });

  it('waits for the server to come back and loses nothing', async () => {
    const env = { ...process.env, NEO4J_URI: config.neo4j.uri, INGEST_WORKERS: '1', INGEST_DB_RETRY_SECONDS: '120' };
    const child = spawn(process.execPath, [CLI, dir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let restarted: Promise<void> | null = null;
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (!restarted && (stderr.match(/ingested: /g) ?? []).length >= 3) {
        restarted = (async () => {
          await stop(config, quiet);
          // Down until ingest says it is waiting: the driver's own retries (30 s) hide a shorter outage.
          const deadline = Date.now() + 90_000;
          while (!/Neo4j unavailable .*retrying/.test(stderr) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
          await start(config, quiet);
        })();
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.ok(restarted, 'ingest finished before the server could be stopped');
    await restarted;
    assert.equal(code, 0, stderr);
    assert.match(stderr, /Neo4j unavailable .*retrying/);

    const graph = new Graph(createDriver(config.neo4j), undefined);
    try {
      const [row] = await graph.read<{ docs: number; pages: number }>(
        `MATCH (d:Document {status: 'ingested'}) WHERE d.file STARTS WITH $p
         OPTIONAL MATCH (d)-[:HAS_PAGE]->(pg) RETURN count(DISTINCT d) AS docs, count(pg) AS pages`,
        { p: RUN },
      );
      assert.equal(row?.docs, COUNT);
      assert.equal(row?.pages, COUNT * 3);
    } finally {
      await graph.close();
    }
  });

  it('keeps the API answering: unavailable with a clear code while Neo4j is down, normal once it is back', async () => {
    const graph = new Graph(createDriver(config.neo4j), undefined);
    const app = createApp({ ...config, api: { ...config.api, apiKeys: new Map() } }, graph, { log: quiet });
    const { url } = await app.listen(0, '127.0.0.1');
    const origin = new URL(url).origin;
    const query = async () => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ documents(first: 1) { totalCount } }` }),
      });
      return (await res.json()) as { data?: { documents?: { totalCount: number } } | null; errors?: { extensions?: { code?: string }; message: string }[] };
    };
    try {
      assert.equal((await fetch(origin + '/ready')).status, 200);
      assert.ok(((await query()).data?.documents?.totalCount ?? 0) >= COUNT);

      await stop(config, quiet);
      assert.equal((await fetch(origin + '/health')).status, 200, 'the process is alive');
      assert.equal((await fetch(origin + '/ready')).status, 503, 'but not ready');
      const down = await query();
      assert.equal(down.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE', JSON.stringify(down.errors));
      assert.ok(!JSON.stringify(down.errors).includes('    at '), 'no stack trace');

      await start(config, quiet);
      assert.equal((await fetch(origin + '/ready')).status, 200);
      assert.ok(((await query()).data?.documents?.totalCount ?? 0) >= COUNT);
    } finally {
      await app.stop();
      await graph.close();
    }
  });
});
