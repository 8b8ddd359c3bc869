import neo4j from 'neo4j-driver';
import { Graph } from '../../src/graph/driver.js';

/**
 * The API's reads as it sends them, so the bench can replay the very Cypher and parameters
 * straight through the driver, in the same dependency order.
 */
export interface Recorded {
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

export class RecordingGraph extends Graph {
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

/** Sends the recorded queries of one request, each once as many of its predecessors have completed as had in the API. */
export function replay(graph: Graph, queries: Recorded[], timeoutMs: number): Promise<void> {
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
