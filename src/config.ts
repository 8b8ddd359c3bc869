import { AppError, ErrorCode } from './errors.js';

/**
 * The one place that reads the environment. Everything else receives a typed Config, so tests
 * can build one by hand and nothing reads process.env behind the caller's back.
 */
export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when the operator pointed us at an external server (NEO4J_URI set): start nothing. */
  external: boolean;
}

export interface Config {
  neo4j: Neo4jConfig;
  port: number;
  host: string;
  /** Secret for complainant pseudonyms (HMAC key). */
  pseudonymKey: string;
  /** Where the project-started Neo4j keeps its data and pid file. */
  dataDir: string;
  localBoltPort: number;
  /** JVM for the project-started Neo4j: JAVA_HOME (else `java` on PATH) and heap size. */
  localDb: { java: string; heap: string };
  ingest: {
    workers: number;
    maxPages: number;
    maxFileBytes: number;
    timeoutMs: number;
    licence: string;
    dbRetrySeconds: number;
    watchIntervalMs: number;
    /** Pages without a text layer are read by OCR unless off (INGEST_OCR=false, or --no-ocr); each page within pageSeconds. */
    ocr: { enabled: boolean; pageSeconds: number };
  };
  api: {
    graphiql: boolean;
    introspection: boolean;
    production: boolean;
    apiKeys: Map<string, string>;
    /** API_OPEN_ACCESS=true: the operator chose to serve without keys in production (every caller has every role). */
    openAccess: boolean;
    maxPageSize: number;
    queryTimeoutMs: number;
    maxCost: number;
    /** Most root fields (aliases included) one operation may ask for. */
    maxRootFields: number;
    /** Most aliased fields one operation may use. */
    maxAliases: number;
    /** Total database time one request may spend, summed over its statements, before it is stopped. */
    requestDbBudgetMs: number;
    /** Statements one request may have running at once, so one request cannot hold the whole pool. */
    requestStatementConcurrency: number;
    /** Statements all requests together may run at once; below the driver's pool of 100 connections. */
    statementConcurrency: number;
    /** Requests one API key may have running at once; more answer 429. */
    keyConcurrency: number;
    /** Requests one API key may start per minute; more answer 429 with Retry-After. */
    keyRatePerMinute: number;
  };
  /** The database `npm test` uses: its own server on its own port and folder, or one named explicitly. */
  test: { neo4jUri: string | undefined; user: string | undefined; password: string | undefined; database: string | undefined; boltPort: number; dataDir: string };
  /** `npm run bench:api`: its own Neo4j, and the ports of the API under test and of the peer beside it (0: any free port). */
  bench: { boltPort: number; apiPort: number; peerPort: number };
}

/** The pseudonym key used when PSEUDONYM_KEY is unset: public, so fit for development only. */
export const DEVELOPMENT_PSEUDONYM_KEY = 'development-only-pseudonym-key';

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new AppError(ErrorCode.CONFIG_INVALID, `${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return /^(1|true|yes|on)$/i.test(raw);
}

/** API_KEYS="key1:reader,key2:operator" */
function apiKeys(raw: string | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  for (const pair of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, role] = pair.split(':');
    if (!key || !role) throw new AppError(ErrorCode.CONFIG_INVALID, `API_KEYS entry "${pair}" must be KEY:ROLE`);
    keys.set(key, role);
  }
  return keys;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const localBoltPort = int(env, 'NEO4J_LOCAL_BOLT_PORT', 7687);
  const production = env.NODE_ENV === 'production';
  const cores = Math.max(1, (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2);
  return {
    neo4j: {
      uri: env.NEO4J_URI || `bolt://127.0.0.1:${localBoltPort}`,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || '',
      database: env.NEO4J_DATABASE || undefined,
      external: Boolean(env.NEO4J_URI),
    },
    port: int(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    pseudonymKey: env.PSEUDONYM_KEY || DEVELOPMENT_PSEUDONYM_KEY,
    dataDir: env.NEO4J_DATA_DIR || '.data/neo4j',
    localBoltPort,
    localDb: { java: env.JAVA_HOME ? `${env.JAVA_HOME}/bin/java` : 'java', heap: env.NEO4J_HEAP || '2g' },
    ingest: {
      workers: int(env, 'INGEST_WORKERS', cores),
      maxPages: int(env, 'INGEST_MAX_PAGES', 2000),
      maxFileBytes: int(env, 'INGEST_MAX_FILE_MB', 200) * 1024 * 1024,
      timeoutMs: int(env, 'INGEST_TIMEOUT_SECONDS', 300) * 1000,
      licence: env.INGEST_LICENCE || 'unknown',
      dbRetrySeconds: int(env, 'INGEST_DB_RETRY_SECONDS', 300),
      watchIntervalMs: int(env, 'INGEST_WATCH_INTERVAL_MS', 2000),
      ocr: { enabled: bool(env, 'INGEST_OCR', true), pageSeconds: Math.max(1, int(env, 'INGEST_OCR_PAGE_SECONDS', 60)) },
    },
    api: {
      graphiql: bool(env, 'GRAPHIQL', !production),
      introspection: bool(env, 'INTROSPECTION', !production),
      production,
      apiKeys: apiKeys(env.API_KEYS),
      openAccess: bool(env, 'API_OPEN_ACCESS', false),
      maxPageSize: int(env, 'API_MAX_PAGE_SIZE', 100),
      queryTimeoutMs: int(env, 'API_QUERY_TIMEOUT_MS', 10000),
      maxCost: int(env, 'API_MAX_COST', 10000),
      maxRootFields: int(env, 'API_MAX_ROOT_FIELDS', 20),
      maxAliases: int(env, 'API_MAX_ALIASES', 50),
      requestDbBudgetMs: int(env, 'API_REQUEST_DB_BUDGET_MS', 15000),
      requestStatementConcurrency: Math.max(1, int(env, 'API_REQUEST_STATEMENT_CONCURRENCY', 4)),
      statementConcurrency: Math.max(1, int(env, 'API_STATEMENT_CONCURRENCY', 64)),
      keyConcurrency: Math.max(1, int(env, 'API_KEY_CONCURRENCY', 8)),
      keyRatePerMinute: int(env, 'API_KEY_RATE_PER_MINUTE', 600),
    },
    test: {
      neo4jUri: env.TEST_NEO4J_URI || undefined,
      user: env.TEST_NEO4J_USER || undefined,
      password: env.TEST_NEO4J_PASSWORD || undefined,
      database: env.TEST_NEO4J_DATABASE || undefined,
      boltPort: int(env, 'TEST_NEO4J_BOLT_PORT', 7699),
      dataDir: env.TEST_NEO4J_DATA_DIR || '.data/test-neo4j',
    },
    bench: {
      boltPort: int(env, 'BENCH_NEO4J_BOLT_PORT', 7698),
      apiPort: int(env, 'BENCH_API_PORT', 0),
      peerPort: int(env, 'BENCH_PEER_PORT', 0),
    },
  };
}

/**
 * Fail closed in production: pseudonyms made with the public development key can be reversed by
 * anyone who guesses a name, so ingest refuses to run with it.
 */
export function assertIngestSecrets(config: Config): void {
  if (config.api.production && config.pseudonymKey === DEVELOPMENT_PSEUDONYM_KEY) {
    throw new AppError(
      ErrorCode.CONFIG_INVALID,
      'PSEUDONYM_KEY is not set: with NODE_ENV=production ingest refuses the development pseudonym key; set PSEUDONYM_KEY to a long random secret and keep it',
    );
  }
}

/**
 * Fail closed in production: without API_KEYS every caller would be an operator, so the API refuses
 * to start unless the operator says open access is meant (API_OPEN_ACCESS=true).
 */
export function assertApiAccess(config: Config): void {
  if (config.api.production && config.api.apiKeys.size === 0 && !config.api.openAccess) {
    throw new AppError(
      ErrorCode.CONFIG_INVALID,
      'API_KEYS is not set: with NODE_ENV=production the API refuses to start open to every caller; set API_KEYS=key:role,... or API_OPEN_ACCESS=true',
    );
  }
}
