import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { AppError, ErrorCode } from '../../src/errors.js';

describe('loadConfig', () => {
  it('defaults to the project-started local server', () => {
    const c = loadConfig({});
    assert.equal(c.neo4j.uri, 'bolt://127.0.0.1:7687');
    assert.equal(c.neo4j.external, false);
    assert.equal(c.port, 4000);
  });
  it('uses NEO4J_URI and marks it external', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', PORT: '8080' });
    assert.equal(c.neo4j.external, true);
    assert.equal(c.neo4j.uri, 'neo4j+s://x.databases.neo4j.io');
    assert.equal(c.port, 8080);
  });
  it('parses API keys with roles', () => {
    assert.deepEqual(
      [...loadConfig({ API_KEYS: 'a:reader, b:operator' }).api.apiKeys],
      [
        ['a', 'reader'],
        ['b', 'operator'],
      ],
    );
  });
  it('reads the API cost limit, 10000 by default', () => {
    assert.equal(loadConfig({}).api.maxCost, 10000);
    assert.equal(loadConfig({ API_MAX_COST: '2500' }).api.maxCost, 2500);
  });
  const bad = [{ PORT: 'eighty' }, { PORT: '-1' }, { API_KEYS: 'nokey' }, { API_MAX_COST: 'lots' }];
  for (const env of bad) {
    it(`rejects ${JSON.stringify(env)} with CONFIG_INVALID`, () => {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) => e instanceof AppError && e.code === ErrorCode.CONFIG_INVALID,
      );
    });
  }
});
