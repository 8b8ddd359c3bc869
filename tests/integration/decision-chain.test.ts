import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeDocument } from '../../ingest/write.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { JudgmentFacts } from '../../src/domain/extraction.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { uniqueSurname } from '../fixtures/corpus.js';
import { officer, processedDoc } from '../fixtures/documents.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { gql } from '../fixtures/gql.js';

const RUN = runId();
const SURNAME = uniqueSurname(RUN);
const FORCE = 'Dorset Police';
const N = 1000 + Math.floor(Math.random() * 8999);
const HIGH_COURT = `[2031] EWHC ${N} (Admin)`;
const APPEAL = `[2032] EWCA Civ ${N}`;
const W = { licence: 'test', source: null };
const at = (quote: string) => ({ page: 1, start: 0, end: quote.length, quote });

function judgment(facts: Partial<JudgmentFacts>): JudgmentFacts {
  return {
    neutralCitation: null,
    court: null,
    caseNumbers: [],
    judges: [],
    parties: [],
    jrResult: null,
    jrResultSource: null,
    citations: [],
    legislation: [],
    appealFrom: null,
    decisionBelow: null,
    ...facts,
  };
}

/** A panel's outcome, the High Court's review of the appeals tribunal after it, and the appeal from that ruling. */
const outcome = processedDoc(RUN, 1, 'hearing_outcome', FORCE, [officer('o1', `Edwin ${SURNAME}`)], [{ officerKey: 'o1', outcome: 'dismissed_without_notice' }]);
outcome.extraction.dates = [{ role: 'decision', date: '2030-01-10', source: at('10 January 2030') }];

const highCourt = processedDoc(RUN, 2, 'judgment', FORCE, [officer('o1', `Edwin ${SURNAME}`)]);
highCourt.extraction.dates = [{ role: 'decision', date: '2031-03-12', source: at('12 March 2031') }];
highCourt.extraction.judgment = judgment({
  neutralCitation: HIGH_COURT,
  court: 'EWHC (Admin)',
  judges: ['Mr Justice Halloran'],
  jrResult: 'dismissed',
  decisionBelow: { body: 'police appeals tribunal', result: 'dismissed', date: '2030-06-01', source: at('the tribunal dismissed his appeal on 1 June 2030') },
});

const courtOfAppeal = processedDoc(RUN, 3, 'judgment', FORCE, []);
courtOfAppeal.extraction.dates = [{ role: 'decision', date: '2032-01-20', source: at('20 January 2032') }];
courtOfAppeal.extraction.judgment = judgment({
  neutralCitation: APPEAL,
  court: 'EWCA Civ',
  judges: ['Lord Justice Pemberton'],
  jrResult: 'appeal_dismissed',
  appealFrom: { citation: HIGH_COURT, court: 'EWHC (Admin)', method: 'heading', source: at(HIGH_COURT) },
});

const CHAIN = `query($p: ID, $r: ID) { decisionChain(proceedingId: $p, rulingId: $r) { daysFirstToLast
  steps { level decisionMaker date result known daysFromPrevious document { id } proceeding { id } source { page quote document { id } } } } }`;

describe('the decision chain in one answer', () => {
  let graph: Graph;
  let app: App;
  let url: string;

  before(async () => {
    graph = await testGraph();
    for (const d of [outcome, highCourt, courtOfAppeal]) await writeDocument(graph, d, W);
    const config: Config = loadConfig();
    app = createApp({ ...config, api: { ...config.api, apiKeys: new Map(), maxPageSize: 50 } }, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app?.stop();
    await removeRun(graph, RUN);
    await graph.close();
  });

  it('from the Court of Appeal ruling: proceeding, tribunal, High Court, Court of Appeal with dates, results, sources and days between', async () => {
    const res = await gql(url, CHAIN, { r: courtOfAppeal.sha256 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const chain = res.data?.decisionChain;
    assert.deepEqual(
      (chain.steps as any[]).map((s) => [s.level, s.decisionMaker, s.date, s.result, s.known, s.daysFromPrevious, s.document?.id]),
      [
        ['misconduct proceeding', FORCE, '2030-01-10', 'dismissed_without_notice', 'proceeding', null, outcome.sha256],
        ['police appeals tribunal', 'police appeals tribunal', '2030-06-01', 'dismissed', 'described', 142, highCourt.sha256],
        ['High Court', 'Mr Justice Halloran', '2031-03-12', 'dismissed', 'ruling', 284, highCourt.sha256],
        ['Court of Appeal', 'Lord Justice Pemberton', '2032-01-20', 'appeal_dismissed', 'ruling', 314, courtOfAppeal.sha256],
      ],
    );
    assert.equal(chain.daysFirstToLast, 740);
    assert.equal(chain.steps[0].source.quote, 'dismissed_without_notice');
    assert.equal(chain.steps[1].source.quote, 'the tribunal dismissed his appeal on 1 June 2030');
    assert.ok(chain.steps[0].proceeding.id);
  });

  it('from the proceeding: the same chain', async () => {
    const [p] = await graph.read<{ id: string }>('MATCH (:Document {id: $d})-[:RECORDS]->(p:Proceeding) RETURN p.id AS id', { d: outcome.sha256 });
    const res = await gql(url, CHAIN, { p: p?.id });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(
      (res.data?.decisionChain.steps as any[]).map((s) => s.level),
      ['misconduct proceeding', 'police appeals tribunal', 'High Court', 'Court of Appeal'],
    );
  });

  it('asks for exactly one start, and answers null for an unknown one', async () => {
    const both = await gql(url, CHAIN, { p: 'x', r: 'y' });
    assert.equal(both.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const unknown = await gql(url, CHAIN, { r: 'no-such-document' });
    assert.equal(unknown.errors, undefined);
    assert.equal(unknown.data?.decisionChain, null);
  });
});
