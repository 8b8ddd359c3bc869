import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.js';
import type { Graph } from '../../src/graph/driver.js';
import { createApp, type App } from '../../src/server/app.js';
import { runIngest, type CliResult } from '../fixtures/cli.js';
import { gql } from '../fixtures/gql.js';
import { removeRun, runId, snapshot, testGraph } from '../fixtures/graph.js';
import { makePdf } from '../fixtures/pdf.js';
import { REPEAT, forbiddenTokens, leakIn, privacyCorpus, type PrivacyDoc } from '../privacy/corpus.js';

const RUN = runId();
const KEY = 'integration-privacy-key-' + RUN;
const DOCS = privacyCorpus();
/** The last document names the repeat person by surname only: it goes in a second run, after the others are stored. */
const LATER = DOCS.filter((d) => d.file === 'R03.pdf');
const FIRST = DOCS.filter((d) => !LATER.includes(d));
const TOKENS = [...new Set(DOCS.flatMap((d) => d.private.flatMap(forbiddenTokens)))];
const PSEUDONYM = /\b(?:Complainant|Person) [A-Z2-7]{6}\b/;

function leaksIn(where: string, text: string): string[] {
  return TOKENS.flatMap((t) => {
    const at = leakIn(text, t);
    return at ? [`${where}: "${t}" in …${at.replace(/\s+/g, ' ')}…`] : [];
  });
}

async function folder(docs: PrivacyDoc[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'privacy-corpus-'));
  for (const d of docs) await writeFile(join(dir, `${RUN}-${d.file}`), await makePdf(d.pages, { title: d.title }));
  return dir;
}

describe('privacy corpus through ingest, graph and API', () => {
  let graph: Graph;
  const dirs: string[] = [];
  const runs: CliResult[] = [];
  let dry: CliResult;
  let app: App;
  let url: string;
  const env = { ...process.env, PSEUDONYM_KEY: KEY };

  before(async () => {
    graph = await testGraph();
    dirs.push(await folder(FIRST), await folder(LATER));
    runs.push(await runIngest([dirs[0]!], env));
    runs.push(await runIngest([dirs[1]!], env));
    dry = await runIngest(['--dry-run', '--json', dirs[0]!, dirs[1]!], env);
    const config = loadConfig({ ...env, API_KEYS: 'r-key:reader,i-key:investigator' });
    app = createApp(config, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });
  after(async () => {
    await app?.stop();
    await removeRun(graph, RUN);
    await graph.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('ingests every document', () => {
    for (const r of [...runs, dry]) assert.equal(r.code, 0, r.stderr);
  });

  it('stores no private name in any node or relationship property', async () => {
    const s = await snapshot(graph, RUN);
    assert.ok(s.nodes.length > DOCS.length, 'the run wrote its documents');
    // A RedactedName's hash is a keyed digest in base64url: any three letters can occur in one by chance ("EZE").
    const withoutHashes = (line: string) => line.replace(/hash(\\*)":\1"[A-Za-z0-9_-]{22}/g, 'hash"');
    assert.deepEqual(
      [...s.nodes, ...s.relationships].flatMap((line) => leaksIn('graph', withoutHashes(line))),
      [],
    );
  });

  it('prints no private name in the dry-run JSON or any log', () => {
    const outs = [...runs, dry].flatMap((r, i) => [leaksIn(`run ${i} stdout`, r.stdout), leaksIn(`run ${i} stderr`, r.stderr)]).flat();
    assert.deepEqual(outs, []);
  });

  it('keeps one pseudonym for the repeat person across three documents, the last found from stored hashes', async () => {
    const rows = await graph.read<{ file: string; text: string }>(
      `MATCH (d:Document)-[:HAS_PAGE]->(p:Page) WHERE d.file IN $files RETURN d.file AS file, p.text AS text`,
      { files: ['R01.pdf', 'R02.pdf', 'R03.pdf'].map((f) => `${RUN}-${f}`) },
    );
    const codes = rows.map((r) => {
      const near = new RegExp(`(?:Complainant|Person) ([A-Z2-7]{6})`).exec(r.text);
      return near?.[1];
    });
    assert.equal(rows.length, 3);
    assert.ok(
      codes.every((c) => c && c === codes[0]),
      JSON.stringify(rows),
    );
    assert.ok(!rows.some((r) => r.text.includes(REPEAT.last)));
  });

  async function answers(key: string): Promise<string> {
    const ids = await graph.read<{ id: string }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.id AS id', { p: RUN });
    const parts: string[] = [];
    for (const { id } of ids) {
      const r = await gql(url, `query($id: ID!) { document(id: $id) { title file pages { text } officers { name } } }`, { id }, key);
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      parts.push(JSON.stringify(r.data));
    }
    for (const q of ['statement', 'complainant', 'victim', 'witness', 'neighbour', ...TOKENS.filter((t) => t === t.toUpperCase())]) {
      const r = await gql(url, `query($q: String!) { search(query: $q, first: 50) { edges { node { snippet highlighted document { title } } } } }`, { q }, key);
      parts.push(JSON.stringify(r.data ?? r.errors));
    }
    return parts.join('\n');
  }

  it('serves no private name to a reader, and no pseudonym either: neutral marks instead', async () => {
    const text = await answers('r-key');
    assert.deepEqual(leaksIn('reader', text), []);
    assert.doesNotMatch(text, PSEUDONYM);
    assert.match(text, /\[complainant\]/);
    assert.match(text, /\[member of the public\]/);
  });

  it('serves pseudonyms, never names, to an investigator', async () => {
    const text = await answers('i-key');
    assert.deepEqual(leaksIn('investigator', text), []);
    assert.match(text, PSEUDONYM);
  });

  it('keeps the officers, chairs, judges and counsel named', async () => {
    const rows = await graph.read<{ file: string; text: string }>(
      `MATCH (d:Document)-[:HAS_PAGE]->(p:Page) WHERE d.file STARTS WITH $p RETURN d.file AS file, p.text AS text`,
      { p: RUN },
    );
    const byFile = new Map<string, string>();
    for (const r of rows) byFile.set(r.file, (byFile.get(r.file) ?? '') + ' ' + r.text.replace(/\s+/g, ' '));
    const names = DOCS.flatMap((d) => d.public.map((n) => ({ file: `${RUN}-${d.file}`, n })));
    const kept = names.filter(({ file, n }) => byFile.get(file)?.includes(n));
    assert.ok(kept.length / names.length >= 0.95, `${kept.length}/${names.length} kept`);
  });
});
