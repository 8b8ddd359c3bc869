import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { AppError, ErrorCode } from '../errors.js';
import { createDriver, Graph } from '../graph/driver.js';
import { serverInfo, type ServerInfo } from '../graph/serverInfo.js';

/** The project root, from dist/src/localdb or src/localdb. */
const ROOT = [fileURLToPath(new URL('../../../', import.meta.url)), fileURLToPath(new URL('../../', import.meta.url))].find((d) =>
  existsSync(join(d, 'tools', 'neo4j-launcher', 'pom.xml')),
) as string;
const LAUNCHER = join(ROOT, 'tools', 'neo4j-launcher');

/**
 * Neo4j 5 reaches into JDK internals (off-heap buffers, unsafe) and refuses to start without these
 * opens; the list follows the flags Neo4j's own server scripts pass.
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED',
  '--add-exports=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface LocalDbPaths {
  dataDir: string;
  pidFile: string;
  logFile: string;
}

export function paths(config: Config): LocalDbPaths {
  const dataDir = resolve(ROOT, config.dataDir);
  return { dataDir, pidFile: join(dataDir, 'neo4j.pid'), logFile: join(dataDir, 'neo4j.log') };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function readPid(p: LocalDbPaths): number | null {
  if (!existsSync(p.pidFile)) return null;
  const pid = Number(readFileSync(p.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
}

/** Builds the launcher with Maven when its classes or dependency jars are missing. */
export function buildLauncher(log: (s: string) => void): void {
  if (existsSync(join(LAUNCHER, 'target', 'classes', 'org')) && existsSync(join(LAUNCHER, 'target', 'lib'))) return;
  log('building the Neo4j launcher with Maven (first run downloads Neo4j from Maven Central)...');
  const r = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: LAUNCHER, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Maven build of tools/neo4j-launcher failed (exit ${r.status ?? r.signal})`);
}

export async function serverVersion(config: Config): Promise<ServerInfo | null> {
  // No retries: start and status poll this, and a server that is not there should say so at once.
  const graph = new Graph(createDriver(config.neo4j, { retryMs: 0 }), config.neo4j.database);
  try {
    return await serverInfo((cypher, params) => graph.read(cypher, params));
  } catch {
    return null;
  } finally {
    await graph.close();
  }
}

async function waitUntilAnswers(config: Config, pid: number, p: LocalDbPaths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      const tail = existsSync(p.logFile) ? readFileSync(p.logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j exited during start-up; last lines of ${p.logFile}:\n${tail}`);
    }
    if (await serverVersion(config)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `Neo4j did not answer on ${config.neo4j.uri} within ${timeoutMs / 1000}s; see ${p.logFile}`);
}

/** Starts the local server unless it is already running; returns once Bolt answers. */
export async function start(config: Config, log: (s: string) => void): Promise<void> {
  const heap = config.localDb.heap;
  if (config.neo4j.external) {
    log(`NEO4J_URI is set (${config.neo4j.uri}): using that server, starting nothing`);
    return;
  }
  const p = paths(config);
  const running = readPid(p);
  if (running && (await serverVersion(config))) {
    log(`Neo4j already running (pid ${running}) on ${config.neo4j.uri}`);
    return;
  }
  if (!running && (await serverVersion(config))) {
    throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, `another server already answers on ${config.neo4j.uri}; stop it or set NEO4J_LOCAL_BOLT_PORT`);
  }
  buildLauncher(log);
  mkdirSync(p.dataDir, { recursive: true });
  const out = openSync(p.logFile, 'a');
  const java = config.localDb.java;
  const classpath = [join(LAUNCHER, 'target', 'classes'), join(LAUNCHER, 'target', 'lib', '*')].join(':');
  const child = spawn(
    java,
    [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, '-cp', classpath, 'org.misconduct.launcher.Launcher', join(p.dataDir, 'db'), String(config.localBoltPort), '127.0.0.1'],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  child.unref();
  if (!child.pid) throw new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'could not start java: is a JDK 17+ installed?');
  writeFileSync(p.pidFile, String(child.pid));
  log(`starting Neo4j (pid ${child.pid}), data in ${p.dataDir}...`);
  await waitUntilAnswers(config, child.pid, p, 180_000);
  const v = await serverVersion(config);
  log(`Neo4j ${v?.version} ${v?.edition} answering on ${config.neo4j.uri}`);
}

export async function stop(config: Config, log: (s: string) => void): Promise<void> {
  if (config.neo4j.external) {
    log('NEO4J_URI is set: the server is not ours to stop');
    return;
  }
  const p = paths(config);
  const pid = readPid(p);
  if (!pid) {
    log('Neo4j is not running');
    rmSync(p.pidFile, { force: true });
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(p.pidFile, { force: true });
  log(`Neo4j stopped (pid ${pid})`);
}
