#!/usr/bin/env node
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { serverVersion, start, stop } from './server.js';

/** npm run db:start | db:stop | db:status */
const log = (s: string) => process.stderr.write(s + '\n');

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
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
    default:
      log('usage: db.js start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    log(err instanceof AppError ? `error: ${err.message}` : `error: ${(err as Error)?.stack ?? String(err)}`);
    process.exitCode = 1;
  },
);
