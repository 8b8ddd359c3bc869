import type { GraphCounts } from '../generate-graph.js';
import type { Measured } from './measure.js';

/** The report: one row per scenario, API beside driver, and ours beside the peer. */

export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
export const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(6);

const side = (m: Measured) => `${ms(m.p50)}${ms(m.p95)}${ms(m.p99)}${m.rps.toFixed(0).padStart(7)} |`;
const ratios = (a: Measured, b: Measured) => `${(a.p50 / b.p50).toFixed(2).padStart(6)}${(a.p95 / b.p95).toFixed(2).padStart(6)} |`;

export function apiRow(name: string, a: Measured, d: Measured, perRequest: number, cpuPerRequest: number, peakRss: number, errors: number, timeouts: number): string {
  return (
    `${name.padEnd(24)}|${side(a)}${side(d)}${ratios(a, d)}${perRequest.toFixed(1).padStart(6)} |${cpuPerRequest.toFixed(2).padStart(6)} |${mb(peakRss).padStart(6)}` +
    `${errors ? `  ${errors} errors` : ''}${timeouts ? `  ${timeouts} driver timeouts` : ''}`
  );
}

export const failedRow = (name: string, failure: string) => `${name.padEnd(24)}| failed while recording: ${failure}`;

export const peerRow = (name: string, ours: Measured, peer: Measured, errors: number) =>
  `${name.padEnd(24)}|${side(ours)}${side(peer)}${ratios(ours, peer)}${errors ? `  ${errors} peer errors` : ''}`;

export const peerFailedRow = (name: string, status: number, text: string) => `${name.padEnd(24)}| peer failed: ${status} ${text.slice(0, 200)}`;

export interface Report {
  concurrency: number;
  seconds: number;
  counts: GraphCounts;
  baselineRss: number;
  rows: string[];
  peakRss: number;
  peerRows: string[];
  peerPeakRss: number;
}

export function formatReport(r: Report): string {
  const { counts } = r;
  const head = `${'p50'.padStart(6)}${'p95'.padStart(6)}${'p99'.padStart(6)}${'req/s'.padStart(7)} |`;
  const header = `${'query'.padEnd(24)}|${head}${head}${'p50'.padStart(6)}${'p95'.padStart(6)} |${'Cypher'.padStart(6)} |${'CPU'.padStart(6)} |${'RSS MB'.padStart(6)}`;
  const groups = `${''.padEnd(24)}|${' API'.padEnd(25)} |${' driver'.padEnd(25)} |${' ratio'.padEnd(12)} |${''.padEnd(7)}|${''.padEnd(7)}|`;
  return [
    `API benchmark: ${r.concurrency} concurrent clients, ${r.seconds}s per query and side; graph of ${counts.officers} officers, ${counts.units} units, ${counts.forces} forces, ` +
      `${counts.documents} documents (${counts.pages} pages), ${counts.proceedings} proceedings, ${counts.allegations} allegations, ${counts.outcomes} outcomes, ` +
      `${counts.cases} cases, ${counts.citations} citations`,
    `latencies in ms; ratio = API / driver latency for the same Cypher; Cypher = queries per request; CPU = API server ms per request; RSS MB = API server peak so far (baseline ${mb(r.baselineRss)} MB)`,
    groups,
    header,
    '-'.repeat(header.length),
    ...r.rows,
    `API server peak RSS ${mb(r.peakRss)} MB`,
    '',
    `ours beside @neo4j/graphql (bench/peer-schema.ts, its own process): ${r.concurrency} concurrent clients, alternating halves of ${r.seconds}s each side`,
    `${''.padEnd(24)}|${' ours'.padEnd(25)} |${' @neo4j/graphql'.padEnd(25)} |${' ours/peer'.padEnd(12)} |`,
    `${'query'.padEnd(24)}|${head}${head}${'p50'.padStart(6)}${'p95'.padStart(6)} |`,
    '-'.repeat(header.length),
    ...r.peerRows,
    `peer server peak RSS ${mb(r.peerPeakRss)} MB`,
  ].join('\n');
}
