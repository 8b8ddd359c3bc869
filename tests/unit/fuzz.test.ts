import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extract } from '../../ingest/extract/index.js';
import { processFile } from '../../ingest/process.js';
import { toRecord } from '../../ingest/record.js';
import { DocText } from '../../ingest/text.js';
import { makePdf } from '../fixtures/pdf.js';

/** Words the extractors key on, so random text often looks almost like a real document. */
const VOCAB = [
  'PC',
  'DS',
  'Police Constable',
  'former',
  'Officer A',
  'Ms A',
  'gross misconduct',
  'dismissed without notice',
  'final written warning',
  'Honesty and Integrity',
  'Discreditable Conduct',
  '[2023] EWHC 1234 (Admin)',
  '[2020] 1 WLR 123',
  'R (on the application of',
  ') v ',
  'Neutral Citation Number:',
  '12 March 2024',
  '24/25/26 June 2019',
  'between 1 and 3 March',
  'Metropolitan Police',
  'Kent Police',
  'the claim is dismissed',
  'permission refused',
  '\n',
  '  ',
  '1.',
  '[12]',
  '(',
  ')',
  '[',
  ']',
];
const docText = fc.array(fc.oneof(fc.constantFrom(...VOCAB), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 300 });

describe('extractors under random input', () => {
  it('never throw and keep every offset inside its page', () => {
    fc.assert(
      fc.property(fc.array(docText, { minLength: 1, maxLength: 4 }), (pages) => {
        const doc = new DocText(pages.map((p, i) => ({ num: i + 1, text: p.join(' ') })));
        const x = extract(doc);
        const rec = toRecord('fuzz.pdf', x);
        assert.equal(typeof rec.kind, 'string');
        const spans = [...x.officers, ...x.allegations, ...x.outcomes, ...x.dates, ...x.units, ...(x.judgment?.citations ?? [])].map((f) => f.source);
        for (const s of spans) {
          const page = doc.pages.find((p) => p.num === s.page);
          assert.ok(page, `page ${s.page} exists`);
          assert.ok(s.start >= 0 && s.start <= s.end && s.end <= page.text.length, `span ${JSON.stringify(s)} inside page`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('take linear time on long hostile lines (no catastrophic backtracking)', () => {
    const hostile = ['PC '.repeat(20000), '[2020] '.repeat(10000), 'R (on the application of '.repeat(3000), '1 2 3 March '.repeat(10000), 'a'.repeat(200000)];
    for (const h of hostile) {
      const t0 = performance.now();
      extract(new DocText([{ num: 1, text: h }]));
      const ms = performance.now() - t0;
      assert.ok(ms < 5000, `${h.slice(0, 20)}... took ${ms.toFixed(0)} ms`);
    }
  });

  it('mutated PDFs give a result or a coded failure, never a crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fuzz-'));
    try {
      const good = await makePdf(['Kent Police\nPC 1234 Jones was dismissed without notice after a finding of gross misconduct.']);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }),
          fc.nat(good.length),
          async (flips, cut) => {
            const bytes = Buffer.from(good.subarray(0, Math.max(cut, 8)));
            for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
            const file = join(dir, 'm.pdf');
            await writeFile(file, bytes);
            const r = await processFile(file, { maxPages: 50, maxFileBytes: 1 << 20, pseudonymKey: 'k' });
            if (!r.ok) assert.match(r.code, /^[A-Z_]+$/);
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
