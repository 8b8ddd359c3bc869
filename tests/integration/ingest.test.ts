import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest } from '../fixtures/cli.js';
import { graphCounts, removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';

const RUN = runId();

const outcome = (n: number) => `Kent Police
Outcome of misconduct hearing ${RUN}-${n}
A misconduct hearing was held on 12 March 2025 concerning Police Constable 40${n}1 Harold Quennell${n}.
The panel found that PC Quennell${n} breached the Standards of Professional Behaviour in respect of Honesty and Integrity, amounting to gross misconduct.
PC Quennell${n} was dismissed without notice.`;

/** A PDF with a drawing and no text layer, as a scanner produces. */
function imageOnlyPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.rect(50, 50, 200, 100).fill('#333');
    doc.end();
  });
}

describe('ingest into the real Neo4j', () => {
  let graph: Graph;
  let dir: string;
  const bad: Record<string, RegExp> = {};

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'ingest-'));
    await writeFile(join(dir, `${RUN}-good-1.pdf`), await makePdf([outcome(1)]));
    await writeFile(join(dir, `${RUN}-good-2.pdf`), await makePdf([outcome(2), 'Reasons for the outcome follow on this page.']));
    const good = await makePdf([outcome(3)]);
    const cases: [string, Buffer | string, RegExp][] = [
      [`${RUN}-empty.pdf`, '', /empty/],
      [`${RUN}-html.pdf`, '<!doctype html><html><body>Not found</body></html>', /not a PDF/],
      [`${RUN}-truncated.pdf`, good.subarray(0, Math.floor(good.length / 3)), /damaged or truncated|no text layer/],
      [`${RUN}-encrypted.pdf`, await makePdf([outcome(4)], { encrypt: 'secret' }), /encrypted/],
      [`${RUN}-scan.pdf`, await imageOnlyPdf(), /no text layer/],
    ];
    for (const [name, data, reason] of cases) {
      await writeFile(join(dir, name), data);
      bad[name] = reason;
    }
  });

  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the good files, reports each bad one on one line, and exits non-zero', async () => {
    const r = await runIngest([dir]);
    assert.equal(r.code, 1, r.stderr);
    for (const [name, reason] of Object.entries(bad)) {
      const lines = r.stderr.split('\n').filter((l) => l.includes(name) && l.includes('error:'));
      assert.equal(lines.length, 1, `one line for ${name}:\n${r.stderr}`);
      assert.match(lines[0] ?? '', reason);
      assert.doesNotMatch(lines[0] ?? '', /\bat .*\.js:\d+/, 'no stack trace');
    }
    const docs = await graph.read<{ file: string; status: string; errorCode: string | null }>(
      'MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.file AS file, d.status AS status, d.errorCode AS errorCode ORDER BY file',
      { p: RUN },
    );
    const status = Object.fromEntries(docs.map((d) => [d.file, d.status]));
    assert.equal(status[`${RUN}-good-1.pdf`], 'ingested');
    assert.equal(status[`${RUN}-good-2.pdf`], 'ingested');
    for (const name of Object.keys(bad)) assert.equal(status[name], 'failed', name);
    const pages = await graph.read<{ n: number }>('MATCH (d:Document {file: $f})-[:HAS_PAGE]->(p:Page) RETURN count(p) AS n', { f: `${RUN}-good-2.pdf` });
    assert.equal(pages[0]?.n, 2);
  });

  it('leaves node and relationship counts unchanged when the same folder is ingested again', async () => {
    const before = await graphCounts(graph);
    const r = await runIngest([dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /0 ingested, 2 unchanged, 5 failed/);
    assert.deepEqual(await graphCounts(graph), before);
  });
});
