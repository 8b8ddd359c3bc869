#!/usr/bin/env node
// The README's test command. Tests write and delete freely, so they get a Neo4j of their own: the
// runner starts the project's server on TEST_NEO4J_BOLT_PORT (7699; the API benchmark's own server takes 7698) with data in .data/test-neo4j,
// runs every compiled test with that database in the environment, and stops the server if it started
// it. NEO4J_URI and a server on 7687 are never used; TEST_NEO4J_URI names another server explicitly.
import { spawnSync } from 'node:child_process';
import { planTestDatabase, startTestDatabase, stopTestDatabase } from '../dist/src/localdb/testDatabase.js';

const log = (s) => process.stderr.write(s + '\n');
const plan = planTestDatabase(process.env);
let started;
try {
  started = await startTestDatabase(plan, log);
} catch (err) {
  log(`tests not run: ${err?.message ?? err}`);
  if (plan.kind === 'own') log(`(the tests' own Neo4j uses port ${plan.env.NEO4J_LOCAL_BOLT_PORT}; choose another with TEST_NEO4J_BOLT_PORT)`);
  process.exit(1);
}
// Ctrl-C reaches the tests too; the runner waits for them to end and then stops the database it started.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => log(`${signal}: stopping after the tests end`));
// One file at a time: integration tests compare whole-graph counts before and after a re-run.
const files = process.argv.slice(2);
const args = ['--test', '--test-concurrency=1', ...(files.length ? files : ['dist/tests/'])];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: plan.env });
if (started) await stopTestDatabase(plan, log);
process.exit(result.status ?? 1);
