import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RecordShape } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { createApp, type App } from '../../src/server/app.js';
import { countHits } from '../../src/graph/search.js';
import { MAX_QUERY_DEPTH } from '../../src/server/depthLimit.js';
import { apiGraph, removeApiGraph, seedApiGraph } from '../fixtures/api-graph.js';
import { runId } from '../fixtures/graph.js';

const g = apiGraph(runId());

/** Counts database round trips, to show nested fields are batched rather than fetched per parent. */
class CountingGraph extends Graph {
  reads = 0;
  override read<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T[]> {
    this.reads++;
    return super.read<T>(cypher, params, timeoutMs);
  }
}

interface GqlResponse {
  status: number;
  data: Record<string, any> | null | undefined;
  errors: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] | undefined;
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: GqlResponse['errors'] };
  return { status: res.status, data: body.data, errors: body.errors };
}

function withApi(base: Config, api: Partial<Config['api']>): Config {
  return { ...base, api: { ...base.api, ...api } };
}

describe('GraphQL API over HTTP against the real Neo4j', () => {
  const config = withApi(loadConfig(), { graphiql: true, introspection: true, production: false, apiKeys: new Map(), maxPageSize: 50 });
  let graph: CountingGraph;
  const apps: App[] = [];
  let url: string;
  let origin: string;

  async function start(cfg: Config, gr: Graph = graph): Promise<{ url: string; origin: string }> {
    const app = createApp(cfg, gr, { log: () => {} });
    apps.push(app);
    const { url: u } = await app.listen(0, '127.0.0.1');
    return { url: u, origin: new URL(u).origin };
  }

  before(async () => {
    graph = new CountingGraph(createDriver(config.neo4j), config.neo4j.database);
    await migrate(graph);
    await seedApiGraph(graph, g);
    ({ url, origin } = await start(config));
  });

  after(async () => {
    for (const app of apps) await app.stop();
    await removeApiGraph(graph, g.run);
    await graph.close();
  });

  it('pages documents with cursors: no overlap, no gap, stable across a tie in ingestedAt', async () => {
    const q = `query($after: String) { documents(filter: {licence: "${g.licence}"}, first: 2, after: $after) {
      totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
    const first = await gql(url, q);
    assert.equal(first.errors, undefined);
    const p1 = first.data!.documents;
    assert.equal(p1.totalCount, 4);
    assert.deepEqual(
      p1.edges.map((e: any) => e.node.id),
      [g.docs.a, g.docs.b],
    );
    assert.equal(p1.pageInfo.hasNextPage, true);
    assert.equal(p1.pageInfo.endCursor, p1.edges[1].cursor);
    const second = await gql(url, q, { after: p1.pageInfo.endCursor });
    const p2 = second.data!.documents;
    assert.deepEqual(
      p2.edges.map((e: any) => e.node.id),
      [g.docs.c, g.docs.d],
    );
    assert.equal(p2.pageInfo.hasNextPage, false);

    const failed = await gql(url, `{ documents(filter: {licence: "${g.licence}", status: failed}) { totalCount edges { node { id errorCode error kind } } } }`);
    assert.deepEqual(
      failed.data!.documents.edges.map((e: any) => e.node),
      [{ id: g.docs.d, errorCode: 'PDF_ENCRYPTED', error: 'The PDF is encrypted', kind: null }],
    );
    const judgments = await gql(url, `{ documents(filter: {licence: "${g.licence}", kind: judgment}) { totalCount } }`);
    assert.equal(judgments.data!.documents.totalCount, 1);
  });

  it('rejects a page size above the maximum and a forged cursor with BAD_USER_INPUT', async () => {
    const big = await gql(url, `{ documents(first: 51) { totalCount } }`);
    assert.equal(big.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const forged = await gql(url, `{ officers(after: "not-a-cursor") { totalCount } }`);
    assert.equal(forged.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('gives an officer with allegations, outcomes and their sources (document, page, quote), units and rulings', async () => {
    const res = await gql(
      url,
      `query($id: ID!) { officer(id: $id) { id name rank force { name }
        allegations { standard finding source { page quote document { id } } }
        outcomes { outcome source { page start end quote document { id title } } proceeding { id daysToDecision } }
        units { unit { name force { name } } asOf source { page quote document { id } } }
        mentions { rankText source { document { id } } resolution { score method } }
        rulings { ruling { id } confidence } } }`,
      { id: g.officers.alpha },
    );
    assert.equal(res.errors, undefined);
    const o = res.data!.officer;
    assert.equal(o.force.name, g.force);
    assert.deepEqual(o.allegations, [
      { standard: 'Honesty and Integrity', finding: 'gross_misconduct', source: { page: 2, quote: 'amounted to gross misconduct', document: { id: g.docs.a } } },
    ]);
    const [outcome] = o.outcomes;
    assert.equal(outcome.outcome, 'dismissed_without_notice');
    assert.equal(outcome.source.document.id, g.docs.a);
    assert.equal(outcome.source.page, 2);
    assert.equal(outcome.source.quote, 'PC Alpha was dismissed without notice');
    // The offsets point at the quoted words in the stored page text.
    const page = await gql(url, `{ document(id: "${g.docs.a}") { page(number: 2) { text } } }`);
    assert.equal(page.data!.document.page.text.slice(outcome.source.start, outcome.source.end), outcome.source.quote);
    assert.equal(outcome.proceeding.daysToDecision, 486);
    assert.equal(o.units[0].unit.force.name, g.force);
    assert.equal(o.mentions[0].resolution.method, 'automatic');

    const bravo = await gql(url, `{ officer(id: "${g.officers.bravo}") { rulings { ruling { id kind } confidence reasons } } }`);
    assert.deepEqual(bravo.data!.officer.rulings, [{ ruling: { id: g.docs.c, kind: 'judgment' }, confidence: 0.9, reasons: ['same officer'] }]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const res = await gql(url, `{ officer(id: "${g.run}-nobody") { id } }`);
    assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(res.data?.officer, null);
  });

  it('filters officers by name and force', async () => {
    const res = await gql(url, `{ officers(filter: {name: "bravo ${g.run}", force: "${g.force.toUpperCase()}"}) { totalCount edges { node { id } } } }`);
    assert.deepEqual(res.data!.officers, { totalCount: 1, edges: [{ node: { id: g.officers.bravo } }] });
  });

  it('links a judgment to the cases it cites and back, with pin cites', async () => {
    const res = await gql(url, `{ case(citation: "${g.cases.cited}") { stub citedBy { pin paragraph citing { id } source { page quote } } } }`);
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data!.case, {
      stub: true,
      citedBy: [{ pin: 'at [45]', paragraph: 3, citing: { id: g.docs.c }, source: { page: 1, quote: 'See [2098] EWCA Civ 2 at [45]' } }],
    });
    const own = await gql(url, `{ case(citation: "${g.cases.own}") { reportedBy { id } cites { case { citation } } } }`);
    assert.deepEqual(own.data!.case, { reportedBy: [{ id: g.docs.c }], cites: [{ case: { citation: g.cases.cited } }] });
  });

  it('searches page text through the full-text index with a highlighted snippet', async () => {
    const res = await gql(
      url,
      `{ search(query: "${g.token}") { totalCount edges { cursor node { pageNumber score snippet highlighted highlights { start end } snippetStart paragraph document { id } } } } }`,
    );
    assert.equal(res.errors, undefined);
    assert.equal(res.data!.search.totalCount, 1);
    const hit = res.data!.search.edges[0].node;
    assert.equal(hit.document.id, g.docs.a);
    assert.equal(hit.pageNumber, 2);
    assert.equal(hit.paragraph, null, 'the outcome document has no numbered paragraphs');
    assert.ok(hit.score > 0);
    assert.ok(hit.highlighted.includes(`<mark>${g.token}</mark>`), hit.highlighted);
    assert.equal(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].end), g.token);
    const counted = await gql(url, `{ search(query: "${g.run}") { totalCount totalCountExact } }`);
    assert.deepEqual(counted.data!.search, { totalCount: 2, totalCountExact: true }, 'the run id is on two pages');
    // Counting stops at the cap and says so; a count equal to the cap is still exact.
    assert.deepEqual(await countHits(graph.read.bind(graph), g.run, {}, 1), { n: 1, exact: false });
    assert.deepEqual(await countHits(graph.read.bind(graph), g.run, {}, 2), { n: 2, exact: true });
    assert.deepEqual(await countHits(graph.read.bind(graph), g.run, { kinds: ['hearing_outcome'] }, 1), { n: 1, exact: false });
    const malformed = await gql(url, `{ search(query: "\\"unclosed ( phrase") { totalCount } }`);
    assert.equal(malformed.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('counts gross misconduct outcomes by force and year', async () => {
    const q = `query($from: Int, $to: Int) { statistics { grossMisconductOutcomes(force: "${g.force}", fromYear: $from, toYear: $to) {
      officersWithGrossMisconductProven dismissed notDismissed dismissedShare } } }`;
    const all = await gql(url, q);
    assert.deepEqual(all.data!.statistics.grossMisconductOutcomes, { officersWithGrossMisconductProven: 2, dismissed: 1, notDismissed: 1, dismissedShare: 0.5 });
    const y2025 = await gql(url, q, { from: 2025, to: 2025 });
    assert.deepEqual(y2025.data!.statistics.grossMisconductOutcomes, { officersWithGrossMisconductProven: 1, dismissed: 0, notDismissed: 1, dismissedShare: 0 });
    const backwards = await gql(url, q, { from: 2026, to: 2020 });
    assert.equal(backwards.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('batches nested fields: the number of queries does not grow with the number of parents', async () => {
    const q = (n: number) => `{ documents(filter: {licence: "${g.licence}"}, first: ${n}) { edges { node {
      officers { officer { outcomes { source { document { id } } } allegations { finding } } }
      proceedings { outcomes { outcome } } } } } }`;
    graph.reads = 0;
    const one = await gql(url, q(1));
    const readsForOne = graph.reads;
    graph.reads = 0;
    const four = await gql(url, q(4));
    assert.equal(one.errors, undefined);
    assert.equal(four.errors, undefined);
    assert.equal(graph.reads, readsForOne);
    assert.ok(graph.reads <= 8, `${graph.reads} queries`);
  });

  it(`rejects a query deeper than ${MAX_QUERY_DEPTH} with QUERY_TOO_DEEP`, async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `proceedings { officers { ${selection} } }`;
    const res = await gql(url, `{ officer(id: "${g.officers.alpha}") { ${selection} } }`);
    assert.equal(res.status, 400);
    assert.equal(res.errors?.[0]?.extensions?.code, 'QUERY_TOO_DEEP');
    // Introspection nests deeper than that and stays allowed.
    const intro = await gql(url, `{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }`);
    assert.equal(intro.errors, undefined);
  });

  it('enforces roles when API keys are configured', async () => {
    const keyed = await start(
      withApi(config, {
        apiKeys: new Map([
          [`r-${g.run}`, 'reader'],
          [`i-${g.run}`, 'investigator'],
          [`o-${g.run}`, 'operator'],
        ]),
      }),
    );
    const q = `{ ingestStatus { totalDocuments byStatus { status count } failures(first: 50) { id errorCode } } }`;
    const asReader = await gql(keyed.url, q, {}, { 'x-api-key': `r-${g.run}` });
    assert.equal(asReader.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const asOperator = await gql(keyed.url, q, {}, { authorization: `Bearer o-${g.run}` });
    assert.equal(asOperator.errors, undefined);
    assert.ok(asOperator.data!.ingestStatus.failures.some((d: any) => d.id === g.docs.d && d.errorCode === 'PDF_ENCRYPTED'));
    assert.ok(asOperator.data!.ingestStatus.totalDocuments >= 4);

    const complainants = `{ document(id: "${g.docs.a}") { proceedings { complainantLabels complainants } } }`;
    assert.equal((await gql(keyed.url, complainants, {}, { 'x-api-key': `r-${g.run}` })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const asInvestigator = await gql(keyed.url, complainants, {}, { 'x-api-key': `i-${g.run}` });
    assert.deepEqual(asInvestigator.data!.document.proceedings, [{ complainantLabels: ['Ms A'], complainants: [`Complainant ${g.docs.a}`] }]);

    const anonymous = await gql(keyed.url, `{ documents { totalCount } }`);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const wrong = await gql(keyed.url, `{ documents { totalCount } }`, {}, { 'x-api-key': 'wrong' });
    assert.equal(wrong.status, 401);
  });

  it('lets every caller be operator when no keys are configured (development)', async () => {
    const res = await gql(url, `{ ingestStatus { totalDocuments } }`);
    assert.equal(res.errors, undefined);
  });

  it('hides stack traces and switches off introspection and GraphiQL in production', async () => {
    const prod = await start(withApi(config, { production: true, introspection: false, graphiql: false }));
    const bad = await gql(prod.url, `{ documents(first: 1000) { totalCount } }`);
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0]?.extensions?.stacktrace, undefined);
    const intro = await gql(prod.url, `{ __schema { queryType { name } } }`);
    assert.ok(intro.errors?.length);
    const html = await fetch(prod.url, { headers: { accept: 'text/html' } });
    assert.ok(!(html.headers.get('content-type') ?? '').includes('text/html'));
    const dev = await gql(url, `{ documents(first: 1000) { totalCount } }`);
    assert.ok(dev.errors?.[0]?.extensions?.stacktrace, 'development keeps stack traces');
  });

  it('serves GraphiQL from local files only', async () => {
    for (const path of ['/graphql', '/']) {
      const res = await fetch(origin + path, { headers: { accept: 'text/html,application/xhtml+xml' } });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      const html = await res.text();
      assert.doesNotMatch(html, /(src|href)\s*=\s*["']?(https?:)?\/\//i, 'no external script or stylesheet');
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      assert.equal(assets.length, 5);
      for (const asset of assets) {
        const a = await fetch(origin + asset);
        assert.equal(a.status, 200, asset);
        assert.ok((await a.arrayBuffer()).byteLength > 100, asset);
      }
    }
    const init = await (await fetch(origin + '/graphiql/init.js')).text();
    assert.doesNotMatch(init, /https?:\/\//);
  });

  it('reports /health always and /ready only while Neo4j answers', async () => {
    assert.equal((await fetch(origin + '/health')).status, 200);
    assert.equal((await fetch(origin + '/ready')).status, 200);
    const nowhere = new Graph(createDriver({ ...config.neo4j, uri: 'bolt://127.0.0.1:1' }), undefined);
    try {
      const down = await start(config, nowhere);
      assert.equal((await fetch(down.origin + '/health')).status, 200);
      assert.equal((await fetch(down.origin + '/ready')).status, 503);
    } finally {
      await nowhere.close();
    }
  });
});
