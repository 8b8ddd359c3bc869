import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { fork, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { loadConfig, type Config } from '../src/config.js';
import { AppError, ErrorCode } from '../src/errors.js';
import { createDriver, Graph } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { paths, start, stop } from '../src/localdb/server.js';
import { createApp } from '../src/server/app.js';
import { countGraph, generateGraph, officerId, plan, scaleSignature, SURNAMES, UK_SCALE, type Scale } from './generate-graph.js';
import { PEER_TYPE_DEFS } from './peer-schema.js';

/**
 * npm run bench:api -- [--seconds N] [--concurrency N] [--keep-db] [--regenerate] [--small] [--only NAME,...]
 *
 * Starts its own Neo4j (Bolt 127.0.0.1:BENCH_NEO4J_BOLT_PORT, 7698 by default, data in
 * .data/bench-neo4j, 4g heap), fills it with a
 * generated graph of UK scale unless the one there was made by this generator at this scale, starts
 * the API in a child process and drives it over HTTP with concurrent clients, one query kind at a
 * time. Each kind is then replayed straight through the driver: the very Cypher and parameters the
 * API sent for the same inputs (recorded in the server), issued in the same dependency order, so
 * API/driver is what GraphQL, HTTP and the resolvers add. Prints p50/p95/p99 latency and requests
 * per second of both, and the server's peak RSS. Stops the bench Neo4j at the end unless --keep-db.
 *
 * The peer: the same graph served by @neo4j/graphql (bench/peer-schema.ts) in a child process of
 * its own (port BENCH_PEER_PORT; ours on BENCH_API_PORT; 0, any free port, by default). For the
 * scenarios it can answer (officer and unit profiles, a filtered officer list, a count by force)
 * ours and the peer run in alternating halves like API and driver, and a second table prints
 * both side by side. --only limits the run to the scenarios named (comma-separated).
 */

/** BENCH_NEO4J_BOLT_PORT lets two worktrees bench side by side. */
const BOLT_PORT = loadConfig().bench.boltPort;
const DATA_DIR = '.data/bench-neo4j';
const HEAP = '4g';
const SAMPLES = 64;

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
function option(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
  return n;
}

/** The project's config with the bench server's port, data and heap; an external NEO4J_URI is ignored on purpose. */
function benchConfig(): Config {
  const base = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_USER: '', NEO4J_PASSWORD: '', NEO4J_DATABASE: '', API_KEYS: '' });
  return {
    ...base,
    dataDir: DATA_DIR,
    localBoltPort: BOLT_PORT,
    neo4j: { ...base.neo4j, uri: `bolt://127.0.0.1:${BOLT_PORT}`, external: false },
    localDb: { ...base.localDb, heap: HEAP },
    api: { ...base.api, graphiql: false, introspection: false, production: true },
  };
}

const log = (s: string) => process.stderr.write(`[bench:api] ${s}\n`);

// ---------------------------------------------------------------------------------------------
// The server side: the API over a graph that can record the Cypher it runs
// ---------------------------------------------------------------------------------------------

interface Recorded {
  cypher: string;
  params: unknown;
  /** Queries of the same request that had completed when this one was sent: it waited on them. */
  after: number;
}

/** Bolt integers (LIMIT, SKIP) do not survive IPC as objects, so they travel tagged. */
function encode(v: unknown): unknown {
  if (neo4j.isInt(v)) return { $int: v.toString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

function decode(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$int === 'string' && Object.keys(o).length === 1) return neo4j.int(o.$int);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decode(x)]));
  }
  return v;
}

class RecordingGraph extends Graph {
  recording: Recorded[] | null = null;
  private completed = 0;

  startRecording(): void {
    this.recording = [];
    this.completed = 0;
  }

  override async read<T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<T[]> {
    const rec = this.recording;
    if (!rec) return super.read<T>(cypher, params, timeoutMs);
    rec.push({ cypher, params: encode(params), after: this.completed });
    try {
      return await super.read<T>(cypher, params, timeoutMs);
    } finally {
      this.completed++;
    }
  }
}

type Command = { id: number; cmd: 'record' | 'collect' | 'memory' | 'stop' };

async function serve(): Promise<void> {
  const config = benchConfig();
  const graph = new RecordingGraph(createDriver(config.neo4j), config.neo4j.database);
  const app = createApp(config, graph, { log });
  const { url } = await app.listen(config.bench.apiPort, '127.0.0.1');
  const reply = (m: Record<string, unknown>) => process.send!(m);
  process.on('message', async (m: Command) => {
    if (m.cmd === 'record') {
      graph.startRecording();
      reply({ id: m.id });
    } else if (m.cmd === 'collect') {
      reply({ id: m.id, queries: graph.recording ?? [] });
      graph.recording = null;
    } else if (m.cmd === 'memory') {
      // maxRSS is in kilobytes and is the peak over the process's life.
      reply({ id: m.id, peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss });
    } else if (m.cmd === 'stop') {
      await app.stop();
      await graph.close();
      reply({ id: m.id });
      process.exit(0);
    }
  });
  // Never outlive the benchmark, even when it dies without saying stop.
  process.on('disconnect', () => process.exit(0));
  reply({ ready: url });
}

/** The peer's process: @neo4j/graphql over the bench graph, served by Apollo as its documentation shows. */
async function servePeer(): Promise<void> {
  const config = benchConfig();
  const driver = createDriver(config.neo4j);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: config.bench.peerPort, host: '127.0.0.1' } });
  const reply = (m: Record<string, unknown>) => process.send!(m);
  process.on('message', async (m: Command) => {
    if (m.cmd === 'memory') {
      reply({ id: m.id, peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss });
    } else if (m.cmd === 'stop') {
      await server.stop();
      await driver.close();
      reply({ id: m.id });
      process.exit(0);
    } else {
      reply({ id: m.id });
    }
  });
  process.on('disconnect', () => process.exit(0));
  reply({ ready: url });
}

/** The parent's handle on the API child. */
class ApiProcess {
  private next = 0;
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {
    child.on('message', (m: Record<string, unknown>) => {
      const resolve = this.waiting.get(m.id as number);
      this.waiting.delete(m.id as number);
      resolve?.(m);
    });
  }

  static async start(mode: '--serve' | '--serve-peer' = '--serve'): Promise<ApiProcess> {
    // NODE_ENV=production as the image runs (Dockerfile): graphql-js checks every instanceof twice in development.
    const child = fork(fileURLToPath(import.meta.url), [mode], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, NODE_ENV: 'production' } });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`API process exited (${code}) before it was ready`)));
      child.once('message', (m: { ready?: string }) => (m.ready ? resolve(m.ready) : reject(new Error('unexpected message'))));
    });
    child.removeAllListeners('exit');
    return new ApiProcess(child, url);
  }

  /** Rejects after 30 s, so a dead child cannot hang the benchmark's clean-up. */
  ask(cmd: Command['cmd']): Promise<Record<string, unknown>> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`API process did not answer "${cmd}"`)), 30_000);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        resolve(m);
      });
      this.child.send({ id, cmd }, (err) => {
        if (err) {
          clearTimeout(timer);
          reject(err);
        }
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The client side
// ---------------------------------------------------------------------------------------------

function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

interface Scenario {
  name: string;
  query: string;
  variables: Record<string, unknown>[];
  /** The same question put to @neo4j/graphql, with variables in the same order. */
  peer?: { query: string; variables: Record<string, unknown>[] };
}

interface Measured {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  n: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

interface Run {
  latencies: number[];
  seconds: number;
}

/** `concurrency` clients, each sending its next request when the last one is answered, for `seconds`. */
async function drive(run: (i: number) => Promise<void>, concurrency: number, seconds: number, samples: number): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = next++ % samples;
        const s = performance.now();
        await run(i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

function summarise(...runs: Run[]): Measured {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), p99: percentile(latencies, 0.99), rps: latencies.length / seconds, n: latencies.length };
}

/**
 * API, driver, driver, API in halves, so whatever drifts during a scenario (the page cache, the
 * JVM's garbage, other load on the machine) falls on both sides alike.
 */
async function compare(viaApi: (i: number) => Promise<void>, viaDriver: (i: number) => Promise<void>, concurrency: number, seconds: number, samples: number) {
  const half = seconds / 2;
  const a1 = await drive(viaApi, concurrency, half, samples);
  const d1 = await drive(viaDriver, concurrency, half, samples);
  const d2 = await drive(viaDriver, concurrency, half, samples);
  const a2 = await drive(viaApi, concurrency, half, samples);
  return { a: summarise(a1, a2), d: summarise(d1, d2) };
}

/** Sends the recorded queries of one request, each once as many of its predecessors have completed as had in the API. */
function replay(graph: Graph, queries: Recorded[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = 0;
    let sent = 0;
    const launch = () => {
      while (sent < queries.length && queries[sent]!.after <= done) {
        const q = queries[sent++]!;
        graph.read(q.cypher, decode(q.params) as Record<string, unknown>, timeoutMs).then(() => {
          if (++done === queries.length) resolve();
          else launch();
        }, reject);
      }
    };
    if (queries.length === 0) resolve();
    else launch();
  });
}

async function scenarios(scale: Scale, graph: Graph): Promise<Scenario[]> {
  const p = plan(scale);
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const sample = <T>(xs: readonly T[], n = SAMPLES) => Array.from({ length: n }, () => xs[Math.floor(rand() * xs.length)]!);
  const officers = Array.from({ length: SAMPLES }, () => ({ id: officerId(Math.floor(rand() * p.officers.length)) }));
  // Only cases somebody cited exist; the order makes the sample the same every run.
  const [{ cited } = { cited: [] }] = await graph.read<{ cited: string[] }>('MATCH (c:Case) WITH c.citation AS c ORDER BY c RETURN collect(c) AS cited');
  const cases = sample(cited).map((citation) => ({ citation }));
  const searches = [
    'gross misconduct',
    '"body worn video"',
    'Wednesbury AND irrationality',
    'dishonest*',
    '"legitimate expectation"',
    'taser AND restraint',
    '"Territorial Support Group"',
    'vetting',
    ...sample(SURNAMES, 8),
  ].map((query) => ({ query }));
  const years = [null, 2018, 2020, 2022].map((from) => ({ from }));
  const [{ rulings } = { rulings: [] }] = await graph.read<{ rulings: string[] }>(
    "MATCH (d:Document {kind: 'judgment'}) WITH d.id AS id ORDER BY id LIMIT 1000 RETURN collect(id) AS rulings",
  );
  const rulingIds = rulings.length ? sample(rulings).map((id) => ({ id })) : [];
  const precedents = [
    { s: ['Honesty and Integrity'], f: 'gross_misconduct', text: null, from: null },
    { s: ['Use of Force'], f: 'gross_misconduct', text: null, from: 2020 },
    { s: ['Discreditable Conduct'], f: 'misconduct', text: null, from: null },
    { s: ['Honesty and Integrity'], f: 'gross_misconduct', text: '"false statement"', from: 2018 },
  ];
  // Drawn after the rest, so the other scenarios' samples stay those of earlier runs.
  const units = sample(p.units).map((u) => ({ id: u.id }));
  const forces = sample([...new Set(p.officers.map((o) => o.force))]).map((force) => ({ force }));
  const SHARE = 'standard force year officers dismissed notDismissed share';
  const DAYS = 'force count inconsistent median p25 p75 p90 min max';
  return [
    {
      name: 'officer profile',
      query: `query($id: ID!) { officer(id: $id) { id name label rank warrantNumber former force { name }
        mentions { name rank rankText source { document { id title kind decisionDate } page quote } resolution { score reasons method } }
        units { unit { id name } asOf source { page quote } }
        proceedings { id force incidentDate hearingDate decisionDate daysToDecision }
        allegations { standard finding source { document { id title } page start end quote } }
        outcomes { outcome source { page quote } }
        rulings { ruling { id title neutralCitation } confidence reasons } } }`,
      variables: officers,
      peer: {
        query: `query($id: ID!) { officers(where: { id: { eq: $id } }) { id name label rank warrantNumber former force
          mentionsConnection { edges { properties { score reasons method } node { name rank rankText page quote documents { id title kind decisionDate } } } }
          unitsConnection { edges { properties { asOf page quote } node { id name } } }
          proceedings { id force incidentDate hearingDate decisionDate rulings { id title neutralCitation } }
          allegations { standard finding docId page start end quote }
          outcomes { outcome page quote } } }`,
        variables: officers,
      },
    },
    {
      name: 'unit profile',
      query: `query($id: ID!) { unit(id: $id) { id name force { name officerCount }
        members { officer { id name label rank } asOf source { document { id title } page quote } } } }`,
      variables: units,
      peer: {
        query: `query($id: ID!) { units(where: { id: { eq: $id } }) { id name forces { name officersConnection { totalCount } }
          membersConnection { edges { properties { asOf docId page quote } node { id name label rank } } } } }`,
        variables: units,
      },
    },
    {
      name: 'officer list by force',
      query: `query($force: String!) { officers(filter: { force: $force }, first: 20) { edges { node { id name label rank } } } }`,
      variables: forces,
      peer: {
        query: `query($force: String!) { officers(where: { force: { eq: $force } }, limit: 20, sort: [{ name: ASC }]) { id name label rank } }`,
        variables: forces,
      },
    },
    {
      name: 'officer count by force',
      query: `query($force: String!) { force(name: $force) { name officerCount } }`,
      variables: forces,
      peer: {
        query: `query($force: String!) { officersConnection(where: { force: { eq: $force } }) { aggregate { count { nodes } } } }`,
        variables: forces,
      },
    },
    {
      name: 'search',
      query: `query($query: String!) { search(query: $query, first: 10) { totalCount
        edges { cursor node { pageNumber score snippet highlighted document { id title kind } } } pageInfo { hasNextPage endCursor } } }`,
      variables: searches,
    },
    {
      name: 'documents page',
      query: `query($filter: DocumentFilter) { documents(filter: $filter, first: 20) { totalCount
        edges { cursor node { id title kind status force decisionDate ingestedAt } } pageInfo { hasNextPage endCursor } } }`,
      variables: [{}, { filter: { kind: 'hearing_outcome' } }, { filter: { kind: 'judgment' } }, { filter: { status: 'ingested' } }],
    },
    {
      name: 'case cited by',
      query: `query($citation: String!) { case(citation: $citation) { citation court stub reportedBy { id title }
        citedBy { pin paragraph citing { id title neutralCitation decisionDate } source { page quote } } } }`,
      variables: cases,
    },
    {
      name: 'case treatment',
      query: `query($citation: String!) { case(citation: $citation) { citation treatment { negative counts { treatment documents }
        warning { treatment treatmentWords citing { id neutralCitation } treatmentSource { page quote } } }
        citedBy { treatment treatmentWords caseWarning { treatment } } } }`,
      variables: cases,
    },
    {
      name: 'sanction precedents',
      query: `query($s: [String!], $f: Finding, $text: String, $from: Int) { sanctionPrecedents(standards: $s, finding: $f, text: $text, fromYear: $from, first: 3) {
        proceedings buckets { outcome count share examples { proceeding { id decisionDate } finding { standard finding source { quote } }
          sanction { outcome source { quote } } reviewedBy { ruling { id neutralCitation jrResult } } } } } }`,
      variables: precedents,
    },
    ...(rulingIds.length
      ? [
          {
            name: 'decision chain',
            query: `query($id: ID!) { decisionChain(rulingId: $id) { daysFirstToLast
              steps { level decisionMaker date result known daysFromPrevious document { id title } source { page quote } } } }`,
            variables: rulingIds,
          },
          {
            name: 'related rulings',
            query: `query($id: ID!) { relatedRulings(rulingId: $id, first: 5) { score textSimilarity why sharedTerms
              ruling { id neutralCitation } sharedAuthorities { citation } coCitedBy { id } } }`,
            variables: rulingIds,
          },
        ]
      : []),
    {
      name: 'stats gross misconduct',
      query: `query($from: Int) { statistics { grossMisconductOutcomes(fromYear: $from) { officersWithGrossMisconductProven dismissed notDismissed dismissedShare }
        grossMisconductNotDismissed(fromYear: $from) { byStandard { ${SHARE} } byForce { ${SHARE} } byYear { ${SHARE} } } } }`,
      variables: years,
    },
    {
      name: 'stats incident->outcome',
      query: `query($from: Int) { statistics { incidentToOutcome(fromYear: $from) { overall { ${DAYS} } byForce { ${DAYS} } } } }`,
      variables: years,
    },
    {
      name: 'stats most cited',
      query: `query($from: Int) { statistics { mostCitedCases(fromYear: $from, first: 20) { citingDocuments citations case { citation court stub } } } }`,
      variables: years,
    },
  ];
}

/** Ours and the peer on the same inputs, in alternating halves; one table row. */
async function againstPeer(
  s: Scenario,
  p: NonNullable<Scenario['peer']>,
  bodies: string[],
  viaApi: (i: number) => Promise<void>,
  agent: http.Agent,
  peerUrl: URL,
  concurrency: number,
  seconds: number,
): Promise<string> {
  const peerBodies = p.variables.map((variables) => JSON.stringify({ query: p.query, variables }));
  const first = await post(agent, peerUrl, peerBodies[0]!);
  if (first.status !== 200 || first.text.includes('"errors"')) {
    log(`${s.name}: the peer answered ${first.status} ${first.text.slice(0, 500)}`);
    return `${s.name.padEnd(24)}| peer failed: ${first.status} ${first.text.slice(0, 200)}`;
  }
  let errors = 0;
  const viaPeer = async (i: number) => {
    const res = await post(agent, peerUrl, peerBodies[i]!);
    if (res.status !== 200 || res.text.includes('"errors"')) errors++;
  };
  await drive(viaPeer, concurrency, Math.min(1, seconds), peerBodies.length);
  const { a, d: q } = await compare(viaApi, viaPeer, concurrency, seconds, Math.min(bodies.length, peerBodies.length));
  log(`${s.name}: ours p95 ${a.p95.toFixed(1)} ms, peer p95 ${q.p95.toFixed(1)} ms`);
  return (
    `${s.name.padEnd(24)}|${ms(a.p50)}${ms(a.p95)}${ms(a.p99)}${a.rps.toFixed(0).padStart(7)} |${ms(q.p50)}${ms(q.p95)}${ms(q.p99)}${q.rps.toFixed(0).padStart(7)} |` +
    `${(a.p50 / q.p50).toFixed(2).padStart(6)}${(a.p95 / q.p95).toFixed(2).padStart(6)} |${errors ? `  ${errors} peer errors` : ''}`
  );
}

// ---------------------------------------------------------------------------------------------
// Database: start, reuse or generate, warm
// ---------------------------------------------------------------------------------------------

async function openGraph(config: Config): Promise<Graph> {
  await start(config, log);
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  await migrate(graph);
  return graph;
}

async function prepareGraph(config: Config, scale: Scale, regenerate: boolean): Promise<Graph> {
  let graph = await openGraph(config);
  const signature = scaleSignature(scale);
  const [marker] = await graph.read<{ signature: string | null }>('OPTIONAL MATCH (b:BenchGraph) RETURN b.signature AS signature');
  if (!regenerate && marker?.signature === signature) {
    log(`reusing the generated graph in ${DATA_DIR} (${signature})`);
    return graph;
  }
  const [{ n } = { n: 0 }] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  if (n > 0) {
    // Deleting a million nodes in transactions is slower than starting from an empty store.
    log(`the graph in ${DATA_DIR} is of another scale or version: removing it`);
    await graph.close();
    await stop(config, log);
    rmSync(join(paths(config).dataDir, 'db'), { recursive: true, force: true });
    graph = await openGraph(config);
  }
  const counts = await generateGraph(graph, scale, log);
  await graph.run('CREATE (:BenchGraph {signature: $signature, counts: $counts, generatedAt: datetime()})', { signature, counts: JSON.stringify(counts) });
  return graph;
}

/** A restarted server reads from disk; touching every store first keeps the first scenario from paying for it. */
async function warm(graph: Graph): Promise<void> {
  const t0 = performance.now();
  for (const label of ['Officer', 'OfficerMention', 'Document', 'Page', 'Proceeding', 'Allegation', 'Outcome', 'Unit', 'Case']) {
    await graph.read(`MATCH (n:${label}) RETURN count(n.id) + count(n.text) AS n`);
  }
  await graph.read('MATCH ()-[r]->() RETURN count(r.page) AS n');
  log(`warmed the page cache in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(6);

async function main(): Promise<void> {
  const seconds = option('--seconds', 5);
  const concurrency = option('--concurrency', 8);
  const scale: Scale = flag('--small') ? { officers: 10_000, units: 200, matters: 3_000, reviews: 200, stubCases: 1_200 } : UK_SCALE;
  const config = benchConfig();
  let graph: Graph | undefined;
  let api: ApiProcess | undefined;
  let peer: ApiProcess | undefined;
  const only = argv.includes('--only') ? new Set((argv[argv.indexOf('--only') + 1] ?? '').split(',').map((x) => x.trim())) : null;
  try {
    const db = (graph = await prepareGraph(config, scale, flag('--regenerate')));
    const counts = await countGraph(db);
    await warm(db);
    api = await ApiProcess.start();
    peer = await ApiProcess.start('--serve-peer');
    const url = new URL(api.url);
    const peerUrl = new URL(peer.url);
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const baseline = await api.ask('memory');
    const rows: string[] = [];
    const peerRows: string[] = [];
    for (const s of (await scenarios(scale, db)).filter((x) => !only || only.has(x.name))) {
      const bodies = s.variables.map((variables) => JSON.stringify({ query: s.query, variables }));
      // One request at a time while the server records, so each request's Cypher is its own.
      const recorded: Recorded[][] = [];
      let failure: string | undefined;
      for (const body of bodies) {
        await api.ask('record');
        const res = await post(agent, url, body);
        const { queries } = (await api.ask('collect')) as { queries: Recorded[] };
        const parsed = JSON.parse(res.text) as { errors?: { message: string; extensions?: { code?: string } }[] };
        if (res.status !== 200 || parsed.errors) failure ??= `${res.status} ${parsed.errors?.[0]?.extensions?.code ?? ''} ${parsed.errors?.[0]?.message ?? ''}`;
        recorded.push(queries);
      }
      // A query that fails on its own (a timeout on a loaded machine) gets a row saying so; the others still run.
      if (failure) {
        rows.push(`${s.name.padEnd(24)}| failed while recording: ${failure}`);
        log(`${s.name}: ${failure}`);
        continue;
      }
      let errors = 0;
      let timeouts = 0;
      const viaApi = async (i: number) => {
        const res = await post(agent, url, bodies[i]!);
        if (res.status !== 200 || res.text.includes('"errors"')) errors++;
      };
      // A statement stopped by the query timeout is counted (as the API counts its errors), not the end of the run.
      const viaDriver = (i: number) =>
        replay(db, recorded[i]!, config.api.queryTimeoutMs).catch((err: unknown) => {
          if (!(err instanceof AppError && err.code === ErrorCode.TIMEOUT)) throw err;
          timeouts++;
        });
      await drive(viaApi, concurrency, Math.min(1, seconds), bodies.length);
      await drive(viaDriver, concurrency, Math.min(1, seconds), bodies.length);
      const { a, d } = await compare(viaApi, viaDriver, concurrency, seconds, bodies.length);
      const mem = await api.ask('memory');
      const perRequest = recorded.reduce((n, q) => n + q.length, 0) / recorded.length;
      rows.push(
        `${s.name.padEnd(24)}|${ms(a.p50)}${ms(a.p95)}${ms(a.p99)}${a.rps.toFixed(0).padStart(7)} |${ms(d.p50)}${ms(d.p95)}${ms(d.p99)}${d.rps.toFixed(0).padStart(7)} |` +
          `${(a.p50 / d.p50).toFixed(2).padStart(6)}${(a.p95 / d.p95).toFixed(2).padStart(6)} |${perRequest.toFixed(1).padStart(6)} |${mb(mem.peakRss as number).padStart(6)}${errors ? `  ${errors} errors` : ''}${timeouts ? `  ${timeouts} driver timeouts` : ''}`,
      );
      log(`${s.name}: API p95 ${a.p95.toFixed(1)} ms (${a.n} requests), driver p95 ${d.p95.toFixed(1)} ms (${d.n})`);
      if (s.peer) peerRows.push(await againstPeer(s, s.peer, bodies, viaApi, agent, peerUrl, concurrency, seconds));
    }
    const mem = await api.ask('memory');
    const side = `${'p50'.padStart(6)}${'p95'.padStart(6)}${'p99'.padStart(6)}${'req/s'.padStart(7)} |`;
    const header = `${'query'.padEnd(24)}|${side}${side}${'p50'.padStart(6)}${'p95'.padStart(6)} |${'Cypher'.padStart(6)} |${'RSS MB'.padStart(6)}`;
    const groups = `${''.padEnd(24)}|${' API'.padEnd(25)} |${' driver'.padEnd(25)} |${' ratio'.padEnd(12)} |${''.padEnd(7)}|`;
    const out = [
      `API benchmark: ${concurrency} concurrent clients, ${seconds}s per query and side; graph of ${counts.officers} officers, ${counts.units} units, ${counts.forces} forces, ` +
        `${counts.documents} documents (${counts.pages} pages), ${counts.proceedings} proceedings, ${counts.allegations} allegations, ${counts.outcomes} outcomes, ` +
        `${counts.cases} cases, ${counts.citations} citations`,
      `latencies in ms; ratio = API / driver latency for the same Cypher; Cypher = queries per request; RSS MB = API server peak so far (baseline ${mb(baseline.rss as number)} MB)`,
      groups,
      header,
      '-'.repeat(header.length),
      ...rows,
      `API server peak RSS ${mb(mem.peakRss as number)} MB`,
      '',
      `ours beside @neo4j/graphql (bench/peer-schema.ts, its own process): ${concurrency} concurrent clients, alternating halves of ${seconds}s each side`,
      `${''.padEnd(24)}|${' ours'.padEnd(25)} |${' @neo4j/graphql'.padEnd(25)} |${' ours/peer'.padEnd(12)} |`,
      `${'query'.padEnd(24)}|${side}${side}${'p50'.padStart(6)}${'p95'.padStart(6)} |`,
      '-'.repeat(header.length),
      ...peerRows,
      `peer server peak RSS ${mb((await peer.ask('memory')).peakRss as number)} MB`,
    ];
    process.stdout.write(out.join('\n') + '\n');
    agent.destroy();
  } finally {
    if (api) await api.ask('stop').catch(() => {});
    if (peer) await peer.ask('stop').catch(() => {});
    await graph?.close();
    if (flag('--keep-db')) log(`leaving the bench Neo4j running on bolt://127.0.0.1:${BOLT_PORT}`);
    else await stop(config, log);
  }
}

if (flag('--serve')) {
  await serve();
} else if (flag('--serve-peer')) {
  await servePeer();
} else {
  // Exit explicitly: a driver left open by a failure half-way would otherwise keep the process alive.
  await main().then(
    () => process.exit(0),
    (err: unknown) => {
      log(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    },
  );
}
