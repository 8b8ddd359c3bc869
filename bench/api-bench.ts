import http from 'node:http';
import { AppError, ErrorCode } from '../src/errors.js';
import type { Graph } from '../src/graph/driver.js';
import { stop } from '../src/localdb/server.js';
import { countGraph, UK_SCALE, type Scale } from './generate-graph.js';
import { againstPeer } from './api/againstPeer.js';
import { prepareGraph, warm } from './api/benchGraph.js';
import { ServerProcess } from './api/child.js';
import { compare, drive, post } from './api/measure.js';
import { replay, type Recorded } from './api/recording.js';
import { apiRow, failedRow, formatReport } from './api/report.js';
import { scenarios } from './api/scenarios.js';
import { serveApi, servePeer } from './api/servers.js';
import { benchConfig, BOLT_PORT, flag, log, onlyScenarios, option } from './api/settings.js';

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
 * per second of both, the server's CPU per request (while API and driver take turns: its own
 * time, whatever else loads the machine) and its peak RSS. Stops the bench Neo4j at the end unless --keep-db.
 *
 * The peer: the same graph served by @neo4j/graphql (bench/peer-schema.ts) in a child process of
 * its own (port BENCH_PEER_PORT; ours on BENCH_API_PORT; 0, any free port, by default). For the
 * scenarios it can answer (officer and unit profiles, a filtered officer list, a count by force)
 * ours and the peer run in alternating halves like API and driver, and a second table prints
 * both side by side. --only limits the run to the scenarios named (comma-separated).
 *
 * The parts, in bench/api/: settings (ports, data, flags), benchGraph (start, generate, warm),
 * scenarios (the query list), servers and child (the API and the peer in their processes),
 * recording (the API's Cypher, replayed through the driver), measure (clients and percentiles),
 * againstPeer (ours beside the peer), report (the tables).
 */

async function main(): Promise<void> {
  const seconds = option('--seconds', 5);
  const concurrency = option('--concurrency', 8);
  const scale: Scale = flag('--small') ? { officers: 10_000, units: 200, matters: 3_000, reviews: 200, stubCases: 1_200 } : UK_SCALE;
  const config = benchConfig();
  let graph: Graph | undefined;
  let api: ServerProcess | undefined;
  let peer: ServerProcess | undefined;
  const only = onlyScenarios();
  try {
    const db = (graph = await prepareGraph(config, scale, flag('--regenerate')));
    const counts = await countGraph(db);
    await warm(db);
    api = await ServerProcess.start();
    peer = await ServerProcess.start('--serve-peer');
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
        rows.push(failedRow(s.name, failure));
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
      const before = await api.ask('memory');
      const { a, d } = await compare(viaApi, viaDriver, concurrency, seconds, bodies.length);
      const mem = await api.ask('memory');
      const cpuPerRequest = ((mem.cpuMicros as number) - (before.cpuMicros as number)) / 1000 / Math.max(1, (mem.requests as number) - (before.requests as number));
      const perRequest = recorded.reduce((n, q) => n + q.length, 0) / recorded.length;
      rows.push(apiRow(s.name, a, d, perRequest, cpuPerRequest, mem.peakRss as number, errors, timeouts));
      log(`${s.name}: API p95 ${a.p95.toFixed(1)} ms (${a.n} requests), driver p95 ${d.p95.toFixed(1)} ms (${d.n})`);
      if (s.peer) peerRows.push(await againstPeer(s, s.peer, bodies, viaApi, agent, peerUrl, concurrency, seconds));
    }
    const mem = await api.ask('memory');
    const report = formatReport({
      concurrency,
      seconds,
      counts,
      baselineRss: baseline.rss as number,
      rows,
      peakRss: mem.peakRss as number,
      peerRows,
      peerPeakRss: (await peer.ask('memory')).peakRss as number,
    });
    process.stdout.write(report + '\n');
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
  await serveApi();
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
