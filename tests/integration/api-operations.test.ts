import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeDocument } from '../../ingest/write.js';
import { loadConfig, type Config } from '../../src/config.js';
import { deleteDocument } from '../../src/graph/documents.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { uniqueSurname } from '../fixtures/corpus.js';
import { officer, processedDoc } from '../fixtures/documents.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { code, gql } from '../fixtures/gql.js';

/**
 * Documents go through the real writer, so resolution scores, possible matches and re-ingest are
 * ingest's own:
 *   doc1 (Kent Police): John SURNAME, dismissed              -> officer O1
 *   doc2 (no force):    SURNAME                              -> kept apart from O1 as a possible match (0.5)
 *   doc3 (Kent Police): Mary SURNAME, final written warning  -> a different person, officer O3
 */
const RUN = runId();
const SURNAME = uniqueSurname(RUN);
const W = { licence: 'test', source: null };
const doc1 = processedDoc(RUN, 1, 'hearing_outcome', 'Kent Police', [officer('o1', `John ${SURNAME}`)], [{ officerKey: 'o1', outcome: 'dismissed_without_notice' }]);
const doc2 = processedDoc(RUN, 2, 'hearing_notice', null, [officer('o1', SURNAME)]);
const doc3 = processedDoc(RUN, 3, 'hearing_outcome', 'Kent Police', [officer('o1', `Mary ${SURNAME}`)], [{ officerKey: 'o1', outcome: 'final_written_warning' }]);
const mention = (d: { sha256: string }) => `${d.sha256}#o1`;

const OFFICER = `id name mentions { id source { document { id } } resolution { method } } outcomes { outcome source { document { id } } }`;
const CONFIRM = `mutation($m: ID!, $o: ID!) { confirmMatch(mentionId: $m, officerId: $o) { ${OFFICER} } }`;
const REJECT = `mutation($m: ID!, $o: ID!) { rejectMatch(mentionId: $m, officerId: $o) { officer { ${OFFICER} } rejected { id } } }`;
const MERGE = `mutation($keep: ID!, $merge: ID!) { mergeOfficers(keepId: $keep, mergeId: $merge) { ${OFFICER} } }`;
const SPLIT = `mutation($o: ID!, $ms: [ID!]!) { splitOfficer(officerId: $o, mentionIds: $ms) { officer { ${OFFICER} } split { ${OFFICER} } } }`;
const UNCERTAIN = `{ uncertainMatches(first: 1000) { mention { id name source { page quote document { id } } officer { id } }
  candidates { officer { id } score reasons joined } } }`;

describe('operator review of officer resolution over HTTP', () => {
  const keys = { reader: `r-${RUN}`, investigator: `i-${RUN}`, operator: `o-${RUN}` };
  const base = loadConfig();
  const config: Config = {
    ...base,
    api: { ...base.api, production: false, maxPageSize: 1000, maxCost: 1_000_000, apiKeys: new Map(Object.entries(keys).map(([role, key]) => [key, role])) },
  };
  let graph: Graph;
  let app: App;
  let url: string;
  const asOperator = (query: string, variables: Record<string, unknown> = {}) => gql(url, query, variables, keys.operator);
  const ids = { o1: '', o2: '', o3: '' };

  async function officerOf(mentionId: string): Promise<string | undefined> {
    const [row] = await graph.read<{ id: string }>('MATCH (:OfficerMention {id: $m})-[:RESOLVED_TO]->(o:Officer) RETURN o.id AS id', { m: mentionId });
    return row?.id;
  }

  before(async () => {
    graph = await testGraph();
    for (const d of [doc1, doc2, doc3]) await writeDocument(graph, d, W);
    ids.o1 = (await officerOf(mention(doc1)))!;
    ids.o2 = (await officerOf(mention(doc2)))!;
    ids.o3 = (await officerOf(mention(doc3)))!;
    app = createApp(config, graph, { log: () => {} });
    url = (await app.listen(0, '127.0.0.1')).url;
  });

  after(async () => {
    await app.stop();
    await removeRun(graph, RUN);
    await graph.run('MATCH (d:ResolutionDecision) WHERE any(s IN $shas WHERE d.mentionId STARTS WITH s) DETACH DELETE d', {
      shas: [doc1, doc2, doc3].map((d) => d.sha256),
    });
    await graph.close();
  });

  it('starts from three officers, the notice kept apart from the outcome as a possible match', () => {
    assert.equal(new Set(Object.values(ids)).size, 3, JSON.stringify(ids));
  });

  it('refuses readers and investigators (FORBIDDEN) and changes nothing', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      [UNCERTAIN, {}],
      [CONFIRM, { m: mention(doc2), o: ids.o1 }],
      [REJECT, { m: mention(doc2), o: ids.o1 }],
      [MERGE, { keep: ids.o1, merge: ids.o3 }],
      [SPLIT, { o: ids.o1, ms: [mention(doc1)] }],
    ];
    for (const [query, variables] of attempts) {
      for (const key of [keys.reader, keys.investigator]) {
        const res = await gql(url, query, variables, key);
        assert.equal(code(res), 'FORBIDDEN', `${key}: ${query}`);
        assert.match(res.errors![0]!.message, /operator role/);
      }
    }
    assert.deepEqual([await officerOf(mention(doc1)), await officerOf(mention(doc2)), await officerOf(mention(doc3))], [ids.o1, ids.o2, ids.o3]);
  });

  it('lists the possible match for review with its candidate, score, reasons and source', async () => {
    const res = await asOperator(UNCERTAIN);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const entry = res.data!.uncertainMatches.find((u: any) => u.mention.id === mention(doc2));
    assert.ok(entry, 'the notice mention is listed');
    assert.deepEqual(entry.mention, { id: mention(doc2), name: SURNAME, source: { page: 1, quote: SURNAME, document: { id: doc2.sha256 } }, officer: { id: ids.o2 } });
    assert.deepEqual(entry.candidates, [{ officer: { id: ids.o1 }, score: 0.5, reasons: ['same surname'], joined: false }]);
  });

  it('confirms a match: the mention joins the officer, leaves the review list, and the decision survives re-ingest', async () => {
    const res = await asOperator(CONFIRM, { m: mention(doc2), o: ids.o1 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const o1 = res.data!.confirmMatch;
    assert.equal(o1.id, ids.o1);
    assert.deepEqual(o1.mentions.map((m: any) => m.id).sort(), [mention(doc1), mention(doc2)].sort());
    assert.equal(o1.mentions.find((m: any) => m.id === mention(doc2)).resolution.method, 'confirmed');
    // The notice's own officer had no other mention, so it is gone.
    assert.equal(code(await asOperator(`{ officer(id: "${ids.o2}") { id } }`)), 'NOT_FOUND');
    const listed = await asOperator(UNCERTAIN);
    assert.equal(
      listed.data!.uncertainMatches.some((u: any) => u.mention.id === mention(doc2)),
      false,
    );

    // Left to itself, ingest would keep the notice apart again (score 0.5 is below the join threshold).
    await deleteDocument(graph, doc2.sha256);
    await writeDocument(graph, doc2, W);
    const again = await asOperator(`{ officer(id: "${ids.o1}") { mentions { id resolution { method } } } }`);
    assert.deepEqual(
      again.data!.officer.mentions.find((m: any) => m.id === mention(doc2)),
      { id: mention(doc2), resolution: { method: 'operator' } },
    );
  });

  it('undoes a wrong merge with splitOfficer, the outcome moving back with its mention', async () => {
    const merged = await asOperator(MERGE, { keep: ids.o1, merge: ids.o3 });
    assert.equal(merged.errors, undefined, JSON.stringify(merged.errors));
    const o1 = merged.data!.mergeOfficers;
    assert.deepEqual(o1.mentions.map((m: any) => m.id).sort(), [mention(doc1), mention(doc2), mention(doc3)].sort());
    assert.deepEqual(o1.outcomes.map((o: any) => o.outcome).sort(), ['dismissed_without_notice', 'final_written_warning']);
    assert.equal(code(await asOperator(`{ officer(id: "${ids.o3}") { id } }`)), 'NOT_FOUND');

    const split = await asOperator(SPLIT, { o: ids.o1, ms: [mention(doc3)] });
    assert.equal(split.errors, undefined, JSON.stringify(split.errors));
    const { officer: kept, split: apart } = split.data!.splitOfficer;
    assert.equal(kept.id, ids.o1);
    assert.deepEqual(kept.mentions.map((m: any) => m.id).sort(), [mention(doc1), mention(doc2)].sort());
    assert.deepEqual(
      kept.outcomes.map((o: any) => o.outcome),
      ['dismissed_without_notice'],
    );
    assert.notEqual(apart.id, ids.o1);
    assert.equal(apart.name, `Mary ${SURNAME}`);
    assert.deepEqual(
      apart.mentions.map((m: any) => m.id),
      [mention(doc3)],
    );
    assert.deepEqual(apart.outcomes, [{ outcome: 'final_written_warning', source: { document: { id: doc3.sha256 } } }]);
    ids.o3 = apart.id;
  });

  it('rejects a match: the mention moves to an officer of its own', async () => {
    const res = await asOperator(REJECT, { m: mention(doc2), o: ids.o1 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { officer: own, rejected } = res.data!.rejectMatch;
    assert.notEqual(own.id, ids.o1);
    assert.deepEqual(
      own.mentions.map((m: any) => m.id),
      [mention(doc2)],
    );
    assert.deepEqual(rejected, { id: ids.o1 });
    assert.equal(await officerOf(mention(doc2)), own.id);
  });

  it('answers bad ids with NOT_FOUND or BAD_USER_INPUT and clear messages, creating nothing', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [MERGE, { keep: ids.o1, merge: ids.o1 }, 'BAD_USER_INPUT', /same officer/],
      [MERGE, { keep: ids.o1, merge: `${RUN}-nobody` }, 'NOT_FOUND', new RegExp(`No officer with id ${RUN}-nobody`)],
      [CONFIRM, { m: `${RUN}-no-mention`, o: ids.o1 }, 'NOT_FOUND', /No officer mention with id/],
      [CONFIRM, { m: mention(doc1), o: `${RUN}-nobody` }, 'NOT_FOUND', /No officer with id/],
      [CONFIRM, { m: '  ', o: ids.o1 }, 'BAD_USER_INPUT', /mentionId/],
      [REJECT, { m: mention(doc1), o: `${RUN}-nobody` }, 'NOT_FOUND', /No officer with id/],
      [SPLIT, { o: ids.o1, ms: [] }, 'BAD_USER_INPUT', /at least one mention/],
      [SPLIT, { o: ids.o1, ms: [mention(doc3)] }, 'BAD_USER_INPUT', /is not resolved to officer/],
      [SPLIT, { o: `${RUN}-nobody`, ms: [mention(doc1)] }, 'NOT_FOUND', /No officer with id/],
    ];
    for (const [query, variables, expected, message] of cases) {
      const res = await asOperator(query, variables);
      assert.equal(code(res), expected, `${JSON.stringify(variables)}: ${JSON.stringify(res.errors)}`);
      assert.match(res.errors![0]!.message, message);
    }
    // Confirming to an unknown officer must not have created one, and the refused split moved nothing.
    assert.equal(code(await asOperator(`{ officer(id: "${RUN}-nobody") { id } }`)), 'NOT_FOUND');
    assert.equal(await officerOf(mention(doc3)), ids.o3);
    assert.equal(await officerOf(mention(doc1)), ids.o1);
  });

  it('keeps operator queries under the cost limit like any other', async () => {
    const limited = createApp({ ...config, api: { ...config.api, maxCost: 100 } }, graph, { log: () => {} });
    try {
      const { url: u } = await limited.listen(0, '127.0.0.1');
      const res = await gql(u, UNCERTAIN, {}, keys.operator);
      assert.equal(code(res), 'QUERY_TOO_COSTLY');
      const small = await gql(u, `{ uncertainMatches(first: 2) { mention { id } candidates { score } } }`, {}, keys.operator);
      assert.equal(small.errors, undefined, JSON.stringify(small.errors));
    } finally {
      await limited.stop();
    }
  });
});
