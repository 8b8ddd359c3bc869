import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config.js';
import { createDriver, Graph } from '../../src/graph/driver.js';
import { migrate } from '../../src/graph/migrate.js';
import { paths, start, stop } from '../../src/localdb/server.js';
import { generateGraph, scaleSignature, type Scale } from '../generate-graph.js';
import { DATA_DIR, log } from './settings.js';

/** The bench's database: started, reused when the generated graph there is of this scale and version, else generated; then warmed. */

async function openGraph(config: Config): Promise<Graph> {
  await start(config, log);
  const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
  await migrate(graph);
  return graph;
}

export async function prepareGraph(config: Config, scale: Scale, regenerate: boolean): Promise<Graph> {
  let graph = await openGraph(config);
  const signature = scaleSignature(scale);
  const [marker] = await graph.read<{ signature: string | null }>('OPTIONAL MATCH (b:BenchGraph) RETURN b.signature AS signature');
  if (!regenerate && marker?.signature === signature) {
    log(`reusing the generated graph in ${DATA_DIR} (${signature})`);
    return graph;
  }
  const [{ n } = { n: 0 }] = await graph.read<{ n: number }>('MATCH (n) RETURN count(n) AS n');
  if (n > 0) {
    // Deleting a million nodes in transactions is slower than starting from an empty store.
    log(`the graph in ${DATA_DIR} is of another scale or version: removing it`);
    await graph.close();
    await stop(config, log);
    rmSync(join(paths(config).dataDir, 'db'), { recursive: true, force: true });
    graph = await openGraph(config);
  }
  const counts = await generateGraph(graph, scale, log);
  await graph.run('CREATE (:BenchGraph {signature: $signature, counts: $counts, generatedAt: datetime()})', { signature, counts: JSON.stringify(counts) });
  return graph;
}

/** A restarted server reads from disk; touching every store first keeps the first scenario from paying for it. */
export async function warm(graph: Graph): Promise<void> {
  const t0 = performance.now();
  for (const label of ['Officer', 'OfficerMention', 'Document', 'Page', 'Proceeding', 'Allegation', 'Outcome', 'Unit', 'Case']) {
    await graph.read(`MATCH (n:${label}) RETURN count(n.id) + count(n.text) AS n`);
  }
  await graph.read('MATCH ()-[r]->() RETURN count(r.page) AS n');
  log(`warmed the page cache in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
}
