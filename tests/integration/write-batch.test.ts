import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { writeBatch, type Attempt } from '../../ingest/write.js';
import type { ProcessedDocument } from '../../ingest/process.js';
import type { Graph } from '../../src/graph/driver.js';
import { officer, processedDoc } from '../fixtures/documents.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { uniqueSurname } from '../fixtures/corpus.js';

const RUN = runId();
const SURNAME = uniqueSurname(RUN);
const W = { licence: 'test', source: null };
const once: Attempt = (work) => work();

interface Stored {
  status: string;
  errorCode: string | null;
  pages: number;
  mentions: number;
}

async function stored(graph: Graph, id: string): Promise<Stored | undefined> {
  const [row] = await graph.read<Stored & Record<string, unknown>>(
    `MATCH (d:Document {id: $id})
     RETURN d.status AS status, d.errorCode AS errorCode, COUNT { (d)-[:HAS_PAGE]->() } AS pages, COUNT { (d)-[:MENTIONS]->() } AS mentions`,
    { id },
  );
  return row;
}

describe('writing documents in batches', () => {
  let graph: Graph;
  const outcome = (n: number, first: string) =>
    processedDoc(RUN, n, 'hearing_outcome', 'Dorset Police', [officer('o1', `${first} ${SURNAME}`)], [{ officerKey: 'o1', outcome: 'final_written_warning' }]);
  const first = outcome(1, 'Wren');
  // A title the graph cannot store (a map is no property value): Neo4j refuses the statement.
  const refused: ProcessedDocument = { ...outcome(2, 'Ashby'), title: { nested: { value: 1 } } as unknown as string };
  const third = outcome(3, 'Tamsin');

  before(async () => {
    graph = await testGraph();
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
  });

  it('records the document the graph refuses as failed on its own, and its batch-mates land whole', async () => {
    const outcomes = await writeBatch(graph, [first, refused, third], W, once);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['written', 'failed', 'written'],
    );
    assert.equal(outcomes[1]?.status === 'failed' && outcomes[1].code, 'WRITE_FAILED');
    for (const d of [first, third]) assert.deepEqual(await stored(graph, d.sha256), { status: 'ingested', errorCode: null, pages: 1, mentions: 1 });
    // Nothing of the refused document but its failure: no page, no mention half-written.
    assert.deepEqual(await stored(graph, refused.sha256), { status: 'failed', errorCode: 'WRITE_FAILED', pages: 0, mentions: 0 });
  });

  it('leaves documents already written alone and writes the refused one once it is fixed', async () => {
    const fixed = { ...refused, title: 'Outcome' };
    const outcomes = await writeBatch(graph, [first, fixed, third], W, once);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['unchanged', 'written', 'unchanged'],
    );
    assert.deepEqual(await stored(graph, fixed.sha256), { status: 'ingested', errorCode: null, pages: 1, mentions: 1 });
  });

  it('records a document that failed before the write in the same batch as the ones written', async () => {
    const fourth = outcome(4, 'Ottoline');
    const failed = { ok: false as const, file: `${RUN}-5.pdf`, name: `${RUN}-5.pdf`, sha256: null, code: 'PDF_CORRUPT' as never, message: 'cannot be read' };
    const outcomes = await writeBatch(graph, [failed, fourth], W, once);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['failed', 'written'],
    );
    const [row] = await graph.read<{ status: string; code: string }>('MATCH (d:Document {file: $f}) RETURN d.status AS status, d.errorCode AS code', { f: failed.name });
    assert.deepEqual(row, { status: 'failed', code: 'PDF_CORRUPT' });
  });
});
