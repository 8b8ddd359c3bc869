import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest, type CliResult } from '../fixtures/cli.js';
import { outcomeText, uniqueSurname } from '../fixtures/corpus.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';

const RUN = runId();
/** A name that, printed raw, would add a line of its own to the ingest log. */
const FORGING = `${RUN}-evil\nerror: forged.pdf: made up [PDF_CORRUPT].pdf`;
/** "résumé" in Latin-1: bytes that are not UTF-8. */
const LATIN1 = Buffer.concat([Buffer.from(`${RUN}-r`), Buffer.from([0xe9]), Buffer.from('sum'), Buffer.from([0xe9]), Buffer.from('.pdf')]);

describe('ingest of a folder with unusual entries, end to end', () => {
  let graph: Graph;
  let dir: string;
  let run: CliResult;

  before(async () => {
    graph = await testGraph();
    dir = mkdtempSync(join(tmpdir(), 'names-'));
    writeFileSync(join(dir, FORGING), await makePdf(outcomeText(RUN, 1, uniqueSurname(RUN + 'n1'))));
    writeFileSync(Buffer.concat([Buffer.from(dir + '/'), LATIN1]), await makePdf(outcomeText(RUN, 2, uniqueSurname(RUN + 'n2'))));
    symlinkSync(join(dir, 'absent.pdf'), join(dir, `${RUN}-gone.pdf`));
    execFileSync('mkfifo', [join(dir, `${RUN}-pipe.pdf`)]);
    run = await runIngest([dir], { ...process.env, INGEST_WORKERS: '1' });
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests both documents, whatever their names', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /2 ingested/);
  });

  it('logs a control character escaped, so a name cannot forge a log line', () => {
    assert.ok(!run.stderr.split('\n').some((l) => l.startsWith('error: forged.pdf')), run.stderr);
    assert.ok(run.stderr.includes(`${RUN}-evil\\x0aerror: forged.pdf: made up [PDF_CORRUPT].pdf`), run.stderr);
  });

  it('names what it skipped and why', () => {
    assert.match(run.stderr, new RegExp(`skipped: \\S*${RUN}-gone\\.pdf: dangling symlink`));
    assert.match(run.stderr, new RegExp(`skipped: \\S*${RUN}-pipe\\.pdf: a FIFO`));
  });

  it('stores the escaped names in the graph', async () => {
    const rows = await graph.read<{ file: string }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.file AS file ORDER BY file', { p: RUN });
    assert.deepEqual(
      rows.map((r) => r.file),
      [`${RUN}-evil\\x0aerror: forged.pdf: made up [PDF_CORRUPT].pdf`, `${RUN}-r\\xe9sum\\xe9.pdf`],
    );
  });
});
