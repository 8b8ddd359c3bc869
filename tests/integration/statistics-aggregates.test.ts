import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { ProcessedDocument } from '../../ingest/process.js';
import { writeBatch, writeDocument } from '../../ingest/write.js';
import type { AllegationFact, CitationFact, DateFact, Extraction, OutcomeFact } from '../../src/domain/extraction.js';
import { FINDINGS, OUTCOMES, STANDARDS, type DocumentKind } from '../../src/domain/vocabulary.js';
import { deleteDocument } from '../../src/graph/documents.js';
import type { Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { mergeOfficers, splitOfficer } from '../../src/graph/resolution.js';
import { grossMisconductShares, incidentToOutcome, mostCitedCases, type StatisticsFilter } from '../../src/graph/statistics.js';
import { aggregateGrossMisconductShares, aggregateIncidentToOutcome, aggregateMostCitedCases } from '../../src/graph/statisticsAggregates.js';
import { rebuildStatistics } from '../../src/graph/write/aggregates.js';
import { officer } from '../fixtures/documents.js';
import { runId, testGraph } from '../fixtures/graph.js';
import { seededRandom } from '../fixtures/seededRandom.js';

/**
 * The statistics the API answers from aggregates equal the full scans (statistics.ts) after every
 * step of seeded random sequences of ingest (the writer on generated records), document deletion,
 * officer merges and splits: every statistic, under filters by force (in another case too), year
 * ranges and none. Test files run one at a time, so nothing else writes while this runs; the
 * aggregates are rebuilt first, since other tests seed facts with bare Cypher. A failing seed is
 * named in the message: SEED=<n> reruns just it.
 */
const RUN = runId();
const FORCES = [`Northmoor Constabulary ${RUN}`, `Eastfen Police ${RUN}`, null];
const CASES = Array.from({ length: 6 }, (_, i) => `[20${10 + i}] EWHC ${100 + i} (Admin) ${RUN}`);
const SURNAMES = ['Ashworth', 'Brindle', 'Carrow', 'Dunmore', 'Elsdon', 'Fairlie'].map((s) => s + RUN.replace(/[^a-z]/g, ''));
const YEARS = [2019, 2020, 2021, 2022];
const W = { licence: 'test', source: null };
const at = (quote: string) => ({ page: 1, start: 0, end: quote.length, quote });

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const day = (r: Rand, year: number) => `${year}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`;

/** A notice, an outcome or a ruling of random facts: officers from a small pool so resolution joins them across documents. */
function randomDocument(r: Rand, seed: number, n: number): ProcessedDocument {
  const kind: DocumentKind = pick(r, ['hearing_notice', 'hearing_outcome', 'hearing_outcome', 'judgment'] as const);
  const force = pick(r, FORCES);
  const officers = Array.from({ length: int(r, 1, 2) }, (_, i) =>
    officer(`o${i}`, `PC ${pick(r, SURNAMES)}`, { force: r() < 0.2 ? pick(r, FORCES.slice(0, 2)) : null }),
  ).filter((o, i, all) => all.findIndex((x) => x.name === o.name) === i);
  const allegations: AllegationFact[] = officers.flatMap((o) =>
    Array.from({ length: int(r, 0, 3) }, () => ({
      officerKey: o.key,
      standard: pick(r, STANDARDS.slice(0, 4)),
      finding: r() < 0.5 ? 'gross_misconduct' : r() < 0.8 ? pick(r, FINDINGS) : null,
      source: at('allegation'),
    })),
  );
  const outcomes: OutcomeFact[] = officers
    .filter(() => r() < 0.6)
    .map((o) => ({
      officerKey: o.key,
      outcome: r() < 0.4 ? pick(r, ['dismissed_without_notice', 'would_have_been_dismissed'] as const) : pick(r, OUTCOMES),
      source: at('outcome'),
    }));
  const year = pick(r, YEARS);
  const dates: DateFact[] = [];
  if (r() < 0.8) dates.push({ role: 'incident', date: day(r, year - int(r, 0, 1)), source: at('incident') });
  if (r() < 0.6) dates.push({ role: 'hearing', date: day(r, year), source: at('hearing') });
  if (r() < 0.6) dates.push({ role: 'decision', date: day(r, year + int(r, 0, 1)), source: at('decision') });
  const citations: CitationFact[] = Array.from({ length: kind === 'judgment' ? int(r, 0, 5) : 0 }, (_, i) => {
    const canonical = pick(r, CASES);
    return {
      text: canonical,
      canonical,
      type: 'neutral',
      pin: null,
      paragraph: i + 1,
      paragraphLabel: String(i + 1),
      source: { page: 1, start: i * 10, end: i * 10 + 5, quote: canonical },
      treatment: 'mentioned',
      treatmentWords: null,
      treatmentSource: { page: 1, start: i * 10, end: i * 10 + 5, quote: canonical },
    };
  });
  const extraction: Extraction = {
    kind,
    kindConfidence: 1,
    force,
    officers,
    units: [],
    complainants: [],
    allegations,
    outcomes,
    dates,
    judgment:
      kind === 'judgment'
        ? {
            neutralCitation: null,
            court: 'EWHC',
            caseNumbers: [],
            judges: [],
            parties: [],
            jrResult: null,
            jrResultSource: null,
            citations,
            legislation: [],
            appealFrom: null,
            decisionBelow: null,
          }
        : null,
    paragraphs: [],
  };
  const name = `${RUN}-s${seed}-${n}.pdf`;
  const text = officers.map((o) => o.source.quote).join('\n');
  const sha256 = createHash('sha256').update(name).digest('hex');
  return { ok: true, file: name, name, sha256, bytes: text.length, title: null, pages: [{ num: 1, text }], redacted: [], extraction };
}

const FILTERS: StatisticsFilter[] = [
  { force: null, fromYear: null, toYear: null },
  { force: FORCES[0]!, fromYear: null, toYear: null },
  { force: FORCES[1]!.toUpperCase(), fromYear: null, toYear: null },
  { force: null, fromYear: 2021, toYear: null },
  { force: null, fromYear: null, toYear: 2020 },
  { force: null, fromYear: 2020, toYear: 2021 },
  { force: FORCES[0]!, fromYear: 2021, toYear: 2022 },
  { force: `Nowhere ${RUN}`, fromYear: null, toYear: null },
  // One year bound is answered from the rankings kept ahead: bounds on, between and beyond the years written.
  { force: FORCES[1]!, fromYear: 2021, toYear: null },
  { force: FORCES[0]!.toUpperCase(), fromYear: null, toYear: 2021 },
  { force: null, fromYear: 2018, toYear: null },
  { force: null, fromYear: 2030, toYear: null },
  { force: null, fromYear: null, toYear: 2015 },
];

/** Whether any step compared non-empty answers under a force of the run: the comparisons were not all of nothing. */
const seen = { grossMisconduct: false, durations: false, cited: false };

async function assertAggregatesEqualScan(graph: Graph, context: string): Promise<void> {
  const read = <T>(cypher: string, params?: Record<string, unknown>) => graph.read(cypher, params) as Promise<T[]>;
  for (const f of FILTERS) {
    const where = `${context}, filter ${JSON.stringify(f)}`;
    const shares = await grossMisconductShares(read, f);
    assert.deepEqual(await aggregateGrossMisconductShares(read, f), shares, `gross misconduct: ${where}`);
    const durations = await incidentToOutcome(read, f);
    assert.deepEqual(await aggregateIncidentToOutcome(read, f), durations, `incident to outcome: ${where}`);
    for (const limit of [3, 50]) {
      const cited = await mostCitedCases(read, f, limit);
      assert.deepEqual(await aggregateMostCitedCases(read, f, limit), cited, `most cited (${limit}): ${where}`);
      if (f.force !== null) seen.cited ||= cited.length > 0;
    }
    if (f.force !== null) {
      seen.grossMisconduct ||= shares.overall.some((r) => r.officers > 0 && r.dismissed > 0);
      seen.durations ||= durations.overall.some((r) => r.count > 1 && r.inconsistent > 0);
    }
  }
}

/** Officers the run's documents resolved to, in a stable order. */
async function runOfficers(graph: Graph): Promise<{ id: string; mentions: string[] }[]> {
  return graph.read<{ id: string; mentions: string[] }>(
    `MATCH (d:Document)-[:MENTIONS]->(m:OfficerMention)-[:RESOLVED_TO]->(o:Officer) WHERE d.file STARTS WITH $run
     WITH o, collect(m.id) AS mentions RETURN o.id AS id, mentions ORDER BY id`,
    { run: RUN },
  );
}

/** All aggregate nodes with their properties, to compare what the writer kept with what the migration builds. */
async function aggregateNodes(graph: Graph): Promise<string[]> {
  const rows = await graph.read<{ p: Record<string, unknown> }>('MATCH (s:StatisticsAggregate) RETURN properties(s) AS p');
  return rows.map((r) => JSON.stringify(Object.entries(r.p).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
}

describe('statistics aggregates equal the full scan after random ingest, delete and merge', () => {
  let graph: Graph;
  const written: string[] = [];

  before(async () => {
    graph = await testGraph();
    await rebuildStatistics(graph);
  });
  after(async () => {
    for (const id of written) await deleteDocument(graph, id);
    await graph.close();
  });

  const seeds = process.env.SEED ? [Number(process.env.SEED)] : [1, 2, 3];
  for (const seed of seeds) {
    it(`seed ${seed}: after every step`, async () => {
      const r = seededRandom(seed);
      const live: string[] = [];
      let n = 0;
      for (let step = 0; step < 30; step++) {
        const roll = r();
        let what: string;
        if (roll < 0.15) {
          // Ingest's batches: several documents in one transaction, the aggregates refreshed once for all.
          const docs = Array.from({ length: int(r, 2, 4) }, () => randomDocument(r, seed, n++));
          const outcomes = await writeBatch(graph, docs, W, (work) => work());
          assert.ok(outcomes.every((o) => o.status === 'written'));
          live.push(...docs.map((d) => d.sha256));
          written.push(...docs.map((d) => d.sha256));
          what = `ingest a batch of ${docs.length}`;
        } else if (roll < 0.6 || live.length < 2) {
          const doc = randomDocument(r, seed, n++);
          await writeDocument(graph, doc, W);
          live.push(doc.sha256);
          written.push(doc.sha256);
          what = `ingest ${doc.file} (${doc.extraction.kind})`;
        } else if (roll < 0.75) {
          const id = live.splice(Math.floor(r() * live.length), 1)[0]!;
          await deleteDocument(graph, id);
          what = `delete ${id.slice(0, 8)}`;
        } else {
          const officers = await runOfficers(graph);
          if (officers.length < 2) continue;
          const a = pick(r, officers);
          const b = pick(
            r,
            officers.filter((o) => o.id !== a.id),
          );
          if (roll < 0.9 || b.mentions.length < 2) {
            await mergeOfficers(graph, a.id, b.id, 'property test');
            what = `merge ${b.id} into ${a.id}`;
          } else {
            await splitOfficer(graph, b.id, [b.mentions[0]!], 'property test');
            what = `split a mention off ${b.id}`;
          }
        }
        await assertAggregatesEqualScan(graph, `seed ${seed} step ${step}: ${what}`);
      }
    });
  }

  it('compared gross misconduct with dismissals, durations with inconsistent ones, and cited cases', () => {
    assert.deepEqual(seen, { grossMisconduct: true, durations: true, cited: true });
  });

  it('migration 011 builds the same aggregates from the facts, and a second run changes nothing', async () => {
    const kept = await aggregateNodes(graph);
    assert.ok(kept.length > 0, 'the random steps left aggregates to compare');
    await rebuildStatistics(graph);
    assert.deepEqual(await aggregateNodes(graph), kept);
    await assertAggregatesEqualScan(graph, 'after the migration');
    await migrate(graph);
    assert.deepEqual(await aggregateNodes(graph), kept);
  });
});
