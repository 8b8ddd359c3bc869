import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertApiAccess, assertIngestSecrets, loadConfig } from '../../src/config.js';
import { AppError, ErrorCode } from '../../src/errors.js';

const INGEST = fileURLToPath(new URL('../../ingest/cli.js', import.meta.url));
const API = fileURLToPath(new URL('../../src/server/main.js', import.meta.url));
/** An environment with none of the developer's own settings, so only what a case sets counts. */
const bare = (extra: Record<string, string>) => ({ PATH: process.env.PATH ?? '', NEO4J_URI: 'bolt://127.0.0.1:1', ...extra });
const configInvalid = (e: unknown) => e instanceof AppError && e.code === ErrorCode.CONFIG_INVALID;

describe('fail closed in production', () => {
  const cases: { name: string; env: Record<string, string>; ingest: boolean; api: boolean }[] = [
    { name: 'development: both run without secrets', env: {}, ingest: true, api: true },
    { name: 'production without PSEUDONYM_KEY or API_KEYS', env: { NODE_ENV: 'production' }, ingest: false, api: false },
    { name: 'production with both set', env: { NODE_ENV: 'production', PSEUDONYM_KEY: 'k'.repeat(40), API_KEYS: 'r1:reader' }, ingest: true, api: true },
    { name: 'production, open access said explicitly', env: { NODE_ENV: 'production', API_OPEN_ACCESS: 'true' }, ingest: false, api: true },
    { name: 'production, a typo in the keys variable', env: { NODE_ENV: 'production', PSEUDONYM_KEY: 'k'.repeat(40), API_KEY: 'r1:reader' }, ingest: true, api: false },
    {
      name: 'production, the development key spelled out',
      env: { NODE_ENV: 'production', PSEUDONYM_KEY: 'development-only-pseudonym-key', API_KEYS: 'a:operator' },
      ingest: false,
      api: true,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const config = loadConfig(c.env);
      if (c.ingest) assert.doesNotThrow(() => assertIngestSecrets(config));
      else assert.throws(() => assertIngestSecrets(config), configInvalid);
      if (c.api) assert.doesNotThrow(() => assertApiAccess(config));
      else assert.throws(() => assertApiAccess(config), configInvalid);
    });
  }

  it('ingest says why in one line and exits 1, before touching any file or database', () => {
    const r = spawnSync(process.execPath, [INGEST, '--dry-run', '/nonexistent.pdf'], { env: bare({ NODE_ENV: 'production' }), encoding: 'utf8' });
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /PSEUDONYM_KEY.*\[CONFIG_INVALID\]/);
    assert.doesNotMatch(r.stderr, /\bat \S+:\d+/, 'no stack trace');
  });

  it('the API says why in one line and exits 1, before waiting for Neo4j', () => {
    const r = spawnSync(process.execPath, [API], {
      env: bare({ NODE_ENV: 'production', PSEUDONYM_KEY: 'k'.repeat(40), PORT: '4011' }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.status, 1);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /CONFIG_INVALID: API_KEYS is not set/);
  });
});
