import type http from 'node:http';
import { compare, drive, post } from './measure.js';
import { peerFailedRow, peerRow } from './report.js';
import type { Scenario } from './scenarios.js';
import { log } from './settings.js';

/** Ours and the peer on the same inputs, in alternating halves; one table row. */
export async function againstPeer(
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
    return peerFailedRow(s.name, first.status, first.text);
  }
  let errors = 0;
  const viaPeer = async (i: number) => {
    const res = await post(agent, peerUrl, peerBodies[i]!);
    if (res.status !== 200 || res.text.includes('"errors"')) errors++;
  };
  await drive(viaPeer, concurrency, Math.min(1, seconds), peerBodies.length);
  const { a, d: q } = await compare(viaApi, viaPeer, concurrency, seconds, Math.min(bodies.length, peerBodies.length));
  log(`${s.name}: ours p95 ${a.p95.toFixed(1)} ms, peer p95 ${q.p95.toFixed(1)} ms`);
  return peerRow(s.name, a, q, errors);
}
