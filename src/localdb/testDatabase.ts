import { loadConfig, type Config } from '../config.js';
import { paths, readPid, serverVersion, start, stop } from './server.js';

/**
 * Which database `npm test` may write into. Tests create and delete nodes freely, so they run
 * against a server the runner starts itself (its own Bolt port and data folder), never against
 * whatever happens to answer on 7687 or whatever NEO4J_URI names: that may be a user's real data.
 * Only TEST_NEO4J_URI, which nobody sets by accident, points the tests at another server.
 */
export interface TestDatabasePlan {
  /** `own`: a project-started server in its own folder; `given`: TEST_NEO4J_URI, used as is. */
  kind: 'own' | 'given';
  uri: string;
  /** The environment every test, and every CLI or server a test spawns, runs with. */
  env: NodeJS.ProcessEnv;
}

/** Variables that would point a test at the user's database; the test environment drops them. */
const USER_DATABASE_VARIABLES = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'NEO4J_LOCAL_BOLT_PORT', 'NEO4J_DATA_DIR'];

export function planTestDatabase(env: NodeJS.ProcessEnv): TestDatabasePlan {
  const { test } = loadConfig(env);
  const clean: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(env).filter(([k]) => !USER_DATABASE_VARIABLES.includes(k)));
  if (test.neo4jUri) {
    // Credentials for an explicitly named server come with it, under the same TEST_ prefix.
    const given: NodeJS.ProcessEnv = { ...clean, NEO4J_URI: test.neo4jUri };
    if (test.user) given.NEO4J_USER = test.user;
    if (test.password) given.NEO4J_PASSWORD = test.password;
    if (test.database) given.NEO4J_DATABASE = test.database;
    return { kind: 'given', uri: test.neo4jUri, env: given };
  }
  return {
    kind: 'own',
    uri: `bolt://127.0.0.1:${test.boltPort}`,
    env: { ...clean, NEO4J_LOCAL_BOLT_PORT: String(test.boltPort), NEO4J_DATA_DIR: test.dataDir },
  };
}

/**
 * Makes the planned database answer. Returns true when this call started it (the runner then stops
 * it afterwards). A server on the test port that this folder did not start is refused by `start`,
 * so a stranger's database is never written to.
 */
export async function startTestDatabase(plan: TestDatabasePlan, log: (s: string) => void): Promise<boolean> {
  const config: Config = loadConfig(plan.env);
  if (plan.kind === 'given') {
    if (!(await serverVersion(config))) throw new Error(`TEST_NEO4J_URI ${plan.uri} does not answer`);
    log(`tests use TEST_NEO4J_URI ${plan.uri}`);
    return false;
  }
  const wasOurs = readPid(paths(config)) !== null && (await serverVersion(config)) !== null;
  await start(config, log);
  return !wasOurs;
}

export async function stopTestDatabase(plan: TestDatabasePlan, log: (s: string) => void): Promise<void> {
  if (plan.kind === 'own') await stop(loadConfig(plan.env), log);
}
