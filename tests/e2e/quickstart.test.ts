import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { runIngest, type CliResult } from '../fixtures/cli.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf, splitPages } from '../fixtures/pdf.js';
import type { Graph } from '../../src/graph/driver.js';

/**
 * The user's path from the README: the CLI ingests the project's sample documents, the API server
 * runs as its own process, and every question goes over HTTP. The samples' officers are renamed to
 * names unique to this run, so the answers cannot come from anything else in the database.
 */
const SAMPLES = fileURLToPath(new URL('../../../samples/src/', import.meta.url));
const SERVER = fileURLToPath(new URL('../../src/server/main.js', import.meta.url));

const RUN = runId();
/** Letters only: the extractors read names as capitalised words, so digits would not be a name. */
const tag = [...RUN].map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join('');
const NAMES = { Marlowe: `Marlowe${tag}`, Ashdown: `Ashdown${tag}`, Vance: `Vance${tag}` };
const CITATION_NUMBER = 5000 + Math.floor(Math.random() * 4000);
const OWN_CITATION = `[2026] EWHC ${CITATION_NUMBER} (Admin)`;

function personalise(text: string): string {
  let out = text.replace('[2026] EWHC 4120 (Admin)', OWN_CITATION);
  for (const [from, to] of Object.entries(NAMES) as [string, string][]) out = out.replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase());
  return out;
}

interface Gql {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`API did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d;
      const m = /GraphQL API at (http:\/\/\S+?);?\s/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!.replace(/;$/, '') });
      }
    });
    child.on('exit', (code) => reject(new Error(`API exited with ${code}: ${err}`)));
  });
}

describe('quick start: CLI ingest, then GraphQL over HTTP', () => {
  let dir: string;
  let graph: Graph;
  let ingest: CliResult;
  let server: { child: ChildProcess; url: string };
  let statsBefore: { officersWithGrossMisconductProven: number; dismissed: number; notDismissed: number };

  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Gql;
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data!;
  };
  const STATS = `{ statistics { grossMisconductOutcomes(force: "Lincolnshire Police") { officersWithGrossMisconductProven dismissed notDismissed } }
                   cumbria: statistics { grossMisconductOutcomes(force: "Cumbria Constabulary") { officersWithGrossMisconductProven dismissed notDismissed } } }`;
  const sumStats = (d: Record<string, any>) => {
    const a = d.statistics.grossMisconductOutcomes;
    const b = d.cumbria.grossMisconductOutcomes;
    return {
      officersWithGrossMisconductProven: a.officersWithGrossMisconductProven + b.officersWithGrossMisconductProven,
      dismissed: a.dismissed + b.dismissed,
      notDismissed: a.notDismissed + b.notDismissed,
    };
  };

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'quickstart-'));
    for (const name of (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt'))) {
      const pages = splitPages(personalise(await readFile(join(SAMPLES, name), 'utf8')));
      await writeFile(join(dir, `${RUN}-${name.replace(/\.txt$/, '.pdf')}`), await makePdf(pages));
    }
    server = await startServer();
    statsBefore = sumStats(await gql(STATS));
    ingest = await runIngest([dir]);
  });

  after(async () => {
    server?.child.kill('SIGTERM');
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the four samples and reports them', () => {
    assert.equal(ingest.code, 0, ingest.stderr);
    assert.match(ingest.stderr, /4 ingested/);
  });

  it('finds the officer by name with rank, warrant number and force, joined across notice, outcome and judgment', async () => {
    const d = await gql(
      `query($name: String) { officers(filter: {name: $name}) { totalCount edges { node {
         id name rank warrantNumber force { name } mentions { source { page document { kind file } } } } } } }`,
      { name: NAMES.Marlowe },
    );
    assert.equal(d.officers.totalCount, 1);
    const o = d.officers.edges[0].node;
    assert.equal(o.rank, 'Police Constable');
    assert.equal(o.warrantNumber, '2291');
    assert.equal(o.force.name, 'Cumbria Constabulary');
    const kinds = new Set(o.mentions.map((m: any) => m.source.document.kind));
    assert.deepEqual([...kinds].sort(), ['hearing_notice', 'hearing_outcome', 'judgment']);
  });

  it('shows the outcome and findings with the page and words they were read from', async () => {
    const { officers } = await gql(`query($name: String) { officers(filter: {name: $name}) { edges { node { id } } } }`, { name: NAMES.Marlowe });
    const d = await gql(
      `query($id: ID!) { officer(id: $id) {
         outcomes { outcome source { page quote document { kind } } }
         allegations { standard finding source { page quote } } } }`,
      { id: officers.edges[0].node.id },
    );
    const dismissal = d.officer.outcomes.find((o: any) => o.outcome === 'dismissed_without_notice' && o.source.document.kind === 'hearing_outcome');
    assert.ok(dismissal, JSON.stringify(d.officer.outcomes));
    assert.equal(dismissal.source.page, 1);
    assert.match(dismissal.source.quote, /dismissed without notice/i);
    const decided = d.officer.allegations.filter((a: any) => a.finding === 'gross_misconduct').map((a: any) => a.standard);
    assert.ok(decided.includes('Confidentiality') && decided.includes('Discreditable Conduct'), JSON.stringify(d.officer.allegations));
    for (const a of d.officer.allegations) assert.ok(a.source.quote.length > 0 && a.source.page >= 1);
  });

  it('treats the notice and the outcome of one hearing as one proceeding, with the time it took', async () => {
    const { officers } = await gql(`query($name: String) { officers(filter: {name: $name}) { edges { node { id } } } }`, { name: NAMES.Marlowe });
    const d = await gql(
      `query($id: ID!) { officer(id: $id) { proceedings { hearingDate decisionDate documents { kind } reviewedBy { ruling { neutralCitation } } } } }`,
      { id: officers.edges[0].node.id },
    );
    // The judgment records no proceeding of its own: it reviews this one.
    assert.equal(d.officer.proceedings.length, 1, JSON.stringify(d.officer.proceedings));
    const p = d.officer.proceedings[0];
    assert.deepEqual(p.documents.map((doc: any) => doc.kind).sort(), ['hearing_notice', 'hearing_outcome']);
    assert.equal(p.hearingDate, '2025-10-14');
    const career = await gql(`query($id: ID!) { officer(id: $id) { ranks { rank from to source { page document { kind } } } } }`, { id: officers.edges[0].node.id });
    assert.deepEqual(
      career.officer.ranks.map((r: any) => [r.rank, r.from, r.to, r.source.document.kind]),
      [['Police Constable', '2025-10-14', '2026-06-12', 'hearing_notice']],
    );
    assert.equal(p.decisionDate, '2025-10-15');
    assert.deepEqual(
      p.reviewedBy.map((r: any) => r.ruling.neutralCitation),
      [OWN_CITATION],
    );
  });

  it('links the judicial review to the proceeding it reviews, with its result and citations', async () => {
    const d = await gql(
      `query($c: String!) { case(citation: $c) { stub reportedBy { jrResult court neutralCitation
         citations { case { citation } pin source { page } }
         reviews { confidence reasons officer { name } proceeding { outcomes { outcome } } } } } }`,
      { c: OWN_CITATION },
    );
    assert.equal(d.case.stub, false);
    const ruling = d.case.reportedBy[0];
    assert.equal(ruling.jrResult, 'dismissed');
    assert.equal(ruling.court, 'EWHC (Admin)');
    const cited = ruling.citations.map((c: any) => c.case.citation);
    assert.ok(cited.includes('[2020] EWHC 1423 (Admin)') && cited.includes('[2004] UKHL 6'), cited.join('; '));
    assert.equal(ruling.citations.find((c: any) => c.case.citation === '[2020] EWHC 1423 (Admin)').pin, 'at [31]');
    const review = ruling.reviews.find(
      (r: any) => r.officer?.name?.includes(NAMES.Marlowe) && r.proceeding.outcomes.some((o: any) => o.outcome === 'dismissed_without_notice'),
    );
    assert.ok(review, JSON.stringify(ruling.reviews));
    // The ruling's own account of the dismissal joins the case beside the outcome that records it: one sanction, not two.
    const sanctions = review.proceeding.outcomes.map((o: any) => o.outcome);
    assert.equal(new Set(sanctions).size, sanctions.length, sanctions.join(', '));
    assert.ok(review.confidence >= 0.5);
    assert.ok(review.reasons.includes('same force'), review.reasons.join(', '));
  });

  it('finds the samples by full-text search with a snippet on the right page', async () => {
    const d = await gql(`query($q: String!) { search(query: $q, first: 5) { edges { node { pageNumber snippet document { file } } } } }`, {
      q: NAMES.Ashdown,
    });
    const hit = d.search.edges.find((e: any) => e.node.document.file.startsWith(RUN));
    assert.ok(hit, 'no hit in this run');
    assert.equal(hit.node.pageNumber, 1);
    assert.match(hit.node.snippet, new RegExp(NAMES.Ashdown));
  });

  it('filters a search by kind and result, counts facets, and names the paragraph of each hit', async () => {
    const all = await gql(`query($q: String!) { search(query: $q, first: 10) { totalCount facets { kind { value count } court { value count } } } }`, {
      q: NAMES.Marlowe,
    });
    const kinds = Object.fromEntries(all.search.facets.kind.map((f: any) => [f.value, f.count]));
    assert.deepEqual(kinds, { hearing_notice: 1, hearing_outcome: 1, judgment: 1 }, JSON.stringify(kinds));
    assert.equal(all.search.totalCount, 3);
    assert.deepEqual(all.search.facets.court, [{ value: 'EWHC (Admin)', count: 1 }]);

    const rulings = await gql(
      `query($q: String!) { search(query: $q, filter: {kinds: [judgment], jrResult: dismissed, fromYear: 2026}) {
         totalCount edges { node { pageNumber paragraph snippet document { neutralCitation } } } } }`,
      { q: NAMES.Marlowe },
    );
    assert.equal(rulings.search.totalCount, 1);
    const hit = rulings.search.edges[0].node;
    assert.equal(hit.document.neutralCitation, OWN_CITATION);
    assert.equal(hit.paragraph, null, 'the name sits in the caption, before paragraph 1');

    const cited = await gql(
      `query { search(query: "supervisory", filter: {kinds: [judgment], force: "cumbria constabulary"}, first: 50) {
         edges { node { paragraph document { neutralCitation } } } } }`,
    );
    const ours = cited.search.edges.filter((e: any) => e.node.document.neutralCitation === OWN_CITATION);
    assert.deepEqual(
      ours.map((e: any) => e.node.paragraph),
      ['2'],
    );

    const none = await gql(`query($q: String!) { search(query: $q, filter: {outcome: reduction_in_rank}) { totalCount edges { cursor } } }`, { q: NAMES.Marlowe });
    assert.equal(none.search.totalCount, 0);
  });

  it('counts gross misconduct proven, dismissed and not: Marlowe dismissed, Ashdown kept with a final written warning', async () => {
    const now = sumStats(await gql(STATS));
    assert.equal(now.officersWithGrossMisconductProven - statsBefore.officersWithGrossMisconductProven, 2);
    assert.equal(now.dismissed - statsBefore.dismissed, 1);
    assert.equal(now.notDismissed - statsBefore.notDismissed, 1);
  });

  it('keeps two officers of one outcome apart, each with their own findings and outcome', async () => {
    const d = await gql(
      `query($a: String, $b: String) {
         a: officers(filter: {name: $a}) { edges { node { rank outcomes { outcome } allegations { standard finding } units { unit { name } } } } }
         b: officers(filter: {name: $b}) { edges { node { rank outcomes { outcome } allegations { standard finding } } } } }`,
      { a: NAMES.Vance, b: NAMES.Ashdown },
    );
    const vance = d.a.edges[0].node;
    const ashdown = d.b.edges[0].node;
    assert.equal(vance.rank, 'Detective Sergeant');
    assert.deepEqual(
      vance.outcomes.map((o: any) => o.outcome),
      ['written_warning'],
    );
    assert.deepEqual(
      vance.allegations.map((a: any) => [a.standard, a.finding]),
      [['Duties and Responsibilities', 'misconduct']],
    );
    assert.deepEqual(
      ashdown.outcomes.map((o: any) => o.outcome),
      ['final_written_warning'],
    );
    assert.equal(ashdown.allegations.length, 2);
    assert.ok(vance.units.some((u: any) => /Public Protection/.test(u.unit.name)));
  });
});
