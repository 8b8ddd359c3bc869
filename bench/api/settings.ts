import { loadConfig, type Config } from '../../src/config.js';

/** BENCH_NEO4J_BOLT_PORT lets two worktrees bench side by side. */
export const BOLT_PORT = loadConfig().bench.boltPort;
export const DATA_DIR = '.data/bench-neo4j';
const HEAP = '4g';
/** Inputs per scenario, drawn once and sent round-robin. */
export const SAMPLES = 64;

const argv = process.argv.slice(2);
export const flag = (name: string) => argv.includes(name);
export function option(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const n = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} needs a positive number`);
  return n;
}
/** --only NAME,...: the scenarios to run, or null for all. */
export function onlyScenarios(): Set<string> | null {
  return argv.includes('--only') ? new Set((argv[argv.indexOf('--only') + 1] ?? '').split(',').map((x) => x.trim())) : null;
}

/** The project's config with the bench server's port, data and heap; an external NEO4J_URI is ignored on purpose. */
export function benchConfig(): Config {
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

export const log = (s: string) => process.stderr.write(`[bench:api] ${s}\n`);
