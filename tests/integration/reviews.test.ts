import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RecordShape } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { runIngest } from '../fixtures/cli.js';
import { removeRun, runId, snapshot, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';
import { gql } from '../fixtures/gql.js';

const RUN = runId();
/** A capitalised word made from the run id, so this run's unit, officers and parties are its own. */
const W = 'Q' + RUN.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
const FORCE = 'Cumbria Constabulary';
const UNIT = `${W} Harbour Command`;
const UNIT_ID = `${FORCE}/${UNIT}`;
const CASE_NO = 1000 + Math.floor(Math.random() * 8999);
const BELOW = `[2031] EWHC ${CASE_NO} (Admin)`;
const APPEAL = `[2032] EWCA Civ ${CASE_NO}`;

/** A review of our own writing: chapter numbering, a paragraph over a page break, 6.1 beside 6.10. */
const review = [
  `Thematic Review of Professional Standards in Cumbria Constabulary - Final Report (ref ${RUN})
Chapter 6: Specialist units and repeat complaints
Repeat complaints
6.1 We examined every complaint recorded against Cumbria Constabulary officers over five years. The data held 2,415 complaints, made against 1,302 officers.
6.2 Of the 1,302 officers, 287 faced more than one complaint and 41 faced five or more.
The ${UNIT}
6.3 The ${UNIT} (HBC) patrols the estuary and the port. In 2024 it had 64 officers.
6.4 We found that supervisors in the HBC were seldom told about earlier complaints against officers joining it. We heard the command described as "a quiet posting for people who need one".
6.5 PC Ulric ${W}son served in the command from 2019. He was convicted in 2024 of misconduct in public office.
6.6 Patrols are crewed by two officers and a coxswain.
6.7 Most of the work is at night.
6.8 The command has its own training school.
6.9 The force does not`,
  `record which unit an officer worked in when a complaint was made, so a pattern inside one unit stays hidden.
6.10 Officers in the ${UNIT} told the Review that challenge was discouraged and that complaints were settled informally by sergeants.
Recommendation 1
Cumbria Constabulary should commission an independent review of the culture and supervision of the ${UNIT} within six months.
Recommendation 2: Supervisors should be told of earlier complaints against any officer joining a specialist unit.`,
];

const below = [
  `Neutral Citation Number: ${BELOW}
Case No: AC-2031-LON-00${CASE_NO}
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
ADMINISTRATIVE COURT
Date: 12/03/2031
Before :
MR JUSTICE HALLORAN
Between :
THE KING
(on the application of POLICE CONSTABLE HAL ${W.toUpperCase()}FORD) Claimant
- and -
POLICE MISCONDUCT PANEL Defendant
- and -
THE CHIEF CONSTABLE OF CUMBRIA CONSTABULARY Interested Party
Hearing date: 2 March 2031
Approved Judgment
1. The claimant, PC Hal ${W}ford, challenges the panel's decision to dismiss him without notice. Reference ${RUN}-below.
2. For the reasons that follow the claim is dismissed.`,
];

const appeal = [
  `Neutral Citation Number: ${APPEAL}
Case No: CA-2031-00${CASE_NO}
IN THE COURT OF APPEAL (CIVIL DIVISION)
ON APPEAL FROM THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION, ADMINISTRATIVE COURT
MR JUSTICE HALLORAN
${BELOW}
Royal Courts of Justice
Date: 20/01/2032
Before :
LORD JUSTICE PEMBERTON
Between :
THE KING
(on the application of POLICE CONSTABLE HAL ${W.toUpperCase()}FORD) Appellant
- and -
POLICE MISCONDUCT PANEL Respondent
- and -
THE CHIEF CONSTABLE OF CUMBRIA CONSTABULARY Interested Party
Hearing date: 9 January 2032
Approved Judgment
1. PC Hal ${W}ford appeals against the order of Halloran J dismissing his claim for judicial review. Reference ${RUN}-appeal.
2. The panel found that he had used excessive force and he was dismissed without notice.
3. The judge held that the panel's decision was lawful.`,
  `4. We agree with the judge.
5. The appeal is dismissed.`,
];

/** Counts database round trips, to show nested fields are batched rather than fetched per parent. */
class CountingGraph extends Graph {
  reads = 0;
  override read<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T[]> {
    this.reads++;
    return super.read<T>(cypher, params, timeoutMs);
  }
}

describe('reviews and judgments in the graph and the API', () => {
  let graph: Graph;
  let dir: string;
  let app: App;
  let url: string;
  let counting: CountingGraph;
  const ids: Record<string, string> = {};

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'reviews-'));
    await writeFile(join(dir, `${RUN}-review.pdf`), await makePdf(review));
    await writeFile(join(dir, `${RUN}-below.pdf`), await makePdf(below));
    await writeFile(join(dir, `${RUN}-appeal.pdf`), await makePdf(appeal));
    const r = await runIngest([dir]);
    assert.equal(r.code, 0, r.stderr);
    const docs = await graph.read<{ file: string; id: string }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.file AS file, d.id AS id', { p: RUN });
    for (const d of docs) ids[d.file.slice(RUN.length + 1, -4)] = d.id;
    const config: Config = loadConfig();
    counting = new CountingGraph(createDriver(config.neo4j), config.neo4j.database);
    app = createApp({ ...config, api: { ...config.api, apiKeys: new Map(), maxPageSize: 50 } }, counting, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app?.stop();
    await counting?.close();
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('classifies and writes the three documents', async () => {
    const rows = await graph.read<{ file: string; kind: string }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.file AS file, d.kind AS kind ORDER BY file', {
      p: RUN,
    });
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['judgment', 'judgment', 'review'],
    );
  });

  it('answers the review findings about a unit, each with page and quote', async () => {
    const res = await gql(
      url,
      `query($id: ID!) { unit(id: $id) { name reviewFindings { text cue paragraph about { unit { id } via text } document { id } source { page start end quote } }
        recommendations { label addressee } } }`,
      { id: UNIT_ID },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const findings = (res.data?.unit.reviewFindings as any[]).filter((f) => f.document.id === ids.review);
    assert.deepEqual(
      findings.map((f) => [f.paragraph, f.source.page, f.about[0].via]),
      [
        ['6.4', 1, 'named'],
        ['6.4', 1, 'context'],
        ['6.10', 2, 'named'],
      ],
    );
    assert.match(findings[0].text, /^We found that supervisors in the HBC were seldom told/);
    assert.equal(findings[0].about[0].text, 'HBC');
    assert.equal(findings[1].about[0].text, 'the command');
    for (const f of findings) {
      assert.ok(f.source.quote.length > 20 && f.source.end > f.source.start, JSON.stringify(f.source));
      assert.ok(f.text.startsWith(f.source.quote.replace(/…$/, '')), 'the quote is the sentence');
    }
    assert.deepEqual(
      res.data?.unit.recommendations.map((r: any) => [r.label, r.addressee]),
      [['1', 'Cumbria Constabulary']],
    );
  });

  it('answers the force finding and the review structure: sections, figures, paragraphs with labels', async () => {
    const res = await gql(
      url,
      `query($id: ID!, $force: String!) {
        force(name: $force) { reviewFindings { text document { id } source { page } } }
        document(id: $id) {
          sections { label title kind level paragraphs { label } }
          recommendations { label text units { id } source { page quote } }
          statistics { value text unit measure description paragraph source { page } }
          paragraphs(first: 20) { totalCount edges { node { label number page endPage quote text } } }
          officers { name rank officer { id name } }
        } }`,
      { id: ids.review, force: FORCE },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const forceFindings = (res.data?.force.reviewFindings as any[]).filter((f) => f.document.id === ids.review);
    assert.deepEqual(
      forceFindings.map((f) => [f.source.page, f.text.slice(0, 24)]),
      [[1, 'The force does not recor']],
    );
    const doc = res.data?.document;
    assert.deepEqual(
      doc.sections.map((s: any) => [s.label, s.kind, s.level, s.paragraphs.length]),
      [
        ['6', 'chapter', 1, 10],
        [null, 'heading', 3, 2],
        [null, 'heading', 3, 8],
      ],
    );
    assert.equal(doc.sections[2].title, `The ${UNIT}`);
    assert.deepEqual(
      doc.recommendations.map((r: any) => [r.label, r.units.map((u: any) => u.id), r.source.page]),
      [
        ['1', [UNIT_ID], 2],
        ['2', [], 2],
      ],
    );
    const stat = doc.statistics.find((s: any) => s.text === '287');
    assert.deepEqual(stat, {
      value: 287,
      text: '287',
      unit: 'count',
      measure: 'officers',
      description: '287 faced more than one complaint',
      paragraph: '6.2',
      source: { page: 1 },
    });
    const paras = doc.paragraphs.edges.map((e: any) => e.node);
    assert.equal(doc.paragraphs.totalCount, 10);
    assert.deepEqual(
      paras.map((p: any) => p.label),
      ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'],
    );
    const [p61, p69, p610] = [paras[0], paras[8], paras[9]];
    assert.equal(p61.number, p610.number, '6.1 and 6.10 are one number...');
    assert.notEqual(p61.label, p610.label, '...but two labels');
    assert.deepEqual([p69.page, p69.endPage], [1, 2], 'paragraph 6.9 runs over the page break');
    assert.match(p69.text, /does not\nrecord which unit/);
    const named = doc.officers.map((o: any) => o.name);
    assert.ok(named.includes(`Ulric ${W}son`), `named officer resolved: ${JSON.stringify(named)}`);
    assert.ok(
      doc.officers.every((o: any) => o.officer?.id),
      'every mention resolved to an officer',
    );
  });

  it('pages through paragraphs with cursors', async () => {
    const q = `query($id: ID!, $after: String) { document(id: $id) { paragraphs(first: 4, after: $after) { edges { node { label } } pageInfo { hasNextPage endCursor } } } }`;
    const labels: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await gql(url, q, { id: ids.review, after });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const page = res.data?.document.paragraphs;
      labels.push(...page.edges.map((e: any) => e.node.label));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(labels, ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10']);
  });

  it('answers parties with roles and the appeal linked to the ruling below', async () => {
    const res = await gql(
      url,
      `query($id: ID!, $below: String!) {
        document(id: $id) {
          parties { name role anonymised rulings { id } source { page quote } }
          appealFrom { method case { citation stub } source { page quote } }
          decisionBelow { body result source { page quote } }
          paragraphs(first: 10) { edges { node { label page endPage } } }
        }
        case(citation: $below) { stub reportedBy { id } appeals { appeal { id } method } }
      }`,
      { id: ids.appeal, below: BELOW },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const doc = res.data?.document;
    assert.deepEqual(
      doc.parties.map((p: any) => [p.role, p.name]),
      [
        ['appellant', `Police Constable Hal ${W}ford`],
        ['respondent', 'Police Misconduct Panel'],
        ['interested_party', 'The Chief Constable of Cumbria Constabulary'],
      ],
    );
    const chief = doc.parties[2];
    const rulings = chief.rulings.map((d: any) => d.id);
    assert.ok(rulings.includes(ids.appeal) && rulings.includes(ids.below), 'one party across both rulings');
    assert.equal(chief.source.page, 1);
    assert.deepEqual(doc.appealFrom, { method: 'heading', case: { citation: BELOW, stub: false }, source: { page: 1, quote: BELOW } });
    // The decision appealed is the judge's dismissal of the claim, a step of its own, not the court's result.
    assert.deepEqual(doc.decisionBelow, { body: 'High Court', result: 'dismissed', source: { page: 1, quote: 'Halloran J' } });
    assert.deepEqual(
      res.data?.case.reportedBy.map((d: any) => d.id),
      [ids.below],
    );
    assert.deepEqual(res.data?.case.appeals, [{ appeal: { id: ids.appeal }, method: 'heading' }]);
    assert.deepEqual(
      doc.paragraphs.edges.map((e: any) => [e.node.label, e.node.page]),
      [
        ['1', 1],
        ['2', 1],
        ['3', 1],
        ['4', 2],
        ['5', 2],
      ],
    );
    const below = await gql(url, `query($id: ID!) { document(id: $id) { parties { role name } } }`, { id: ids.below });
    assert.deepEqual(
      below.data?.document.parties.map((p: any) => p.role),
      ['claimant', 'defendant', 'interested_party'],
    );
  });

  it('batches nested fields: one read per field, however many parents', async () => {
    const fields = `parties { rulings { id } } sections { paragraphs { label } } recommendations { units { name } }
      reviewFindings { about { unit { name force { name } } } document { id } } paragraphs(first: 20) { totalCount edges { node { text document { id } } } }`;
    const q = `query($a: ID!, $b: ID!, $c: ID!) { a: document(id: $a) { ${fields} } b: document(id: $b) { ${fields} } c: document(id: $c) { ${fields} } }`;
    counting.reads = 0;
    const res = await gql(url, q, { a: ids.review, b: ids.below, c: ids.appeal });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const items = ['a', 'b', 'c'].reduce((n, k) => n + res.data?.[k].paragraphs.edges.length + res.data?.[k].reviewFindings.length, 0);
    assert.ok(items > 20, `${items} items loaded`);
    assert.ok(counting.reads <= 14, `${counting.reads} reads for three documents and ${items} nested items`);
  });

  it('writes the same graph again when a document is rewritten, and leaves it alone when unchanged', async () => {
    const first = await snapshot(graph, RUN);
    const again = await runIngest([dir]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /unchanged/);
    assert.deepEqual(await snapshot(graph, RUN), first);
    // Force a rewrite of every document: MERGE on keys must not duplicate anything.
    await graph.write((tx) => tx.run(`MATCH (d:Document) WHERE d.file STARTS WITH $p SET d.status = 'failed'`, { p: RUN }));
    const rewrite = await runIngest([dir]);
    assert.equal(rewrite.code, 0, rewrite.stderr);
    const second = await snapshot(graph, RUN);
    assert.deepEqual(second.nodes, first.nodes);
    assert.deepEqual(second.relationships, first.relationships);
  });

  it('withdrawing the documents leaves nothing that only they supported', async () => {
    await removeRun(graph, RUN);
    // Every node this run made carries its unique word or case number somewhere in its properties.
    const left = await graph.read<{ labels: string[] }>(
      `MATCH (n) WHERE any(k IN keys(n) WHERE valueType(n[k]) STARTS WITH 'STRING' AND (n[k] CONTAINS $w OR n[k] CONTAINS $below OR n[k] CONTAINS $appeal))
       RETURN labels(n) AS labels`,
      { w: W, below: BELOW, appeal: APPEAL },
    );
    assert.deepEqual(
      left.map((r) => r.labels.join(':')),
      [],
    );
  });
});
