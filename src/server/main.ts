import { assertApiAccess, loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createDriver, Graph, waitForGraph } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { createApp } from './app.js';

const STARTUP_WAIT_MS = 60_000;
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  assertApiAccess(config);
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  process.stderr.write(`waiting for Neo4j at ${config.neo4j.uri}\n`);
  await waitForGraph(graph, STARTUP_WAIT_MS);
  await migrate(graph);
  const app = createApp(config, graph);
  const { url } = await app.listen();
  const access = config.api.apiKeys.size
    ? `${config.api.apiKeys.size} API key(s) configured`
    : `no API keys: every caller has every role (${config.api.openAccess ? 'API_OPEN_ACCESS' : 'development'})`;
  process.stderr.write(`GraphQL API at ${url}${config.api.graphiql ? ' (GraphiQL in a browser)' : ''}; ${access}\n`);
  process.stderr.write(`Explorer at ${url.replace(/\/graphql$/, '/explore')}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: shutting down\n`);
    // Requests still running after the grace period are cut off rather than holding the process.
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    app
      .stop()
      .then(() => graph.close())
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        process.stderr.write(`shutdown failed: ${String(err)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  const message = err instanceof AppError ? `${err.code}: ${err.message}` : err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`could not start the API: ${message}\n`);
  process.exit(1);
});
