import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';
import { mapNeo4jError } from './driver.js';

/**
 * A logical backup: every node (labels, properties) and relationship (type, properties, ends) as
 * JSON Lines, and a restore that rebuilds exactly that graph. Community edition has no online
 * backup, and a copy of the store files needs the server stopped; this runs through the driver
 * against a running server, local or remote. Schema (constraints, indexes) is not in the file: it is
 * the project's migrations, applied before restoring.
 *
 * Values keep their Neo4j types: integers and floats stay apart (JSON has one number), and temporal
 * and spatial values are written by their fields, so the restored graph compares equal property by
 * property, not just in print.
 */
export const BACKUP_FORMAT = 'misconduct-graph-backup';
const FORMAT_VERSION = 1;
const BATCH = 1000;

type Encoded = null | boolean | string | Encoded[] | { [tag: string]: unknown };

const TEMPORALS = ['Date', 'DateTime', 'LocalDateTime', 'LocalTime', 'Time', 'Duration'] as const;
type TemporalName = (typeof TEMPORALS)[number];

/** Field order of each temporal type's constructor in neo4j-driver. */
const TEMPORAL_FIELDS: Record<TemporalName, string[]> = {
  Date: ['year', 'month', 'day'],
  DateTime: ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds', 'timeZoneId'],
  LocalDateTime: ['year', 'month', 'day', 'hour', 'minute', 'second', 'nanosecond'],
  LocalTime: ['hour', 'minute', 'second', 'nanosecond'],
  Time: ['hour', 'minute', 'second', 'nanosecond', 'timeZoneOffsetSeconds'],
  Duration: ['months', 'days', 'seconds', 'nanoseconds'],
};

const field = (v: unknown) => (neo4j.isInt(v) ? (v as { toString(): string }).toString() : v === undefined ? null : v);

export function encodeValue(v: unknown): Encoded {
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string') return v ?? null;
  if (neo4j.isInt(v)) return { $int: (v as { toString(): string }).toString() };
  if (typeof v === 'number') return { $float: Number.isFinite(v) ? v : String(v) };
  if (Array.isArray(v)) return v.map(encodeValue);
  if (v instanceof Uint8Array) return { $bytes: Buffer.from(v).toString('base64') };
  if (neo4j.isPoint(v)) {
    const p = v as unknown as { srid: unknown; x: number; y: number; z?: number };
    return { $point: { srid: field(p.srid), x: p.x, y: p.y, z: p.z ?? null } };
  }
  for (const name of TEMPORALS) {
    const Type = (neo4j.types as unknown as Record<string, abstract new (...a: never[]) => unknown>)[name]!;
    if (v instanceof Type) {
      const t = v as Record<string, unknown>;
      return { $temporal: name, fields: TEMPORAL_FIELDS[name].map((f) => field(t[f])) };
    }
  }
  throw new AppError(ErrorCode.INTERNAL, `backup cannot encode a value of type ${Object.prototype.toString.call(v)}`);
}

const int = (s: unknown) => (s === null ? null : neo4j.int(s as string | number));

export function decodeValue(v: Encoded): unknown {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  if ('$int' in v) return neo4j.int(v.$int as string);
  if ('$float' in v) return Number(v.$float);
  if ('$bytes' in v) return new Uint8Array(Buffer.from(v.$bytes as string, 'base64'));
  if ('$point' in v) {
    const p = v.$point as { srid: string; x: number; y: number; z: number | null };
    return p.z === null ? new neo4j.types.Point(int(p.srid)!, p.x, p.y) : new neo4j.types.Point(int(p.srid)!, p.x, p.y, p.z);
  }
  if ('$temporal' in v) {
    const name = v.$temporal as TemporalName;
    const Type = (neo4j.types as unknown as Record<string, new (...a: unknown[]) => unknown>)[name];
    if (!Type || !TEMPORALS.includes(name)) throw new AppError(ErrorCode.BAD_USER_INPUT, `unknown temporal type ${String(name)} in backup`);
    const fields = v.fields as unknown[];
    // Every field is an integer except the zone id; nulls stay null (a DateTime with an offset has no zone id).
    return new Type(...fields.map((f, i) => (TEMPORAL_FIELDS[name][i] === 'timeZoneId' ? f : int(f))));
  }
  throw new AppError(ErrorCode.BAD_USER_INPUT, `unknown value ${JSON.stringify(v).slice(0, 80)} in backup`);
}

const encodeProps = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, encodeValue(v)]));
const decodeProps = (props: Record<string, Encoded>) => Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decodeValue(v)]));

/** A driver that keeps integers as Integers: the project's usual driver turns them into JS numbers, losing the type. */
function exactDriver(config: Neo4jConfig): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth);
}

interface Header {
  format: string;
  version: number;
  nodes: number;
  relationships: number;
  createdAt: string;
}

async function write(out: NodeJS.WritableStream, line: unknown): Promise<void> {
  if (!out.write(JSON.stringify(line) + '\n')) await once(out, 'drain');
}

/** Writes the whole graph to `file`; returns the counts written. */
export async function backup(config: Neo4jConfig, file: string): Promise<{ nodes: number; relationships: number }> {
  const driver = exactDriver(config);
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  const out = createWriteStream(file, { flags: 'wx' });
  try {
    await once(out, 'open').catch((err: NodeJS.ErrnoException) => {
      throw new AppError(ErrorCode.BAD_USER_INPUT, err.code === 'EEXIST' ? `${file} exists: a backup never overwrites a file` : `cannot write ${file} (${err.code})`);
    });
    // One read transaction, so nodes and relationships come from the same moment of the graph.
    return await session.executeRead(async (tx) => {
      const counts = (await tx.run('RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships')).records[0]!;
      const header: Header = {
        format: BACKUP_FORMAT,
        version: FORMAT_VERSION,
        nodes: counts.get('nodes').toNumber(),
        relationships: counts.get('relationships').toNumber(),
        createdAt: new Date().toISOString(),
      };
      await write(out, header);
      let nodes = 0;
      for await (const r of tx.run('MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props')) {
        await write(out, { n: r.get('id'), labels: r.get('labels'), props: encodeProps(r.get('props')) });
        nodes++;
      }
      let relationships = 0;
      for await (const r of tx.run('MATCH (a)-[x]->(b) RETURN elementId(a) AS a, type(x) AS type, properties(x) AS props, elementId(b) AS b')) {
        await write(out, { r: r.get('type'), a: r.get('a'), b: r.get('b'), props: encodeProps(r.get('props')) });
        relationships++;
      }
      return { nodes, relationships };
    });
  } catch (err) {
    // A backup that stopped half-way must not pass for one: remove what it wrote.
    if (out.pending === false) rmSync(file, { force: true });
    throw mapNeo4jError(err);
  } finally {
    // A stream that failed to open is closed already; waiting for 'close' then would wait forever.
    if (!out.closed) {
      out.end();
      await once(out, 'close').catch(() => undefined);
    }
    await session.close();
    await driver.close();
  }
}

/** Backticks around a label or type, doubled inside, as Cypher quotes names. */
const quote = (name: string) => '`' + name.replaceAll('`', '``') + '`';

/** Where restored nodes wait for their relationships; removed at the end. */
const RESTORING = '__Restoring';

interface NodeLine {
  n: string;
  labels: string[];
  props: Record<string, Encoded>;
}
interface RelLine {
  r: string;
  a: string;
  b: string;
  props: Record<string, Encoded>;
}

/**
 * Rebuilds the graph in `file`. The database must be empty unless `replace` is set, which deletes
 * everything first: a restore is the whole graph, never merged into another one.
 */
export async function restore(
  config: Neo4jConfig,
  file: string,
  options: { replace: boolean; log: (s: string) => void },
): Promise<{ nodes: number; relationships: number }> {
  const driver = exactDriver(config);
  const session = () => driver.session({ database: config.database });
  const run = async (cypher: string, params: Record<string, unknown> = {}) => {
    const s = session();
    try {
      return await s.executeWrite((tx) => tx.run(cypher, params));
    } finally {
      await s.close();
    }
  };
  const auto = async (cypher: string) => {
    const s = session();
    try {
      await s.run(cypher);
    } finally {
      await s.close();
    }
  };
  try {
    await access(file).catch(() => {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${file}: no such backup file`);
    });
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const it = lines[Symbol.asyncIterator]();
    const first = await it.next();
    const header = first.done ? null : (JSON.parse(first.value) as Header);
    if (!header || header.format !== BACKUP_FORMAT || header.version !== FORMAT_VERSION) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${file} is not a backup written by db:backup (format ${BACKUP_FORMAT} v${FORMAT_VERSION})`);
    }
    const existing = (await run('RETURN COUNT { MATCH (n) } AS n')).records[0]!.get('n').toNumber();
    if (existing > 0) {
      if (!options.replace)
        throw new AppError(ErrorCode.BAD_USER_INPUT, `the database holds ${existing} nodes; restore into an empty database, or pass --replace to delete them first`);
      options.log(`deleting the ${existing} nodes there now`);
      await auto(`MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF ${BATCH} ROWS`);
    }
    await auto(`CREATE INDEX restoring_id IF NOT EXISTS FOR (n:${RESTORING}) ON (n.__backupId)`);
    await auto('CALL db.awaitIndexes(60)');

    let nodes: NodeLine[] = [];
    let rels: RelLine[] = [];
    const counts = { nodes: 0, relationships: 0 };
    const flushNodes = async () => {
      // One statement per label set: labels cannot be parameters.
      const byLabels = new Map<string, NodeLine[]>();
      for (const n of nodes) {
        const key = JSON.stringify([...n.labels].sort());
        byLabels.set(key, [...(byLabels.get(key) ?? []), n]);
      }
      for (const [key, group] of byLabels) {
        const labels = (JSON.parse(key) as string[]).map((l) => ':' + quote(l)).join('');
        await run(`UNWIND $rows AS r CREATE (n${labels}:${RESTORING}) SET n = r.props, n.__backupId = r.id`, {
          rows: group.map((n) => ({ id: n.n, props: decodeProps(n.props) })),
        });
      }
      counts.nodes += nodes.length;
      nodes = [];
    };
    const flushRels = async () => {
      const byType = new Map<string, RelLine[]>();
      for (const r of rels) byType.set(r.r, [...(byType.get(r.r) ?? []), r]);
      for (const [type, group] of byType) {
        await run(
          `UNWIND $rows AS r MATCH (a:${RESTORING} {__backupId: r.a}) MATCH (b:${RESTORING} {__backupId: r.b}) CREATE (a)-[x:${quote(type)}]->(b) SET x = r.props`,
          { rows: group.map((r) => ({ a: r.a, b: r.b, props: decodeProps(r.props) })) },
        );
      }
      counts.relationships += rels.length;
      rels = [];
    };
    for (;;) {
      const next = await it.next();
      if (next.done) break;
      if (!next.value.trim()) continue;
      const line = JSON.parse(next.value) as NodeLine | RelLine;
      if ('n' in line) {
        nodes.push(line);
        if (nodes.length >= BATCH) await flushNodes();
      } else {
        // Relationships follow every node in the file; nodes still waiting are written first.
        if (nodes.length) await flushNodes();
        rels.push(line);
        if (rels.length >= BATCH) await flushRels();
      }
    }
    await flushNodes();
    await flushRels();
    await auto(`MATCH (n:${RESTORING}) CALL { WITH n REMOVE n:${RESTORING}, n.__backupId } IN TRANSACTIONS OF ${BATCH} ROWS`);
    await auto('DROP INDEX restoring_id IF EXISTS');
    if (counts.nodes !== header.nodes || counts.relationships !== header.relationships) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `${file} is incomplete: its header promises ${header.nodes} nodes and ${header.relationships} relationships, it holds ${counts.nodes} and ${counts.relationships}`,
      );
    }
    return counts;
  } catch (err) {
    throw mapNeo4jError(err);
  } finally {
    await driver.close();
  }
}
