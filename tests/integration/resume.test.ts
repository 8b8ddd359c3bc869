import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest } from '../fixtures/cli.js';
import { outcomeFolder } from '../fixtures/corpus.js';
import { removeRun, runId, snapshot, testGraph } from '../fixtures/graph.js';

const RUN = runId();
const COUNT = 30;
const CLI = fileURLToPath(new URL('../../ingest/cli.js', import.meta.url));

/** Starts ingest and SIGKILLs it once `after` documents have been written. */
function killMidRun(dir: string, afterDocs: number): Promise<{ written: number; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, dir], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, INGEST_WORKERS: '1' } });
    let written = 0;
    let killed = false;
    child.stderr.on('data', (d: Buffer) => {
      written += (d.toString().match(/ingested: /g) ?? []).length;
      if (!killed && written >= afterDocs) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('close', () => resolve({ written, killed }));
  });
}

describe('crash and resume', () => {
  let graph: Graph;
  let dir: string;

  before(async () => {
    graph = await testGraph();
    dir = await outcomeFolder(RUN, COUNT);
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a run killed with SIGKILL and run again builds exactly the graph of a clean run', async () => {
    const clean = await runIngest([dir]);
    assert.equal(clean.code, 0, clean.stderr);
    const expected = await snapshot(graph, RUN);
    // Each outcome holds a document, its page, an officer and mention, a proceeding, findings and an outcome.
    assert.ok(expected.nodes.length > COUNT * 5, `clean run wrote ${expected.nodes.length} nodes`);
    assert.equal(expected.nodes.filter((n) => n.startsWith('[["Officer"]')).length, COUNT, 'one officer per outcome');
    await removeRun(graph, RUN);
    assert.equal((await snapshot(graph, RUN)).nodes.length, 0);

    const crash = await killMidRun(dir, 5);
    assert.ok(crash.killed, 'ingest finished before it could be killed');
    const partial = await graph.read<{ n: number }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN count(d) AS n', { p: RUN });
    assert.ok((partial[0]?.n ?? 0) < COUNT, 'the kill left the run unfinished');

    const resumed = await runIngest([dir]);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stderr, /unchanged/);
    const actual = await snapshot(graph, RUN);
    assert.deepEqual(actual.nodes, expected.nodes);
    assert.deepEqual(actual.relationships, expected.relationships);
  });
});
