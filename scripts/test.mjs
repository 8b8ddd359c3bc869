#!/usr/bin/env node
// The README's test command: make sure a Neo4j answers (the project's own, unless NEO4J_URI points
// elsewhere), run every compiled test with node's runner, and stop the server if this run started it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env };
const external = Boolean(env.NEO4J_URI);
const db = (cmd) => spawnSync(process.execPath, ['dist/src/localdb/cli.js', cmd], { stdio: 'inherit', env });
const wasRunning = external || db('status').status === 0;
if (!wasRunning && db('start').status !== 0) {
  console.error('could not start the local Neo4j; see .data/neo4j/neo4j.log');
  process.exit(1);
}
// One file at a time: integration tests compare whole-graph counts before and after a re-run.
const args = ['--test', '--test-concurrency=1', ...(process.argv.slice(2).length ? process.argv.slice(2) : ['dist/tests/'])];
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
if (!wasRunning) db('stop');
process.exit(result.status ?? 1);
