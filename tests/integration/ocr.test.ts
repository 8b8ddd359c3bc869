import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PSEUDONYM_PATTERN } from '../../ingest/anonymise.js';
import { ocrPage } from '../../ingest/ocr/page.js';
import { type AppError, ErrorCode } from '../../src/errors.js';
import { processAll } from '../../ingest/pool.js';
import { processFile, type ProcessedDocument, type ProcessOptions, type ProcessResult } from '../../ingest/process.js';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { runIngest } from '../fixtures/cli.js';
import { gql } from '../fixtures/gql.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';
import { imagesToPdf, rasterise, scanPdf } from '../fixtures/scan.js';
import { SCANNED_JUDGMENT, SCANNED_OUTCOME, TYPED_COVER } from '../fixtures/scan-texts.js';

const RUN = runId();
const options: ProcessOptions = { maxPages: 100, maxFileBytes: 50 * 1024 * 1024, pseudonymKey: 'ocr-test-key' };

async function processed(file: string): Promise<ProcessedDocument> {
  const r = await processFile(file, options);
  assert.ok(r.ok, r.ok ? '' : `${r.code}: ${r.message}`);
  return r;
}

/** The page's text from the span's offsets, spaces folded as quotes fold them. */
function quoted(doc: ProcessedDocument, s: { page: number; start: number; end: number }): string {
  const text = doc.pages.find((p) => p.num === s.page)?.text ?? '';
  return text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

describe('scanned PDFs read by OCR', () => {
  let dir: string;
  const file = (name: string) => join(dir, `${RUN}-${name}.pdf`);

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ocr-'));
    // As a tired office scanner makes them: turned a little, dusty, blocky JPEG.
    const outcome = await scanPdf(await makePdf([SCANNED_OUTCOME]), { dpi: 200, rotate: [1.5], speckles: 600, jpegQuality: 35, seed: 5 });
    await writeFile(file('outcome'), outcome);
    await writeFile(file('judgment'), await scanPdf(await makePdf([SCANNED_JUDGMENT]), { dpi: 200, rotate: [-1.2], speckles: 250, jpegQuality: 40, seed: 9 }));
    await writeFile(file('upside-down'), await scanPdf(await makePdf([SCANNED_OUTCOME]), { dpi: 200, rotate: [180.5], speckles: 200, jpegQuality: 50, seed: 2 }));
    // A typed cover sheet, then the scanned page, as a disclosure bundle arrives.
    await writeFile(file('mixed'), await imagesToPdf([TYPED_COVER, ...(await rasterise(outcome, 200, 60))]));
    const judgment = await rasterise(await readFile(file('judgment')), 200, 60);
    const outcomeImage = await rasterise(outcome, 200, 60);
    await writeFile(file('bundle'), await imagesToPdf([TYPED_COVER, ...outcomeImage, ...judgment, ...outcomeImage, ...judgment]));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the officer, force, findings and outcome of a scanned outcome, with offsets into the OCR text', async () => {
    const doc = await processed(file('outcome'));
    const x = doc.extraction;
    assert.equal(x.kind, 'hearing_outcome');
    assert.equal(x.force, 'Dyfed-Powys Police');
    assert.deepEqual(
      x.officers.map((o) => [o.name, o.rank]),
      [['Gareth Pengelly', 'Police Constable']],
    );
    assert.deepEqual(x.allegations.map((a) => [a.standard, a.finding]).sort(), [
      ['Confidentiality', 'gross_misconduct'],
      ['Discreditable Conduct', 'gross_misconduct'],
    ]);
    assert.ok(
      x.outcomes.some((o) => o.outcome === 'dismissed_without_notice'),
      JSON.stringify(x.outcomes),
    );
    const [page] = doc.pages;
    assert.ok(page?.ocr, 'the page records that OCR read it');
    assert.ok((page.ocr.confidence ?? 0) > 0.7 && (page.ocr.confidence ?? 0) <= 1, `confidence ${page.ocr.confidence}`);
    for (const fact of [...x.officers, ...x.allegations, ...x.outcomes]) {
      assert.ok(fact.source.quote.length > 0);
      assert.ok(quoted(doc, fact.source).startsWith(fact.source.quote.replace(/…$/, '')), `quote "${fact.source.quote}" at ${fact.source.start}`);
    }
  });

  it("redacts a complainant's name that OCR read, before anything else sees it", async () => {
    const doc = await processed(file('outcome'));
    const text = doc.pages.map((p) => p.text).join('\n');
    assert.doesNotMatch(text, /Vantongeren/i);
    assert.match(text, PSEUDONYM_PATTERN);
  });

  it('reads the neutral citation, court and parties of a scanned judgment', async () => {
    const x = (await processed(file('judgment'))).extraction;
    assert.equal(x.kind, 'judgment');
    assert.equal(x.judgment?.neutralCitation, '[2026] EWHC 3391 (Admin)');
    assert.equal(x.judgment?.court, 'EWHC (Admin)');
    assert.equal(x.judgment?.jrResult, 'dismissed');
    assert.ok(
      x.officers.some((o) => o.name === 'Gareth Pengelly'),
      JSON.stringify(x.officers),
    );
  });

  it('turns an upside-down page the right way up', async () => {
    const doc = await processed(file('upside-down'));
    assert.equal(doc.extraction.force, 'Dyfed-Powys Police');
    assert.ok(doc.extraction.outcomes.some((o) => o.outcome === 'dismissed_without_notice'));
  });

  it('keeps the text layer of typed pages and reads only the scanned ones', async () => {
    const doc = await processed(file('mixed'));
    const [cover, scan] = doc.pages;
    assert.equal(cover?.ocr, undefined);
    assert.match(cover?.text ?? '', /cover sheet was typed/);
    assert.ok(scan?.ocr);
    assert.match(scan.text, /OUTCOME OF MISCONDUCT HEARING/);
    assert.ok(doc.extraction.outcomes.some((o) => o.outcome === 'dismissed_without_notice' && o.source.page === 2));
  });

  it('spreads the OCR of a longer scan over the pool threads, with the same result as one thread', async () => {
    const alone = await processed(file('bundle'));
    const results: ProcessResult[] = [];
    for await (const r of processAll([file('bundle')], options, 2, 120_000)) results.push(r);
    const [pooled] = results;
    assert.ok(pooled?.ok, pooled && !pooled.ok ? pooled.message : 'no result');
    assert.deepEqual(pooled.pages, alone.pages);
    assert.deepEqual(
      pooled.pages.map((p) => p.ocr !== undefined),
      [false, true, true, true, true],
    );
    assert.deepEqual(pooled.extraction, alone.extraction);
  });

  it('stops a page that takes longer than the limit, with a coded error naming the page', async () => {
    await assert.rejects(ocrPage(file('outcome'), 1, 0.001), (err: AppError) => {
      assert.equal(err.code, ErrorCode.OCR_FAILED);
      assert.match(err.message, /^page 1: OCR took longer than the limit of 0.001 s a page \(INGEST_OCR_PAGE_SECONDS\)$/);
      return true;
    });
  });

  it('with --no-ocr fails a scan with PDF_NO_TEXT and says OCR was off; without, the CLI reads it in its worker threads', async () => {
    const off = await runIngest(['--dry-run', '--no-ocr', file('outcome')]);
    assert.equal(off.code, 1);
    const line = off.stderr.split('\n').find((l) => l.includes('error:')) ?? '';
    assert.match(line, /PDF_NO_TEXT/);
    assert.match(line, /needs OCR, which is off \(--no-ocr\)/);
    const on = await runIngest(['--dry-run', '--json', file('outcome'), file('judgment')], { ...process.env, INGEST_WORKERS: '2' });
    assert.equal(on.code, 0, on.stderr);
    const records = on.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { officers: { name: string }[]; neutralCitation: string | null });
    assert.deepEqual(
      records.map((r) => r.officers.map((o) => o.name)),
      [['Gareth Pengelly'], ['Gareth Pengelly']],
    );
    assert.equal(records[1]?.neutralCitation, '[2026] EWHC 3391 (Admin)');
  });

  it('without tesseract fails the scan with one coded line naming the program, and still reads text PDFs, near-empty pages and all', async () => {
    const bin = await mkdtemp(join(tmpdir(), 'ocr-path-'));
    try {
      // A PATH with pdftoppm on it and no tesseract.
      await symlink(execFileSync('which', ['pdftoppm'], { encoding: 'utf8' }).trim(), join(bin, 'pdftoppm'));
      // A typed document whose last page holds only its number: no OCR needed, none attempted.
      await writeFile(file('typed'), await makePdf([SCANNED_OUTCOME, '2']));
      const r = await runIngest(['--dry-run', file('outcome'), file('typed')], { ...process.env, PATH: bin });
      assert.equal(r.code, 1);
      const lines = r.stderr.split('\n').filter((l) => l.includes('error:'));
      assert.equal(lines.length, 1, r.stderr);
      assert.match(
        lines[0] ?? '',
        /-outcome\.pdf: page 1 has no text layer and needs OCR, but tesseract is not installed \(Debian: apt-get install tesseract-ocr tesseract-ocr-eng\)/,
      );
      assert.match(lines[0] ?? '', /\[OCR_UNAVAILABLE\]/);
      assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/, 'no stack trace');
      assert.match(r.stderr, /extracted: .*-typed\.pdf/);
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  });
});

describe('OCR pages in the graph and the API', () => {
  let graph: Graph;
  let app: App;
  let url: string;
  let dir: string;

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'ocr-graph-'));
    const scan = await scanPdf(await makePdf([SCANNED_OUTCOME.replace('OUTCOME OF MISCONDUCT HEARING', `OUTCOME OF MISCONDUCT HEARING ${RUN}`)]), {
      dpi: 200,
      rotate: [0.8],
      speckles: 300,
      jpegQuality: 45,
      seed: 3,
    });
    await writeFile(
      join(dir, `${RUN}-scan.pdf`),
      await imagesToPdf([TYPED_COVER.replace('Dyfed-Powys Police', 'Dyfed-Powys Police ' + RUN), ...(await rasterise(scan, 200, 60))]),
    );
    const r = await runIngest([dir]);
    assert.equal(r.code, 0, r.stderr);
    const config = loadConfig();
    app = createApp({ ...config, api: { ...config.api, apiKeys: new Map() } }, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });

  after(async () => {
    await app?.stop();
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stores which pages OCR read and their confidence, and facts from them carry it', async () => {
    const pages = await graph.read<{ id: string; number: number; ocr: boolean; conf: number | null }>(
      'MATCH (d:Document {file: $f})-[:HAS_PAGE]->(p:Page) RETURN d.id AS id, p.number AS number, p.ocr AS ocr, p.ocrConfidence AS conf ORDER BY number',
      { f: `${RUN}-scan.pdf` },
    );
    assert.deepEqual(
      pages.map((p) => [p.number, p.ocr, p.conf === null]),
      [
        [1, false, true],
        [2, true, false],
      ],
    );
    const res = await gql(
      url,
      `query($id: ID!) { document(id: $id) { pages { number ocr ocrConfidence }
         proceedings { outcomes { outcome source { page quote ocrConfidence } } } } }`,
      { id: pages[0]?.id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const node = res.data?.document;
    assert.equal(node.pages[0].ocr, false);
    assert.equal(node.pages[0].ocrConfidence, null);
    assert.equal(node.pages[1].ocr, true);
    assert.ok(node.pages[1].ocrConfidence > 0.7);
    const outcome = node.proceedings.flatMap((p: { outcomes: unknown[] }) => p.outcomes).find((o: { outcome: string }) => o.outcome === 'dismissed_without_notice');
    assert.equal(outcome?.source.page, 2);
    assert.equal(outcome?.source.ocrConfidence, node.pages[1].ocrConfidence);
  });
});
