import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest } from '../fixtures/cli.js';
import { outcomeText, uniqueSurname } from '../fixtures/corpus.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';

const RUN = runId();
const OFFICERS = 8;
const SHARED = 2;
const DOCS = 2 * OFFICERS + SHARED;

/**
 * Folders built so that two processes collide: in each, the k-th document (in the order ingest
 * takes them) is about officer k, so both resolve the same officer at about the same moment; and
 * both end with the same SHARED documents, so both write the same document at about the same moment.
 */
async function folders(): Promise<[string, string]> {
  const a = await mkdtemp(join(tmpdir(), 'concurrent-a-'));
  const b = await mkdtemp(join(tmpdir(), 'concurrent-b-'));
  const pdf = async (officer: number, copy: string) => {
    const pages = outcomeText(RUN, officer, uniqueSurname(RUN + 'c' + officer));
    pages[2] += `\nCopy ${copy} of the outcome.`;
    return makePdf(pages);
  };
  for (let k = 0; k < OFFICERS; k++) {
    await writeFile(join(a, `${RUN}-a-${k}.pdf`), await pdf(k, 'a'));
    await writeFile(join(b, `${RUN}-b-${k}.pdf`), await pdf(k, 'b'));
  }
  for (let k = 0; k < SHARED; k++) {
    const shared = await pdf(k, 'z');
    await writeFile(join(a, `${RUN}-z-${k}.pdf`), shared);
    await writeFile(join(b, `${RUN}-z-${k}.pdf`), shared);
  }
  return [a, b];
}

/** The run's graph with node ids left out, which depend on which document came first. */
async function summary(graph: Graph) {
  const p = { p: RUN };
  const docs = await graph.read<{ file: string; status: string }>(
    'MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.file AS file, d.status AS status ORDER BY file',
    p,
  );
  const officers = await graph.read<{ name: string; files: string[]; mentions: number }>(
    `MATCH (d:Document)-[:MENTIONS]->(m:OfficerMention)-[:RESOLVED_TO]->(o:Officer) WHERE d.file STARTS WITH $p
     WITH o, d.file AS file ORDER BY file
     RETURN o.name AS name, collect(file) AS files, COUNT { (o)<-[:RESOLVED_TO]-() } AS mentions ORDER BY name, files[0]`,
    p,
  );
  const counts = await graph.read<{ label: string; n: number; distinct: number }>(
    `MATCH (d:Document) WHERE d.file STARTS WITH $p
     MATCH (d)-[*1..2]->(n) WHERE NOT n:Document
     WITH labels(n)[0] AS label, n, coalesce(n.id, n.name, n.citation, n.pseudonym, n.key) AS key
     RETURN label, count(DISTINCT n) AS n, count(DISTINCT key) AS distinct ORDER BY label`,
    p,
  );
  return { docs, officers, counts };
}

describe('two ingest processes at once on overlapping folders', () => {
  let graph: Graph;
  let dirs: [string, string];

  before(async () => {
    graph = await testGraph();
    dirs = await folders();
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('leave the graph one run leaves: no duplicate documents, officers, proceedings or units', async () => {
    const env = { ...process.env, INGEST_WORKERS: '1' };
    const one = await runIngest([...dirs], env);
    assert.equal(one.code, 0, one.stderr);
    const expected = await summary(graph);
    assert.equal(expected.docs.length, DOCS);
    assert.equal(expected.officers.length, OFFICERS, `one run resolves each officer's documents to one officer: ${JSON.stringify(expected.officers)}`);
    for (const c of expected.counts) assert.equal(c.n, c.distinct, `${c.label} has duplicates in one run`);
    await removeRun(graph, RUN);
    assert.equal((await summary(graph)).docs.length, 0);

    const [a, b] = await Promise.all([runIngest([dirs[0]], env), runIngest([dirs[1]], env)]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    const both = await summary(graph);
    for (const c of both.counts) assert.equal(c.n, c.distinct, `${c.label} duplicated by concurrent runs`);
    assert.deepEqual(both, expected);
  });
});
