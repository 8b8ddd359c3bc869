#!/usr/bin/env node
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { createDriver, Graph } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { backup, restore } from '../graph/backup.js';
import { serverVersion, start, stop } from './server.js';

/** npm run db:start | db:stop | db:status | db:backup -- FILE | db:restore -- FILE [--replace] */
const log = (s: string) => process.stderr.write(s + '\n');

async function main(command: string | undefined, args: string[]): Promise<number> {
  const config = loadConfig();
  const file = args.find((a) => !a.startsWith('--'));
  switch (command) {
    case 'start':
      await start(config, log);
      return 0;
    case 'stop':
      await stop(config, log);
      return 0;
    case 'status': {
      const v = await serverVersion(config);
      if (!v) {
        console.log(`Neo4j is not answering on ${config.neo4j.uri}`);
        return 1;
      }
      console.log(`${v.name} ${v.version} ${v.edition} on ${config.neo4j.uri}${config.neo4j.external ? ' (external, NEO4J_URI)' : ' (started by this project)'}`);
      return 0;
    }
    case 'backup': {
      if (!file) break;
      const n = await backup(config.neo4j, file);
      log(`backed up ${n.nodes} nodes and ${n.relationships} relationships from ${config.neo4j.uri} to ${file}`);
      return 0;
    }
    case 'restore': {
      if (!file) break;
      // The schema comes from the migrations, not the file: constraints first, so restored data is checked against them.
      const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
      try {
        await migrate(graph);
      } finally {
        await graph.close();
      }
      const n = await restore(config.neo4j, file, { replace: args.includes('--replace'), log });
      log(`restored ${n.nodes} nodes and ${n.relationships} relationships from ${file} into ${config.neo4j.uri}`);
      return 0;
    }
  }
  log('usage: cli.js start | stop | status | backup FILE | restore FILE [--replace]');
  return 2;
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    log(err instanceof AppError ? `error: ${err.message}` : `error: ${(err as Error)?.stack ?? String(err)}`);
    process.exitCode = 1;
  },
);
