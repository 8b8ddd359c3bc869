import { Session } from 'node:inspector/promises';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { createDriver, Graph, waitForGraph } from '../src/graph/driver.js';
import { deleteDocument } from '../src/graph/documents.js';
import { migrate } from '../src/graph/migrate.js';
import type { StageTimes } from '../ingest/jobs.js';
import { analyse, type ProcessedDocument } from '../ingest/process.js';
import { readPdf } from '../ingest/readPdf.js';
import { writeDocument } from '../ingest/write.js';

/**
 * node dist/bench/stages-ingest.js [--no-write] FILE...
 * Where one thread's time goes, stage by stage, for the given PDFs: reading and parsing, then the
 * analysis under a CPU profile whose samples are charged to the ingest source file they ran in
 * (regex and built-in time to the file that called it), so each extractor's share shows; then each
 * document written to Neo4j with the time of every Cypher statement, and deleted again. Prints
 * one JSON object on stdout. The files must not already be in the graph (ingest-bench passes
 * copies unique to the run).
 */
const args = process.argv.slice(2);
const write = !args.includes('--no-write');
const files = args.filter((a) => !a.startsWith('--'));
const config = loadConfig();
const options = { ...config.ingest, pseudonymKey: config.pseudonymKey };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** Self time per ingest source file, native and regex frames charged to their nearest ingest caller. */
function chargeByFile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): StageTimes {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: StageTimes = {};
  const walk = (id: number, owner: string) => {
    const n = byId.get(id);
    if (!n) return;
    const m = /\/dist\/((?:ingest|src)\/.+\.js)$/.exec(n.callFrame.url);
    const name = n.callFrame.functionName;
    const here = m ? (m[1] as string) : name === '(garbage collector)' ? 'garbage collection' : owner;
    const t = self.get(id) ?? 0;
    if (t) out[here] = (out[here] ?? 0) + t;
    for (const c of n.children ?? []) walk(c, here);
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, 'other (idle, program, runtime)');
  return out;
}

/** Statement label: its first clause, enough to tell write.ts's statements apart. */
function label(cypher: string): string {
  return cypher.replace(/\s+/g, ' ').trim().slice(0, 70);
}

class TimingGraph extends Graph {
  readonly statements: StageTimes = {};
  readonly counts: StageTimes = {};
  override write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return super.write((tx) => {
      const timedTx = new Proxy(tx, {
        get: (target, prop, receiver) => {
          if (prop !== 'run') return Reflect.get(target, prop, receiver);
          return async (cypher: string, params?: Record<string, unknown>) => {
            const t0 = performance.now();
            try {
              return await target.run(cypher, params);
            } finally {
              const k = label(cypher);
              this.statements[k] = (this.statements[k] ?? 0) + performance.now() - t0;
              this.counts[k] = (this.counts[k] ?? 0) + 1;
            }
          };
        },
      });
      return work(timedTx);
    });
  }
}

const read: StageTimes = {};
const docs: { file: string; info: Awaited<ReturnType<typeof readPdf>>['info']; pages: Awaited<ReturnType<typeof readPdf>>['pages'] }[] = [];
const tRead = performance.now();
for (const file of files) {
  try {
    docs.push({ file, ...(await readPdf(file, options, read)) });
  } catch {
    // failures are the pipeline's business; this measures documents that get through
  }
}
const readMs = performance.now() - tRead;
const pages = docs.reduce((n, d) => n + d.pages.length, 0);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const stages: StageTimes = {};
const results: ProcessedDocument[] = [];
const tAnalyse = performance.now();
for (const d of docs) {
  const r = analyse(d.file, d.info, d.pages, options, stages);
  if (r.ok) results.push(r);
}
const analyseMs = performance.now() - tAnalyse;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const byFile = chargeByFile(profile as unknown as Parameters<typeof chargeByFile>[0]);

let writeMs = 0;
let statements: StageTimes = {};
let counts: StageTimes = {};
if (write) {
  const graph = new TimingGraph(createDriver(config.neo4j), config.neo4j.database);
  try {
    await waitForGraph(graph, 30_000);
    await migrate(graph);
    const t0 = performance.now();
    for (const r of results) await writeDocument(graph, r, { licence: 'bench', source: null });
    writeMs = performance.now() - t0;
    // copies: the clean-up below goes through the same graph and must not count
    statements = { ...graph.statements };
    counts = { ...graph.counts };
  } finally {
    for (const r of results) await deleteDocument(graph, r.sha256).catch(() => undefined);
    await graph.close();
  }
}
process.stdout.write(JSON.stringify({ documents: docs.length, pages, readMs, read, analyseMs, stages, byFile, writeMs, statements, counts }) + '\n');
