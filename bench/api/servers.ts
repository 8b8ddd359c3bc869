import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '../../src/graph/driver.js';
import { createApp } from '../../src/server/app.js';
import { PEER_TYPE_DEFS } from '../peer-schema.js';
import type { Command } from './child.js';
import { RecordingGraph } from './recording.js';
import { benchConfig, log } from './settings.js';

/** The two child processes' sides: our API over a graph that records its Cypher, and the peer. */

export async function serveApi(): Promise<void> {
  const config = benchConfig();
  const graph = new RecordingGraph(createDriver(config.neo4j), config.neo4j.database);
  const app = createApp(config, graph, { log });
  const { url } = await app.listen(config.bench.apiPort, '127.0.0.1');
  // Requests served and CPU spent, so the bench can tell the server's CPU per request apart from the machine's load.
  let requests = 0;
  app.server.on('request', () => requests++);
  const reply = (m: Record<string, unknown>) => process.send!(m);
  process.on('message', async (m: Command) => {
    if (m.cmd === 'record') {
      graph.startRecording();
      reply({ id: m.id });
    } else if (m.cmd === 'collect') {
      reply({ id: m.id, queries: graph.recording ?? [] });
      graph.recording = null;
    } else if (m.cmd === 'memory') {
      // maxRSS is in kilobytes and is the peak over the process's life; CPU time in microseconds.
      const cpu = process.cpuUsage();
      reply({ id: m.id, peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss, cpuMicros: cpu.user + cpu.system, requests });
    } else if (m.cmd === 'stop') {
      await app.stop();
      await graph.close();
      reply({ id: m.id });
      process.exit(0);
    }
  });
  // Never outlive the benchmark, even when it dies without saying stop.
  process.on('disconnect', () => process.exit(0));
  reply({ ready: url });
}

/** The peer's process: @neo4j/graphql over the bench graph, served by Apollo as its documentation shows. */
export async function servePeer(): Promise<void> {
  const config = benchConfig();
  const driver = createDriver(config.neo4j);
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: config.bench.peerPort, host: '127.0.0.1' } });
  const reply = (m: Record<string, unknown>) => process.send!(m);
  process.on('message', async (m: Command) => {
    if (m.cmd === 'memory') {
      reply({ id: m.id, peakRss: process.resourceUsage().maxRSS * 1024, rss: process.memoryUsage().rss });
    } else if (m.cmd === 'stop') {
      await server.stop();
      await driver.close();
      reply({ id: m.id });
      process.exit(0);
    } else {
      reply({ id: m.id });
    }
  });
  process.on('disconnect', () => process.exit(0));
  reply({ ready: url });
}
