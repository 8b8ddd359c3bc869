/**
 * Measures redaction both ways on the privacy corpus (tests/privacy/corpus.ts): leaks (private name
 * words left in any page, the metadata title or the extraction record; must be 0) and public names
 * kept (officers, chairs, panel members, judges, counsel and officials still readable; aim >= 95%).
 * Documents go through the real pipeline (PDF -> text -> redaction -> extraction) in order, each
 * seeing the redacted-name hashes of the ones before, as ingest does through the graph.
 *
 *   npm run eval:privacy [-- --verbose]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../ingest/process.js';
import { toRecord } from '../ingest/record.js';
import { pseudonymCode } from '../ingest/redact/pseudonyms.js';
import { REPEAT, forbiddenTokens, leakIn, privacyCorpus } from '../tests/privacy/corpus.js';
import { makePdf } from '../tests/fixtures/pdf.js';

const KEY = 'privacy-eval-key';
const verbose = process.argv.includes('--verbose');
const dir = await mkdtemp(join(tmpdir(), 'privacy-eval-'));
const known = new Map<string, string>();
let leaks = 0;
let publicTotal = 0;
let publicKept = 0;
let pages = 0;
const repeatCode = pseudonymCode(KEY, `${REPEAT.first} ${REPEAT.last}`);
const repeatSeen: string[] = [];
const lostPublic: string[] = [];

try {
  for (const doc of privacyCorpus()) {
    const file = join(dir, doc.file);
    await writeFile(file, await makePdf(doc.pages, { title: doc.title }));
    const r = await processFile(file, { maxPages: 100, maxFileBytes: 10 * 1024 * 1024, pseudonymKey: KEY, knownNames: known });
    if (!r.ok) throw new Error(`${doc.file}: ${r.message}`);
    pages += r.pages.length;
    for (const f of r.redacted) known.set(f.hash, f.pseudonym);
    const text = r.pages.map((pg) => pg.text).join('\n');
    const fields = { text, title: r.title ?? '', extraction: JSON.stringify(r.extraction), record: JSON.stringify(toRecord(r.name, r.extraction)) };
    for (const person of doc.private) {
      for (const token of forbiddenTokens(person)) {
        for (const [field, value] of Object.entries(fields)) {
          const at = leakIn(value, token);
          if (at) {
            leaks++;
            console.log(`LEAK ${doc.file} ${field}: "${token}" in …${at.replace(/\s+/g, ' ')}…`);
          }
        }
      }
    }
    const flat = text.replace(/\s+/g, ' ');
    for (const name of doc.public) {
      publicTotal++;
      if (flat.includes(name)) publicKept++;
      else lostPublic.push(`${doc.file}: ${name}`);
    }
    if (doc.private.includes(REPEAT)) repeatSeen.push(`${doc.file}:${text.includes(repeatCode) ? 'same pseudonym' : 'other pseudonym'}`);
    if (verbose) console.log(`--- ${doc.file} (${r.title})\n${text}\n`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

for (const l of lostPublic) console.log(`public name lost: ${l}`);
console.log(`documents: ${privacyCorpus().length}, pages: ${pages}`);
console.log(`leaks (private name words in pages, title, extraction, record): ${leaks}`);
console.log(`public names kept: ${publicKept}/${publicTotal} (${((100 * publicKept) / publicTotal).toFixed(1)}%)`);
console.log(`repeat person across documents: ${repeatSeen.join(', ')}`);
process.exitCode = leaks === 0 && repeatSeen.every((s) => s.endsWith('same pseudonym')) ? 0 : 1;
