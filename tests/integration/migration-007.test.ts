import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { runId, testGraph } from '../fixtures/graph.js';

/**
 * Migration 007 on a graph written before it: a membership with one date, a judgment that RECORDS a
 * proceeding of its own beside the one it REVIEWS, and a judgment whose own proceeding is the only
 * account of its case. Run twice, to show a second run changes nothing.
 */
const RUN = runId();
const T = (s: string) => `${RUN}-${s}`;

describe('migration 007: periods and rulings', () => {
  let graph: Graph;

  before(async () => {
    graph = await testGraph();
    await graph.write((tx) =>
      tx.run(
        `CREATE (o:Officer {id: $o, testRun: $t})-[:MEMBER_OF {docId: $n, asOf: '2021-05', page: 1, quote: 'of the unit'}]->(u:Unit {id: $u, name: 'Unit', testRun: $t})
         CREATE (n:Document {id: $n, file: $n + '.pdf', kind: 'hearing_outcome', testRun: $t})-[:RECORDS]->(p:Proceeding {id: $p, hearingDate: '2024-02-01', decisionDate: '2024-02-02', testRun: $t})-[:CONCERNS]->(o)
         CREATE (j:Document {id: $j, file: $j + '.pdf', kind: 'judgment', decisionDate: '2025-01-10', testRun: $t})-[:RECORDS]->(pj:Proceeding {id: $pj, hearingDate: '2024-12-01', decisionDate: '2025-01-10', testRun: $t})-[:CONCERNS]->(o)
         CREATE (j)-[:REVIEWS {officerId: $o, confidence: 0.9, reasons: ['same officer']}]->(p)
         CREATE (pj)-[:HAS_ALLEGATION]->(:Allegation {id: $a, standard: 'Confidentiality', finding: 'gross_misconduct', docId: $j, testRun: $t})
         CREATE (j)-[:MENTIONS]->(:OfficerMention {id: $m, testRun: $t})-[:RESOLVED_TO {score: 1.0}]->(o)
         CREATE (k:Document {id: $k, file: $k + '.pdf', kind: 'judgment', decisionDate: '2025-06-01', decisionBelowBody: 'misconduct panel', decisionBelowDate: '2024-09-09', testRun: $t})
                -[:RECORDS]->(pk:Proceeding {id: $pk, hearingDate: '2025-05-20', decisionDate: '2025-06-01', testRun: $t})-[:CONCERNS]->(o2:Officer {id: $o2, testRun: $t})
         CREATE (k)-[:MENTIONS]->(:OfficerMention {id: $m2, testRun: $t})-[:RESOLVED_TO {score: 1.0}]->(o2)`,
        { t: RUN, o: T('o'), o2: T('o2'), u: T('u'), n: T('n'), p: T('p'), j: T('j'), pj: T('pj'), a: T('a'), m: T('m'), k: T('k'), pk: T('pk'), m2: T('m2') },
      ),
    );
    await migrate(graph);
    await migrate(graph);
  });
  after(async () => {
    await graph.run('MATCH (n {testRun: $t}) DETACH DELETE n', { t: RUN });
    await graph.close();
  });

  it('turns a one-date membership into a period of that month', async () => {
    const [m] = await graph.read<Record<string, unknown>>(
      'MATCH (:Officer {id: $o})-[m:MEMBER_OF]->() RETURN m.from AS from, m.to AS to, m.periodStart AS s, m.periodEnd AS e, m.asOf AS asOf',
      { o: T('o') },
    );
    assert.deepEqual(m, { from: '2021-05', to: '2021-05', s: '2021-05-01', e: '2021-05-31', asOf: null });
  });

  it("gives a reviewing judgment's account to the proceeding it reviews, and drops its own proceeding", async () => {
    const rows = await graph.read<{ rel: string; id: string }>('MATCH (:Document {id: $j})-[r]->(p:Proceeding) RETURN type(r) AS rel, p.id AS id ORDER BY rel', {
      j: T('j'),
    });
    assert.deepEqual(rows, [
      { rel: 'DESCRIBES', id: T('p') },
      { rel: 'REVIEWS', id: T('p') },
    ]);
    const [a] = await graph.read<{ p: string }>('MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(:Allegation {id: $a}) RETURN p.id AS p', { a: T('a') });
    assert.equal(a?.p, T('p'));
    assert.equal((await graph.read('MATCH (p:Proceeding {id: $pj}) RETURN p', { pj: T('pj') })).length, 0);
  });

  it("keeps a judgment's only account of a case as a described proceeding without the court's dates", async () => {
    const rows = await graph.read<{ rel: string; hearing: string | null; decision: string | null }>(
      'MATCH (:Document {id: $k})-[r]->(p:Proceeding) RETURN type(r) AS rel, p.hearingDate AS hearing, p.decisionDate AS decision ORDER BY rel',
      { k: T('k') },
    );
    assert.deepEqual(rows, [
      { rel: 'DESCRIBES', hearing: null, decision: '2024-09-09' },
      { rel: 'REVIEWS', hearing: null, decision: '2024-09-09' },
    ]);
  });
});
