import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { serverVersion } from '../../src/localdb/server.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PROBE = fileURLToPath(new URL('../fixtures/runner-probe.js', import.meta.url));

/**
 * A user's database stands in as a plain TCP listener that counts who connects. The runner is
 * pointed at it every way a user's shell would (NEO4J_URI, NEO4J_LOCAL_BOLT_PORT) and must not
 * open one connection to it; the probe test it runs still reaches a database: the tests' own.
 */
describe('npm test leaves a database it did not start alone', () => {
  it('never connects to NEO4J_URI or NEO4J_LOCAL_BOLT_PORT', async () => {
    const connections: Socket[] = [];
    const sentinel = createServer((s) => {
      connections.push(s);
      s.destroy();
    });
    // Neo4j's own port when it is free (as on CI), so the run is literally the README's worry; else any port.
    await new Promise<void>((resolve, reject) => {
      sentinel.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? sentinel.listen(0, '127.0.0.1', resolve) : reject(err)));
      sentinel.listen(7687, '127.0.0.1', resolve);
    });
    const port = (sentinel.address() as AddressInfo).port;
    try {
      // This run's own test database is already up; the nested runner finds it in the same folder.
      const { NODE_TEST_CONTEXT: _nested, ...outer } = process.env; // else node --test declines to run files inside a test
      const env = {
        ...outer,
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_LOCAL_BOLT_PORT: String(port),
        NEO4J_PASSWORD: 'users-secret',
        TEST_NEO4J_BOLT_PORT: process.env.NEO4J_LOCAL_BOLT_PORT ?? process.env.TEST_NEO4J_BOLT_PORT ?? '',
        TEST_NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? '',
      };
      const child = spawn(process.execPath, ['scripts/test.mjs', PROBE], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      assert.equal(code, 0, out);
      assert.match(out, /probe used bolt:\/\/\S+/);
      assert.doesNotMatch(out, new RegExp(`probe used bolt://127\\.0\\.0\\.1:${port}\\b`));
      assert.equal(connections.length, 0, 'the runner or a test connected to the stand-in user database');
    } finally {
      sentinel.close();
    }
    // The nested runner found the suite's database running, so it must have left it running.
    assert.ok(await serverVersion(loadConfig()), "the nested run stopped the suite's database");
  });
});
