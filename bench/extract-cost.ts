import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../ingest/process.js';
import { readPdf } from '../ingest/readPdf.js';

/**
 * CPU cost per page of the stages a dry run spends after pdf.js: redaction, classification and
 * extraction (the document model is built there). The PDFs are parsed once, then analysed `runs`
 * times so the figure is steady on a shared machine; pdf.js parsing is timed once on its own.
 * Usage: node dist/bench/extract-cost.js DIR... [--runs N]
 */
const args = process.argv.slice(2);
const ri = args.indexOf('--runs');
const runs = ri >= 0 ? Number(args[ri + 1]) : 5;
const dirs = args.filter((a, i) => a !== '--runs' && i !== ri + 1);
const files = dirs.flatMap((d) =>
  statSync(d).isDirectory()
    ? readdirSync(d)
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(d, f))
    : [d],
);
const limits = { maxPages: 5000, maxFileBytes: 1 << 30, pseudonymKey: 'bench' };
const docs = [];
const p0 = process.cpuUsage();
for (const f of files) docs.push({ f, ...(await readPdf(f, limits)) });
const parse = process.cpuUsage(p0);
const pages = docs.reduce((s, d) => s + d.pages.length, 0);
const per: number[] = [];
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  for (const d of docs) analyse(d.f, d.info, d.pages, limits);
  const c = process.cpuUsage(c0);
  per.push((c.user + c.system) / 1000 / pages);
}
per.sort((a, b) => a - b);
const ms = (n: number) => n.toFixed(3);
console.log(`${files.length} documents, ${pages} pages`);
console.log(`pdf.js parse: ${ms((parse.user + parse.system) / 1000 / pages)} ms CPU/page (one pass)`);
console.log(`analyse (redact+classify+extract): median ${ms(per[per.length >> 1]!)} ms CPU/page, min ${ms(per[0]!)} over ${runs} runs`);
