import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeDocument } from '../../ingest/write.js';
import { deleteDocument } from '../../src/graph/documents.js';
import type { Graph } from '../../src/graph/driver.js';
import { mergeOfficers, rejectMatch, splitOfficer, uncertainMatches } from '../../src/graph/resolution.js';
import { officer, processedDoc } from '../fixtures/documents.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { uniqueSurname } from '../fixtures/corpus.js';

const RUN = runId();
const SURNAME = uniqueSurname(RUN);
const W = { licence: 'test', source: null };

async function officersNamed(graph: Graph, surname: string): Promise<{ id: string; force: string; mentions: string[] }[]> {
  return graph.read(
    `MATCH (m:OfficerMention)-[:RESOLVED_TO]->(o:Officer) WHERE o.surnameKey = $s
     WITH o, collect(m.id) AS mentions RETURN o.id AS id, o.force AS force, mentions ORDER BY size(mentions) DESC, id`,
    { s: surname.toLowerCase() },
  );
}

describe('officer resolution across documents', () => {
  let graph: Graph;
  const notice = processedDoc(RUN, 1, 'hearing_notice', 'Kent Police', [officer('o1', SURNAME, { warrantNumber: '10865' })]);
  const outcome = processedDoc(RUN, 2, 'hearing_outcome', 'Kent Police', [officer('o1', `John ${SURNAME}`)], [{ officerKey: 'o1', outcome: 'dismissed_without_notice' }]);
  const judgment = processedDoc(RUN, 3, 'judgment', 'Kent Police', [officer('o1', `Mr John ${SURNAME}`, { rank: null })]);
  const otherForce = processedDoc(RUN, 4, 'hearing_outcome', 'Essex Police', [officer('o1', `John ${SURNAME}`)]);
  const sameForceOtherPerson = processedDoc(RUN, 5, 'hearing_outcome', 'Kent Police', [officer('o1', `Mary ${SURNAME}`)]);
  const labelled = [6, 7].map((n) => processedDoc(RUN, n, 'hearing_notice', 'Kent Police', [officer('o1', null, { label: 'PC A' })]));

  before(async () => {
    graph = await testGraph();
    for (const d of [notice, outcome, judgment, otherForce, sameForceOtherPerson, ...labelled]) await writeDocument(graph, d, W);
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.run('MATCH (d:ResolutionDecision) WHERE d.mentionId STARTS WITH $a OR d.mentionId STARTS WITH $b OR d.mentionId STARTS WITH $c DETACH DELETE d', {
      a: notice.sha256,
      b: outcome.sha256,
      c: judgment.sha256,
    });
    await graph.close();
  });

  it('joins a notice, an outcome and a judgment about one officer, and records why', async () => {
    const officers = await officersNamed(graph, SURNAME);
    const kent = officers[0];
    assert.ok(kent);
    assert.equal(kent.force, 'Kent Police');
    assert.deepEqual(new Set(kent.mentions), new Set([notice, outcome, judgment].map((d) => `${d.sha256}#o1`)));
    const [r] = await graph.read<{ reasons: string[]; score: number }>(
      'MATCH (:OfficerMention {id: $m})-[r:RESOLVED_TO]->() RETURN r.reasons AS reasons, r.score AS score',
      { m: `${judgment.sha256}#o1` },
    );
    assert.ok(r && r.score >= 0.75 && r.reasons.includes('same force'), JSON.stringify(r));
  });

  it('links the judgment to the proceedings it reviews, with a confidence', async () => {
    const rows = await graph.read<{ file: string; confidence: number; reasons: string[] }>(
      `MATCH (:Document {id: $j})-[rv:REVIEWS]->(:Proceeding)<-[:RECORDS]-(d:Document)
       RETURN d.file AS file, rv.confidence AS confidence, rv.reasons AS reasons ORDER BY file`,
      { j: judgment.sha256 },
    );
    assert.deepEqual(
      rows.map((r) => r.file),
      [notice.name, outcome.name],
    );
    for (const r of rows) assert.ok(r.confidence > 0.5 && r.confidence <= 1 && r.reasons.includes('same officer'), JSON.stringify(r));
  });

  it('keeps apart the same surname in another force, and a different first name in the same force', async () => {
    const officers = await officersNamed(graph, SURNAME);
    assert.equal(officers.length, 3, JSON.stringify(officers));
    const byMention = new Map(officers.flatMap((o) => o.mentions.map((m) => [m, o.id] as const)));
    assert.notEqual(byMention.get(`${otherForce.sha256}#o1`), byMention.get(`${outcome.sha256}#o1`));
    assert.notEqual(byMention.get(`${sameForceOtherPerson.sha256}#o1`), byMention.get(`${outcome.sha256}#o1`));
  });

  it('never joins anonymity labels across documents', async () => {
    const rows = await graph.read<{ n: number }>(
      `MATCH (d:Document)-[:MENTIONS]->(:OfficerMention {label: 'PC A'})-[:RESOLVED_TO]->(o:Officer) WHERE d.file STARTS WITH $p RETURN count(DISTINCT o) AS n`,
      { p: RUN },
    );
    assert.equal(rows[0]?.n, 2);
  });

  it('undoes a wrong merge, moves the facts with the mention, and the decision survives re-ingest', async () => {
    const [kent] = await officersNamed(graph, SURNAME);
    assert.ok(kent);
    const newId = await rejectMatch(graph, `${outcome.sha256}#o1`, kent.id, 'test-operator');
    assert.notEqual(newId, kent.id);
    const moved = await graph.read<{ id: string }>(`MATCH (o:Officer)-[:RECEIVED]->(:Outcome {docId: $d}) RETURN o.id AS id`, { d: outcome.sha256 });
    assert.deepEqual(
      moved.map((m) => m.id),
      [newId],
      'the outcome moved with its mention',
    );

    await deleteDocument(graph, outcome.sha256);
    await writeDocument(graph, outcome, W);
    const [again] = await graph.read<{ id: string }>('MATCH (:OfficerMention {id: $m})-[:RESOLVED_TO]->(o) RETURN o.id AS id', { m: `${outcome.sha256}#o1` });
    assert.equal(again?.id, newId);
  });

  it('merges two officers and splits them again', async () => {
    const before = await officersNamed(graph, SURNAME);
    const kent = before.find((o) => o.mentions.includes(`${notice.sha256}#o1`));
    const essex = before.find((o) => o.mentions.includes(`${otherForce.sha256}#o1`));
    assert.ok(kent && essex);
    await mergeOfficers(graph, kent.id, essex.id, 'test-operator');
    const merged = (await officersNamed(graph, SURNAME)).find((o) => o.id === kent.id);
    assert.ok(merged?.mentions.includes(`${otherForce.sha256}#o1`));
    assert.equal(
      (await officersNamed(graph, SURNAME)).some((o) => o.id === essex.id),
      false,
    );
    const splitId = await splitOfficer(graph, kent.id, [`${otherForce.sha256}#o1`], 'test-operator');
    const after = await officersNamed(graph, SURNAME);
    assert.deepEqual(after.find((o) => o.id === splitId)?.mentions, [`${otherForce.sha256}#o1`]);
  });

  it('lists close calls for review', async () => {
    const list = await uncertainMatches(graph, 500);
    assert.ok(Array.isArray(list));
    for (const m of list) assert.ok(m.score >= 0 && m.score < 1 && m.reasons.length > 0);
  });
});
