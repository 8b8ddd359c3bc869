import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RecordShape } from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { createApp, type App } from '../../src/server/app.js';
import { runId } from '../fixtures/graph.js';
import { refreshStatistics, type Owners } from '../../src/graph/write/aggregates.js';

/**
 * Statistics over a seed whose answers are worked out by hand below. Every force, case and id
 * carries the run id, and every query is scoped by one of the run's forces, so other tests' data
 * in the same database never enters the figures.
 */
const t = runId();
const A = `Stats A ${t}`;
const B = `Stats B ${t}`;
const NORTH = `Stats North ${t}`;
const SOUTH = `Stats South ${t}`;
const DC = 'Discreditable Conduct';
const HI = 'Honesty and Integrity';

interface Proc {
  id: string;
  force: string | null;
  incident?: string;
  hearing?: string;
  decision?: string;
  /** [officer, standard, finding] */
  allegations?: [string | null, string, string | null][];
  /** [officer, outcome] */
  outcomes?: [string | null, string][];
  /** Kind of the document recording the proceeding. */
  recordedBy?: string;
}

const officers: [string, string][] = [
  ['o1', A],
  ['o2', A],
  ['o3', A],
  ['o4', A],
  ['o5', A],
  ['o6', A],
  ['o7', B],
  ['o8', A],
  ['o9', A],
  ['o10', A],
];

/**
 * Gross misconduct, force A: o1 o2 o3 o4 o5 o8 o10 proven (7); dismissed o1 (P1), o3 (P3, would
 * have been), o4 (P5, not P4); o5's proceeding has no date; o6 is misconduct only; o8's co-accused
 * o9 is the one dismissed in P9; P10 has no force of its own (o10's applies) and only a hearing date.
 * Force B: o7, required to resign, which is not dismissal.
 *
 * Durations, North: 10, 20 (hearing date, finding only), 30, 40, 100 (2022) days; P6n dated
 * backwards; a notice and one with no incident date are left out (a ruling records no proceeding).
 * South: 60 days (2024 is a leap year).
 */
const proceedings: Proc[] = [
  {
    id: 'p1',
    force: A,
    decision: '2023-03-01',
    allegations: [
      ['o1', HI, 'gross_misconduct'],
      ['o1', DC, 'gross_misconduct'],
    ],
    outcomes: [['o1', 'dismissed_without_notice']],
  },
  { id: 'p2', force: A, hearing: '2023-12-01', decision: '2024-01-15', allegations: [['o2', DC, 'gross_misconduct']], outcomes: [['o2', 'final_written_warning']] },
  { id: 'p3', force: A, decision: '2024-06-01', allegations: [['o3', DC, 'gross_misconduct']], outcomes: [['o3', 'would_have_been_dismissed']] },
  { id: 'p4', force: A, decision: '2024-07-01', allegations: [['o4', 'Use of Force', 'gross_misconduct']], outcomes: [['o4', 'reduction_in_rank']] },
  { id: 'p5', force: A, decision: '2025-02-01', allegations: [['o4', DC, 'gross_misconduct']], outcomes: [['o4', 'dismissed_with_notice']] },
  { id: 'p6', force: A, allegations: [['o5', HI, 'gross_misconduct']], outcomes: [['o5', 'written_warning']] },
  { id: 'p7', force: A, decision: '2024-03-01', allegations: [['o6', HI, 'misconduct']], outcomes: [['o6', 'written_warning']] },
  { id: 'p8', force: B, decision: '2024-04-01', allegations: [['o7', HI, 'gross_misconduct']], outcomes: [['o7', 'required_to_resign']] },
  {
    id: 'p9',
    force: A,
    decision: '2024-09-01',
    allegations: [
      ['o8', 'Equality and Diversity', 'gross_misconduct'],
      ['o9', 'Equality and Diversity', 'misconduct'],
    ],
    outcomes: [['o9', 'dismissed_without_notice']],
  },
  { id: 'p10', force: null, hearing: '2023-06-01', allegations: [['o10', 'Orders and Instructions', 'gross_misconduct']], outcomes: [['o10', 'final_written_warning']] },

  { id: 'q1', force: NORTH, incident: '2023-01-01', decision: '2023-01-11', outcomes: [[null, 'written_warning']], recordedBy: 'hearing_outcome' },
  { id: 'q2', force: NORTH, incident: '2023-01-01', hearing: '2023-01-21', allegations: [[null, DC, 'misconduct']] },
  { id: 'q3', force: NORTH, incident: '2023-01-01', decision: '2023-01-31', outcomes: [[null, 'final_written_warning']] },
  { id: 'q4', force: NORTH, incident: '2023-01-01', decision: '2023-02-10', outcomes: [[null, 'management_advice']] },
  { id: 'q5', force: NORTH, incident: '2022-01-01', decision: '2022-04-11', outcomes: [[null, 'written_warning']] },
  { id: 'q6', force: NORTH, incident: '2023-05-01', decision: '2023-04-01', outcomes: [[null, 'written_warning']] },
  { id: 'q7', force: NORTH, incident: '2023-01-01', hearing: '2023-03-01', allegations: [[null, DC, null]], recordedBy: 'hearing_notice' },
  { id: 'q9', force: NORTH, decision: '2023-01-05', outcomes: [[null, 'written_warning']] },
  { id: 'r1', force: SOUTH, incident: '2024-01-01', decision: '2024-03-01', outcomes: [[null, 'written_warning']] },
];

/** Citations: judgments j1-j3 of force A (j3 decided in 2024), j4 of force B, which reports c1. */
const C = { c1: `[2001] UKHL 1 ${t}`, c2: `[2002] EWCA Civ 2 ${t}`, c3: `[2003] EWHC 3 (Admin) ${t}`, c4: `[2004] EWHC 4 (Admin) ${t}` };
const judgments: [string, string, string][] = [
  ['j1', A, '2025-01-10'],
  ['j2', A, '2025-03-01'],
  ['j3', A, '2024-05-01'],
  ['j4', B, '2025-01-01'],
];
const cites: [string, string, number][] = [
  ['j1', C.c1, 10],
  ['j1', C.c1, 90],
  ['j2', C.c1, 10],
  ['j3', C.c1, 10],
  ['j1', C.c2, 50],
  ['j2', C.c2, 50],
  ['j3', C.c3, 50],
  ['j4', C.c4, 10],
  ['j4', C.c2, 50],
];

const id = (local: string) => `${t}-${local}`;

async function seed(graph: Graph): Promise<void> {
  await graph.write(async (tx) => {
    await tx.run(
      `UNWIND $officers AS o
       MERGE (f:Force {name: o[1]}) ON CREATE SET f.testRun = $t
       CREATE (:Officer {id: o[0], name: 'Officer ' + o[0], force: o[1], testRun: $t})-[:SERVES_IN]->(f)`,
      { t, officers: officers.map(([o, f]) => [id(o), f]) },
    );
    await tx.run(
      `UNWIND $procs AS p
       CREATE (pr:Proceeding {id: p.id, force: p.force, incidentDate: p.incident, hearingDate: p.hearing, decisionDate: p.decision, testRun: $t})
       FOREACH (a IN p.allegations |
         CREATE (pr)-[:HAS_ALLEGATION]->(:Allegation {id: a.id, standard: a.standard, finding: a.finding, officerId: a.officer, testRun: $t}))
       FOREACH (oc IN p.outcomes | CREATE (pr)-[:HAS_OUTCOME]->(:Outcome {id: oc.id, outcome: oc.outcome, officerId: oc.officer, testRun: $t}))
       FOREACH (kind IN CASE WHEN p.recordedBy IS NULL THEN [] ELSE [p.recordedBy] END |
         CREATE (:Document {id: p.id + '-doc', file: p.id + '-doc.pdf', kind: kind, status: 'ingested', testRun: $t})-[:RECORDS]->(pr))`,
      {
        t,
        procs: proceedings.map((p) => ({
          id: id(p.id),
          force: p.force,
          incident: p.incident ?? null,
          hearing: p.hearing ?? null,
          decision: p.decision ?? null,
          recordedBy: p.recordedBy ?? null,
          allegations: (p.allegations ?? []).map(([o, standard, finding], i) => ({ id: id(`${p.id}-a${i}`), officer: o && id(o), standard, finding })),
          outcomes: (p.outcomes ?? []).map(([o, outcome], i) => ({ id: id(`${p.id}-o${i}`), officer: o && id(o), outcome })),
        })),
      },
    );
    // Officers are joined the way ingest joins them: AGAINST from the allegation, RECEIVED to the outcome, CONCERNS from the proceeding.
    await tx.run(
      `MATCH (p:Proceeding {testRun: $t})-[:HAS_ALLEGATION]->(a:Allegation) WHERE a.officerId IS NOT NULL
       MATCH (o:Officer {id: a.officerId}) CREATE (a)-[:AGAINST]->(o) MERGE (p)-[:CONCERNS]->(o)`,
      { t },
    );
    await tx.run(
      `MATCH (p:Proceeding {testRun: $t})-[:HAS_OUTCOME]->(oc:Outcome) WHERE oc.officerId IS NOT NULL
       MATCH (o:Officer {id: oc.officerId}) CREATE (o)-[:RECEIVED]->(oc) MERGE (p)-[:CONCERNS]->(o)`,
      { t },
    );
    await tx.run(
      `UNWIND $judgments AS j
       CREATE (:Document {id: j[0], file: j[0] + '.pdf', kind: 'judgment', status: 'ingested', force: j[1], decisionDate: j[2], testRun: $t})
       WITH count(*) AS _
       MATCH (j4:Document {id: $j4})
       CREATE (j4)-[:REPORTS]->(:Case {citation: $c1, court: 'UKHL', stub: false, testRun: $t})
       WITH count(*) AS _
       UNWIND $cites AS c
       MATCH (d:Document {id: c[0]})
       MERGE (k:Case {citation: c[1]}) ON CREATE SET k.stub = true, k.testRun = $t
       CREATE (d)-[:CITES {text: c[1], page: 1, start: c[2], end: c[2] + 10, quote: c[1]}]->(k)`,
      { t, judgments: judgments.map(([j, f, d]) => [id(j), f, d]), j4: id('j4'), c1: C.c1, cites: cites.map(([j, c, s]) => [id(j), c, s]) },
    );
  });
}

/** The seed is written with bare Cypher, so it names its facts' owners to the statistics aggregates as the writer does. */
const owners = (): Owners => ({
  officers: officers.map(([o]) => id(o)),
  proceedings: proceedings.map((p) => id(p.id)),
  documents: judgments.map(([j]) => id(j)),
});
const refresh = (graph: Graph) => graph.write((tx) => refreshStatistics((cypher, params) => tx.run(cypher, params), owners()));

/** Counts database round trips, to show the breakdowns of one statistic share one query. */
class CountingGraph extends Graph {
  reads = 0;
  override read<T extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T[]> {
    this.reads++;
    return super.read<T>(cypher, params, timeoutMs);
  }
}

interface Gql {
  data: Record<string, any> | null | undefined;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
}

describe('statistics users bring, against the real Neo4j', () => {
  const base = loadConfig();
  const config: Config = { ...base, api: { ...base.api, apiKeys: new Map(), maxPageSize: 50, production: false } };
  let graph: CountingGraph;
  let app: App;
  let url: string;

  async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Gql> {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as Gql;
  }

  async function stats(fields: string, variables: Record<string, unknown> = {}, params = ''): Promise<Record<string, any>> {
    const r = await gql(`query${params} { statistics { ${fields} } }`, variables);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    return r.data!.statistics;
  }

  before(async () => {
    graph = new CountingGraph(createDriver(config.neo4j), config.neo4j.database);
    await migrate(graph);
    await seed(graph);
    await refresh(graph);
    app = createApp(config, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app?.stop();
    await graph.write((tx) => tx.run('MATCH (n {testRun: $t}) DETACH DELETE n', { t }));
    await refresh(graph);
    await graph.close();
  });

  const SHARE = 'standard force year officers dismissed notDismissed share';

  it('breaks the gross misconduct officers not dismissed down by standard and year', async () => {
    const s = await stats(`grossMisconductNotDismissed(force: "${A.toLowerCase()}") { overall { ${SHARE} } byStandard { ${SHARE} } byYear { ${SHARE} } }`);
    const row = (key: Record<string, unknown>, officers: number, dismissed: number) => ({
      standard: null,
      force: null,
      year: null,
      ...key,
      officers,
      dismissed,
      notDismissed: officers - dismissed,
      share: (officers - dismissed) / officers,
    });
    const g = s.grossMisconductNotDismissed;
    assert.deepEqual(g.overall, row({}, 7, 3));
    assert.deepEqual(g.byStandard, [
      row({ standard: DC }, 4, 3),
      row({ standard: HI }, 2, 1),
      row({ standard: 'Equality and Diversity' }, 1, 0),
      row({ standard: 'Orders and Instructions' }, 1, 0),
      row({ standard: 'Use of Force' }, 1, 0),
    ]);
    // o4: not dismissed in 2024 (P4), dismissed in 2025 (P5); P2 is 2024 by its decision, P10 2023 by its hearing.
    assert.deepEqual(g.byYear, [row({ year: 2023 }, 2, 1), row({ year: 2024 }, 4, 1), row({ year: 2025 }, 1, 1), row({ year: null }, 1, 0)]);
  });

  it('breaks it down by force: the proceeding force, else the officer force', async () => {
    const all = await stats(`grossMisconductNotDismissed { byForce { force officers dismissed notDismissed share } }`);
    const rows = all.grossMisconductNotDismissed.byForce.filter((r: { force: string | null }) => r.force === A || r.force === B);
    assert.deepEqual(rows, [
      { force: A, officers: 7, dismissed: 3, notDismissed: 4, share: 4 / 7 },
      { force: B, officers: 1, dismissed: 0, notDismissed: 1, share: 1 },
    ]);
    const scoped = await stats(`grossMisconductNotDismissed(force: "${B}") { byForce { force officers } }`);
    assert.deepEqual(scoped.grossMisconductNotDismissed.byForce, [{ force: B, officers: 1 }]);
  });

  it('keeps grossMisconductOutcomes equal to the overall row for the same arguments', async () => {
    const cases = [{ force: A }, { force: A, from: 2024, to: 2024 }, { force: B }, { force: A, from: 2030 }];
    const expected = [
      { officers: 7, dismissed: 3 },
      { officers: 4, dismissed: 1 },
      { officers: 1, dismissed: 0 },
      { officers: 0, dismissed: 0 },
    ];
    for (const [i, v] of cases.entries()) {
      const s = await stats(
        `grossMisconductOutcomes(force: $force, fromYear: $from, toYear: $to) { officersWithGrossMisconductProven dismissed notDismissed dismissedShare }
         grossMisconductNotDismissed(force: $force, fromYear: $from, toYear: $to) { overall { officers dismissed notDismissed share } }`,
        v,
        '($force: String, $from: Int, $to: Int)',
      );
      const { officers, dismissed } = expected[i]!;
      assert.deepEqual(s.grossMisconductOutcomes, {
        officersWithGrossMisconductProven: officers,
        dismissed,
        notDismissed: officers - dismissed,
        dismissedShare: officers ? dismissed / officers : null,
      });
      assert.deepEqual(s.grossMisconductNotDismissed.overall, {
        officers,
        dismissed,
        notDismissed: officers - dismissed,
        share: officers ? (officers - dismissed) / officers : null,
      });
    }
  });

  it('reads the graph once per statistic, however many of its breakdowns are asked for', async () => {
    graph.reads = 0;
    await stats(`grossMisconductOutcomes(force: "${A}") { dismissed }
      grossMisconductNotDismissed(force: "${A}") { overall { share } byStandard { share } byForce { share } byYear { share } }
      incidentToOutcome(force: "${NORTH}") { overall { count } byForce { count } }`);
    assert.equal(graph.reads, 2);
  });

  const DAYS = 'force count inconsistent median p25 p75 p90 min max';

  it('measures days from incident to outcome with nearest-rank percentiles', async () => {
    const s =
      await stats(`all: incidentToOutcome(force: "${NORTH}") { overall { ${DAYS} } } from2023: incidentToOutcome(force: "${NORTH}", fromYear: 2023) { overall { ${DAYS} } }
      none: incidentToOutcome(force: "Nowhere ${t}") { overall { ${DAYS} } byForce { force } }`);
    assert.deepEqual(s.all.overall, { force: null, count: 5, inconsistent: 1, median: 30, p25: 20, p75: 40, p90: 100, min: 10, max: 100 });
    assert.deepEqual(s.from2023.overall, { force: null, count: 4, inconsistent: 1, median: 20, p25: 10, p75: 30, p90: 40, min: 10, max: 40 });
    assert.deepEqual(s.none, { overall: { force: null, count: 0, inconsistent: 0, median: null, p25: null, p75: null, p90: null, min: null, max: null }, byForce: [] });
  });

  it('measures days from incident to outcome by force', async () => {
    const s = await stats(`incidentToOutcome { byForce { ${DAYS} } }`);
    const rows = s.incidentToOutcome.byForce.filter((r: { force: string | null }) => r.force === NORTH || r.force === SOUTH);
    assert.deepEqual(rows, [
      { force: NORTH, count: 5, inconsistent: 1, median: 30, p25: 20, p75: 40, p90: 100, min: 10, max: 100 },
      { force: SOUTH, count: 1, inconsistent: 0, median: 60, p25: 60, p75: 60, p90: 60, min: 60, max: 60 },
    ]);
  });

  it('ranks the cases most relied on by distinct citing documents', async () => {
    const q = `mostCitedCases(force: $force, fromYear: $from, first: $first) { citingDocuments citations case { citation court stub } }`;
    const vars = '($force: String, $from: Int, $first: Int)';
    const a = await stats(q, { force: A }, vars);
    assert.deepEqual(a.mostCitedCases, [
      { citingDocuments: 3, citations: 4, case: { citation: C.c1, court: 'UKHL', stub: false } },
      { citingDocuments: 2, citations: 2, case: { citation: C.c2, court: null, stub: true } },
      { citingDocuments: 1, citations: 1, case: { citation: C.c3, court: null, stub: true } },
    ]);
    const a2025 = await stats(q, { force: A, from: 2025 }, vars);
    assert.deepEqual(
      a2025.mostCitedCases.map((r: any) => [r.case.citation, r.citingDocuments, r.citations]),
      [
        [C.c1, 2, 3],
        [C.c2, 2, 2],
      ],
    );
    const top = await stats(q, { force: A, first: 1 }, vars);
    assert.deepEqual(
      top.mostCitedCases.map((r: any) => r.case.citation),
      [C.c1],
    );
    // A tie on both counts falls back to the citation, so the order is stable.
    const b = await stats(q, { force: B }, vars);
    assert.deepEqual(
      b.mostCitedCases.map((r: any) => r.case.citation),
      [C.c2, C.c4],
    );
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    for (const q of [
      `{ statistics { mostCitedCases(first: 51) { citations } } }`,
      `{ statistics { mostCitedCases(first: -1) { citations } } }`,
      `{ statistics { incidentToOutcome(fromYear: 2025, toYear: 2020) { overall { count } } } }`,
      `{ statistics { grossMisconductNotDismissed(fromYear: 2025, toYear: 2020) { overall { officers } } } }`,
    ]) {
      const r = await gql(q);
      assert.equal(r.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', q);
    }
  });
});
