import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { planTestDatabase } from '../../src/localdb/testDatabase.js';

/** What the tests would connect to, as every test and spawned CLI reads it. */
const testUri = (env: NodeJS.ProcessEnv) => loadConfig(planTestDatabase(env).env).neo4j;

describe('the test runner chooses its own database', () => {
  const cases: { name: string; env: NodeJS.ProcessEnv; kind: 'own' | 'given'; uri: string }[] = [
    { name: 'nothing set: its own server on 7699', env: {}, kind: 'own', uri: 'bolt://127.0.0.1:7699' },
    {
      name: "the user's NEO4J_URI on 7687 is ignored",
      env: { NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_USER: 'me', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'prod' },
      kind: 'own',
      uri: 'bolt://127.0.0.1:7699',
    },
    { name: "the user's local port is ignored", env: { NEO4J_LOCAL_BOLT_PORT: '7687', NEO4J_DATA_DIR: '/home/me/data' }, kind: 'own', uri: 'bolt://127.0.0.1:7699' },
    { name: 'TEST_NEO4J_BOLT_PORT moves its own server', env: { TEST_NEO4J_BOLT_PORT: '7714', NEO4J_URI: 'bolt://x:7687' }, kind: 'own', uri: 'bolt://127.0.0.1:7714' },
    {
      name: 'only TEST_NEO4J_URI names another server',
      env: { TEST_NEO4J_URI: 'bolt://ci-db:7687', NEO4J_URI: 'bolt://prod:7687' },
      kind: 'given',
      uri: 'bolt://ci-db:7687',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const plan = planTestDatabase(c.env);
      assert.equal(plan.kind, c.kind);
      assert.equal(plan.uri, c.uri);
      const neo4j = testUri(c.env);
      assert.equal(neo4j.uri, c.uri);
      if (c.kind === 'own') {
        assert.equal(neo4j.external, false, 'an own server is started and stopped by the runner');
        assert.equal(neo4j.password, '', "the user's credentials are not sent to the test server");
        assert.equal(neo4j.database, undefined);
        assert.match(loadConfig(plan.env).dataDir, /test-neo4j$/);
      }
    });
  }
  it('credentials for an explicit test server come from TEST_NEO4J_*', () => {
    const neo4j = testUri({ TEST_NEO4J_URI: 'neo4j+s://t.example', TEST_NEO4J_PASSWORD: 'tp', NEO4J_PASSWORD: 'prod-secret' });
    assert.equal(neo4j.password, 'tp');
  });
});
