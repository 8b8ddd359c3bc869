import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest } from '../fixtures/cli.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';

const RUN = runId();

const notice = (n: number, sanction: string) => `Devon and Cornwall Police
Notice of accelerated misconduct hearing ${RUN}-${n}
Sergeant 71${n}4 Petra Wenlock${n} is to appear before a chair on 3 June 2025.
It is alleged that the sergeant failed to record seized property, contrary to the Standard of Duties and Responsibilities.
${sanction}`;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

describe('re-running ingest over a folder', () => {
  let graph: Graph;
  let dir: string;

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'rerun-'));
  });

  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('re-ingests a file whose content changed and does not parse one already in the graph', async () => {
    const kept = join(dir, `${RUN}-kept.pdf`);
    const edited = join(dir, `${RUN}-edited.pdf`);
    await writeFile(kept, await makePdf([notice(1, 'The sergeant was given a final written warning.')]));
    await writeFile(edited, await makePdf([notice(2, 'The sergeant was given a written warning.')]));
    const first = await runIngest([dir]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /2 ingested, 0 unchanged, 0 failed/);

    const editedAgain = await makePdf([notice(2, 'The sergeant was dismissed without notice.'), 'A second page added on review.']);
    await writeFile(edited, editedAgain);
    // Bytes that are no PDF at all, recorded as already ingested under their hash: were this file
    // parsed, it would fail as "not a PDF"; skipped by its hash, it counts its stored pages.
    const notPdf = `not a pdf ${RUN}`;
    await writeFile(join(dir, `${RUN}-known.pdf`), notPdf);
    await graph.run(`CREATE (:Document {id: $id, file: $file, status: 'ingested', pageCount: 7})`, { id: sha256(notPdf), file: `${RUN}-known.pdf` });

    const second = await runIngest([dir]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /1 ingested, 2 unchanged, 0 failed/);
    assert.match(second.stderr, /unchanged: .*-known\.pdf/);
    assert.match(second.stderr, /ingested: .*-edited\.pdf.*2 pages/);
    // the kept file's one page, the stored 7, and the edited file's two
    assert.match(second.stderr, /; 10 pages;/);
    const [doc] = await graph.read<{ pages: number }>('MATCH (d:Document {id: $id}) RETURN d.pageCount AS pages', { id: sha256(editedAgain) });
    assert.equal(doc?.pages, 2);
  });

  it('reads again a file whose earlier attempt failed', async () => {
    const name = `${RUN}-retried.pdf`;
    const pdf = await makePdf([notice(3, 'No further action was taken.')]);
    await writeFile(join(dir, name), pdf);
    await graph.run(`CREATE (:Document {id: $id, file: $file, status: 'failed', errorCode: 'PROCESSING_TIMEOUT'})`, { id: sha256(pdf), file: name });
    const r = await runIngest([join(dir, name)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /1 ingested, 0 unchanged, 0 failed/);
  });
});
