import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeDocument } from '../../ingest/write.js';
import { deleteDocument } from '../../src/graph/documents.js';
import { migrate } from '../../src/graph/migrate.js';
import { sanctionPrecedents, type SanctionFilter } from '../../src/graph/sanctionPrecedents.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { JudgmentFacts } from '../../src/domain/extraction.js';
import type { Finding, OutcomeKind, Standard } from '../../src/domain/vocabulary.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { uniqueSurname } from '../fixtures/corpus.js';
import { officer, processedDoc } from '../fixtures/documents.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { gql } from '../fixtures/gql.js';

const RUN = runId();
const SURNAME = uniqueSurname(RUN);
/** A force of this run alone, so other tests' proceedings never match. */
const FORCE = `${SURNAME} Constabulary`;
const W = { licence: 'test', source: null };
const at = (quote: string) => ({ page: 1, start: 0, end: quote.length, quote });

/** One outcome report: an officer, one allegation with its finding, one sanction, the conduct in words. */
function report(n: number, first: string, standard: Standard, finding: Finding, outcome: OutcomeKind, date: string, conduct: string) {
  const doc = processedDoc(RUN, n, 'hearing_outcome', FORCE, [officer('o1', `${first} ${SURNAME}`)], [{ officerKey: 'o1', outcome }]);
  doc.extraction.allegations = [{ officerKey: 'o1', standard, finding, source: at(`breached ${standard}: ${finding} proven`) }];
  doc.extraction.outcomes[0]!.source = at(`the panel imposed ${outcome.replace(/_/g, ' ')}`);
  doc.extraction.dates = [{ role: 'decision', date, source: at(date) }];
  doc.pages = [{ num: 1, text: `${doc.pages[0]!.text}\n${conduct} (ref ${RUN})` }];
  return doc;
}

const docs = [
  report(1, 'Amos', 'Honesty and Integrity', 'gross_misconduct', 'dismissed_without_notice', '2029-02-01', 'He made a false statement about the arrest.'),
  report(2, 'Bryn', 'Honesty and Integrity', 'gross_misconduct', 'final_written_warning', '2029-05-01', 'She gave a false statement to the investigator.'),
  report(3, 'Cato', 'Honesty and Integrity', 'gross_misconduct', 'dismissed_without_notice', '2030-03-01', 'He altered a pocket notebook entry.'),
  report(4, 'Dara', 'Use of Force', 'gross_misconduct', 'dismissed_without_notice', '2030-04-01', 'He struck a detained man.'),
  report(5, 'Evan', 'Honesty and Integrity', 'misconduct', 'written_warning', '2030-06-01', 'A false statement on an overtime claim.'),
];

/** A High Court ruling reviewing Bryn's final written warning, and quashing it. */
const ruling = processedDoc(RUN, 6, 'judgment', FORCE, [officer('o1', `Bryn ${SURNAME}`)]);
ruling.extraction.dates = [{ role: 'decision', date: '2030-01-15', source: at('15 January 2030') }];
ruling.extraction.judgment = {
  neutralCitation: `[2030] EWHC ${1000 + Math.floor(Math.random() * 8999)} (Admin)`,
  court: 'EWHC (Admin)',
  caseNumbers: [],
  judges: [],
  parties: [],
  jrResult: 'quashed',
  jrResultSource: null,
  citations: [],
  legislation: [],
  appealFrom: null,
  decisionBelow: null,
} satisfies JudgmentFacts;

const QUERY = `query($s: [String!], $f: Finding, $force: String, $from: Int, $to: Int, $text: String, $first: Int) {
  sanctionPrecedents(standards: $s, finding: $f, force: $force, fromYear: $from, toYear: $to, text: $text, first: $first) {
    proceedings
    buckets { outcome count share examples {
      proceeding { id decisionDate }
      finding { standard finding source { quote document { id } } }
      sanction { outcome source { quote document { id } } }
      reviewedBy { ruling { id jrResult } } } } } }`;

describe('sanction precedents', () => {
  let graph: Graph;
  let app: App;
  let url: string;

  before(async () => {
    graph = await testGraph();
    for (const d of [...docs, ruling]) await writeDocument(graph, d, W);
    const config: Config = loadConfig();
    app = createApp({ ...config, api: { ...config.api, apiKeys: new Map(), maxPageSize: 50 } }, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app?.stop();
    await removeRun(graph, RUN);
    await graph.close();
  });

  it('counts outcomes over proceedings with the same Standard and finding, with quoted examples and the ruling that reviewed one', async () => {
    const res = await gql(url, QUERY, { s: ['Honesty and Integrity'], f: 'gross_misconduct', force: FORCE });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const p = res.data?.sanctionPrecedents;
    assert.equal(p.proceedings, 3);
    assert.deepEqual(
      (p.buckets as any[]).map((b) => [b.outcome, b.count, Math.round(b.share * 100), b.examples.map((e: any) => e.proceeding.decisionDate)]),
      [
        ['dismissed_without_notice', 2, 67, ['2030-03-01', '2029-02-01']],
        ['final_written_warning', 1, 33, ['2029-05-01']],
      ],
    );
    const fww = p.buckets[1].examples[0];
    assert.equal(fww.finding.source.quote, 'breached Honesty and Integrity: gross_misconduct proven');
    assert.equal(fww.finding.source.document.id, docs[1]!.sha256);
    assert.equal(fww.sanction.source.quote, 'the panel imposed final written warning');
    assert.deepEqual(
      fww.reviewedBy.map((r: any) => [r.ruling.id, r.ruling.jrResult]),
      [[ruling.sha256, 'quashed']],
    );
    assert.deepEqual(p.buckets[0].examples[0].reviewedBy, []);
  });

  it('narrows by conduct words, years and examples per outcome', async () => {
    const words = await gql(url, QUERY, { s: ['Honesty and Integrity'], force: FORCE, text: '"false statement"' });
    assert.equal(words.errors, undefined, JSON.stringify(words.errors));
    assert.deepEqual(
      (words.data?.sanctionPrecedents.buckets as any[]).map((b) => [b.outcome, b.count]),
      [
        ['dismissed_without_notice', 1],
        ['final_written_warning', 1],
        ['written_warning', 1],
      ],
    );
    const years = await gql(url, QUERY, { force: FORCE, from: 2030, to: 2030, first: 1 });
    const buckets = years.data?.sanctionPrecedents.buckets as any[];
    assert.equal(years.data?.sanctionPrecedents.proceedings, 3);
    assert.deepEqual(
      buckets.map((b) => [b.outcome, b.count, b.examples.length]),
      [
        ['dismissed_without_notice', 2, 1],
        ['written_warning', 1, 1],
      ],
    );
  });

  it('counts from the kinds each proceeding keeps, from its outcomes when it keeps none, and forgets a withdrawn outcome', async () => {
    const counts = async () =>
      ((await gql(url, QUERY, { s: ['Use of Force'], force: FORCE })).data?.sanctionPrecedents.buckets as any[]).map((b) => [b.outcome, b.count]);
    const [kinds] = await graph.read<{ kinds: string[] }>(`MATCH (:Document {id: $id})-[:RECORDS]->(p:Proceeding) RETURN p.outcomeKinds AS kinds`, {
      id: docs[3]!.sha256,
    });
    assert.deepEqual(kinds?.kinds, ['dismissed_without_notice']);
    // A graph written before the property existed: the same answer from the outcomes themselves.
    await graph.write((tx) => tx.run(`MATCH (:Document {id: $id})-[:RECORDS]->(p:Proceeding) REMOVE p.outcomeKinds`, { id: docs[3]!.sha256 }));
    assert.deepEqual(await counts(), [['dismissed_without_notice', 1]]);
    const extra = report(7, 'Fenn', 'Use of Force', 'misconduct', 'written_warning', '2031-01-01', 'He pushed a detainee into a cell door.');
    await writeDocument(graph, extra, W);
    assert.deepEqual(await counts(), [
      ['dismissed_without_notice', 1],
      ['written_warning', 1],
    ]);
    await deleteDocument(graph, extra.sha256);
    assert.deepEqual(await counts(), [['dismissed_without_notice', 1]]);
  });

  /** Every filter shape the tallies answer, over this run's force: each Standard and finding, either alone, none, years, examples per outcome. */
  const filters = (): SanctionFilter[] => {
    const base = { force: FORCE, fromYear: null, toYear: null, text: null, first: 2 };
    return [
      { ...base, standards: ['Honesty and Integrity'], finding: 'gross_misconduct' },
      { ...base, standards: ['Honesty and Integrity'], finding: null, first: 1 },
      { ...base, standards: ['Use of Force'], finding: 'misconduct' },
      { ...base, standards: [], finding: 'gross_misconduct', fromYear: 2030 },
      { ...base, standards: [], finding: null, toYear: 2029, first: 5 },
      { ...base, standards: [], finding: null },
    ];
  };
  const bothWays = async () => {
    const read = graph.read.bind(graph);
    const out = [];
    for (const f of filters()) {
      const tallied = await sanctionPrecedents(read, f);
      assert.deepEqual(tallied, await sanctionPrecedents(read, f, 'proceedings'), JSON.stringify(f));
      out.push(tallied);
    }
    return out;
  };

  it('counts from the tallies exactly what counting the proceedings gives, after writes and deletes', async () => {
    const before = await bothWays();
    assert.equal(before[5]!.proceedings, 5);
    const later = [
      report(8, 'Gale', 'Honesty and Integrity', 'gross_misconduct', 'reduction_in_rank', '2031-07-01', 'He misled the custody sergeant.'),
      report(9, 'Hale', 'Use of Force', 'misconduct', 'written_warning', '2028-09-01', 'She pulled a detainee by the hair.'),
    ];
    for (const d of later) await writeDocument(graph, d, W);
    const grown = await bothWays();
    assert.equal(grown[5]!.proceedings, 7);
    assert.deepEqual(grown[0]!.buckets[0]!.examples.length, 2);
    for (const d of later) await deleteDocument(graph, d.sha256);
    assert.deepEqual(await bothWays(), before);
  });

  it('builds the tallies of a graph written before them (migration 012), and a second run changes nothing', async () => {
    const before = await bothWays();
    const tallies = () =>
      graph.read<{ key: string; proceedings: number; outcomes: string[]; counts: number[]; members: string[] }>(
        `MATCH (t:SanctionTally {force: $force})
         RETURN t.key AS key, t.proceedings AS proceedings, t.outcomes AS outcomes, t.counts AS counts,
           COLLECT { MATCH (t)<-[:TALLIED_IN]-(p) RETURN p.id ORDER BY p.id } AS members ORDER BY key`,
        { force: FORCE },
      );
    const written = await tallies();
    assert.ok(written.length > 6);
    await graph.write((tx) => tx.run(`MATCH (p:Proceeding {force: $force}) REMOVE p.outcomeKinds WITH p MATCH (p)-[:TALLIED_IN]->(t) DETACH DELETE t`, { force: FORCE }));
    assert.deepEqual(await tallies(), []);
    await migrate(graph);
    assert.deepEqual(await tallies(), written);
    assert.deepEqual(await bothWays(), before);
    await migrate(graph);
    assert.deepEqual(await tallies(), written);
  });

  it('refuses an unknown Standard and malformed text, naming the reason', async () => {
    const bad = await gql(url, QUERY, { s: ['Honesty'] });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(bad.errors?.[0]?.message ?? '', /Unknown Standard "Honesty"/);
    const lucene = await gql(url, QUERY, { force: FORCE, text: '"unclosed' });
    assert.equal(lucene.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });
});
