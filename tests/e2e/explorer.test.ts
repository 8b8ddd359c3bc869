/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { runIngest } from '../fixtures/cli.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { makePdf, splitPages } from '../fixtures/pdf.js';
import type { Graph } from '../../src/graph/driver.js';

/**
 * The explorer in a real browser (Debian's Chromium, driven by puppeteer-core, which downloads no
 * browser): the samples are ingested under names unique to this run, the API server runs as its own
 * process with a reader key and an investigator key, and every step is what a person would do.
 * Screenshots of each view are taken on every run; they land in docs/explorer/ for the README only
 * with UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the work tree as it was.
 */
const SAMPLES = fileURLToPath(new URL('../../../samples/src/', import.meta.url));
const SERVER = fileURLToPath(new URL('../../src/server/main.js', import.meta.url));
const SHOTS =
  process.env.UPDATE_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../../docs/explorer/', import.meta.url)) : join(tmpdir(), `explorer-shots-${process.pid}`);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const RUN = runId();
/** Letters only: the extractors read names as capitalised words. */
const tag = [...RUN].map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join('');
const NAMES = { Marlowe: `Marlowe${tag}`, Ashdown: `Ashdown${tag}`, Vance: `Vance${tag}` };
const KESTREL = `Kestrel${tag}`;
const KEYS = { reader: `reader-${RUN}`, investigator: `investigator-${RUN}` };

/** A hearing with a named complainant, so the investigator sees a pseudonym the reader must not. */
const COMPLAINT = [
  `West Mercia Police\nOutcome of a misconduct meeting ${RUN}\nA misconduct meeting was held on 9 March 2026 concerning DC 7734 Harriet ${KESTREL}.\n` +
    `The complainant, Mr Ignatius Pennywhistle${tag}, said that DC ${KESTREL} had told a neighbour where he lived.\n` +
    `The panel found that DC ${KESTREL} breached the Standards of Professional Behaviour in respect of Confidentiality, amounting to misconduct.\n` +
    `DC ${KESTREL} was given a written warning.`,
];

function personalise(text: string): string {
  let out = text.replace('[2026] EWHC 4120 (Admin)', `[2026] EWHC ${5000 + Math.floor(Math.random() * 4000)} (Admin)`);
  for (const [from, to] of Object.entries(NAMES)) out = out.replaceAll(from, to).replaceAll(from.toUpperCase(), to.toUpperCase());
  return out;
}

function startServer(): Promise<{ child: ChildProcess; origin: string }> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', API_KEYS: `${KEYS.reader}:reader,${KEYS.investigator}:investigator` };
  const child = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`API did not start: ${err}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d;
      const m = /Explorer at (http:\/\/[^/\s]+)\/explore/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, origin: m[1]! });
      }
    });
    child.on('exit', (code) => reject(new Error(`API exited with ${code}: ${err}`)));
  });
}

describe('explorer in a browser', () => {
  let graph: Graph;
  let dir: string;
  let downloads: string;
  let server: { child: ChildProcess; origin: string };
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  const view = (name: string) => page.waitForSelector(`main[data-view="${name}"]`, { timeout: 20_000 });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  async function useKey(key: string): Promise<void> {
    if (!(await page.$('dialog[open]'))) await page.click('#change-key');
    await page.waitForSelector('dialog[open] #key');
    await page.type('#key', key);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  }
  async function openOfficer(name: string): Promise<void> {
    await page.goto(`${server.origin}/explore?q=${encodeURIComponent(name)}`);
    await view('search');
    await page.click(`main a[href^="/explore/officer/"]`);
    await view('officer');
    await page.waitForFunction(() => Number(document.querySelector('main')!.dataset.networkNodes) > 0);
  }
  const nodeLabels = () => page.$$eval('#node-list button', (bs) => bs.map((b) => b.textContent ?? ''));

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'explorer-'));
    downloads = await mkdtemp(join(tmpdir(), 'explorer-downloads-'));
    await mkdir(SHOTS, { recursive: true });
    for (const name of (await readdir(SAMPLES)).filter((n) => n.endsWith('.txt'))) {
      const pages = splitPages(personalise(await readFile(join(SAMPLES, name), 'utf8')));
      await writeFile(join(dir, `${RUN}-${name.replace(/\.txt$/, '.pdf')}`), await makePdf(pages));
    }
    await writeFile(join(dir, `${RUN}-complaint.pdf`), await makePdf(COMPLAINT));
    const ingest = await runIngest([dir]);
    assert.equal(ingest.code, 0, ingest.stderr);
    server = await startServer();
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('request', (r) => requested.push(r.url()));
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  });

  after(async () => {
    await browser?.close();
    server?.child.kill('SIGTERM');
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
    await rm(downloads, { recursive: true, force: true });
  });

  it('asks for a key once, then learns its role', async () => {
    await page.goto(`${server.origin}/explore`);
    await page.waitForSelector('dialog[open] #key');
    await useKey(KEYS.investigator);
    await view('home');
    assert.equal(await page.$eval('#role', (e) => e.textContent), 'role: investigator');
    const stored = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: Object.keys(localStorage) }));
    assert.deepEqual(stored, { session: ['explorer.apiKey'], local: [] });
  });

  it('suggests an officer as you type and opens the officer page by keyboard', async () => {
    await page.type('#q', NAMES.Marlowe.slice(0, -2));
    await page.waitForFunction((n) => [...document.querySelectorAll('#suggestions li')].some((li) => li.textContent!.includes(n)), { timeout: 20_000 }, NAMES.Marlowe);
    await shot('search-suggestions');
    const items = await page.$$eval('#suggestions li', (l) => l.map((x) => x.textContent ?? ''));
    for (let i = 0; i <= items.findIndex((t) => t.includes(NAMES.Marlowe)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await view('officer');
    assert.match(page.url(), /\/explore\/officer\/[^/]+$/);
    const heading = await page.$eval('h1', (h) => h.textContent ?? '');
    assert.equal(heading, `Police Constable Owen ${NAMES.Marlowe}`);
    const text = await page.$eval('main', (m) => m.textContent ?? '');
    assert.match(text, /Roads Policing Unit/);
    assert.match(text, /dismissed without notice/);
    assert.match(text, /incident 2025-02-02 → 254 days → hearing 2025-10-14/);
    await page.waitForFunction(() => Number(document.querySelector('main')!.dataset.networkNodes) > 0);
    await shot('officer');
  });

  it('reopens a search from its address, with its results', async () => {
    await page.goto(`${server.origin}/explore?q=${encodeURIComponent(NAMES.Ashdown)}`);
    await view('search');
    const officers = await page.$$eval('main table a[href^="/explore/officer/"]', (as) => as.map((a) => a.textContent));
    assert.deepEqual(officers, [`Tom ${NAMES.Ashdown}`]);
    await shot('search');
  });

  it('expands a unit in the network to the officers recorded in it', async () => {
    await openOfficer(NAMES.Vance);
    const before = await nodeLabels();
    assert.ok(!before.some((l) => l.includes(NAMES.Ashdown)) || before.length > 0);
    const unit = await page.$('#node-list button[data-node^="unit:"]');
    assert.ok(unit, before.join(' | '));
    await unit.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('#node-list button')].some((b) => b.textContent!.includes(`officer: Tom ${n}`)),
      { timeout: 20_000 },
      NAMES.Ashdown,
    );
    const after = await nodeLabels();
    assert.ok(after.length > before.length, `${before.length} -> ${after.length}`);
    await shot('network');
  });

  it("shows a unit's members over time with their proven findings", async () => {
    await page.goto(`${server.origin}/explore/unit/${encodeURIComponent('Lincolnshire Police/Public Protection Unit')}`);
    await view('unit');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Public Protection Unit');
    const rows = await page.$$eval('main table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent ?? '')));
    assert.deepEqual(
      rows.filter((r) => r[0]!.includes(NAMES.Vance)),
      // The earliest date the unit's record holds for her: the month of the conduct ("a report made ... in March 2024").
      [[`Priya ${NAMES.Vance}`, 'Detective Sergeant', '2024-03-01', '1']],
    );
    assert.ok(
      rows.some((r) => r[0] === `Tom ${NAMES.Ashdown}` && r[3] === '2'),
      JSON.stringify(rows),
    );
    assert.match(await page.$eval('main', (m) => m.textContent ?? ''), /Connected units/);
    await page.waitForFunction(() => Number(document.querySelector('main')!.dataset.networkNodes) > 0);
    await shot('unit');
  });

  it('narrows the network to the proceedings in a date window', async () => {
    await openOfficer(NAMES.Marlowe);
    const all = Number(await page.$eval('main', (m) => m.dataset.visibleNodes));
    // The case's one proceeding (the judgment reviews it and records none of its own) was decided in 2025.
    const later = await page.$$eval('#node-list button', (bs) => bs.filter((b) => /^proceeding: proceeding 2025-/.test(b.textContent ?? '')).length);
    assert.ok(later > 0, 'no proceeding decided in 2025 to filter out');
    await page.$eval('#filters [name="to"]', (el) => {
      (el as HTMLInputElement).value = '2025-06-30';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const narrowed = Number(await page.$eval('main', (m) => m.dataset.visibleNodes));
    assert.ok(narrowed <= all - later, `${all} -> ${narrowed}`);
    const visible = await page.$$eval('#node-list button:not([hidden])', (bs) => bs.map((b) => b.textContent ?? ''));
    assert.ok(
      visible.every((t) => !/^proceeding: proceeding 2025-/.test(t)),
      visible.join(' | '),
    );
    assert.ok(
      visible.some((t) => /^officer: /.test(t)),
      visible.join(' | '),
    );
  });

  it("opens a finding's source with the quoted words highlighted in the page text", async () => {
    await openOfficer(NAMES.Marlowe);
    const link = await page.$('main table a.source[title*="dismissed without notice" i]');
    assert.ok(link, 'no source link quoting the dismissal');
    const quote = await link.evaluate((a) => a.getAttribute('title') ?? '');
    await link.click();
    await view('source');
    const marked = await page.$eval('mark#quote', (m) => m.textContent ?? '');
    assert.equal(marked.replace(/\s+/g, ' '), quote.replace(/\s+/g, ' '));
    // The quote may be the outcome's or the judgment's account of it (one proceeding), which prints the name in capitals.
    assert.match(await page.$eval('.page-text', (p) => p.textContent ?? ''), new RegExp(NAMES.Marlowe, 'i'));
    await shot('source');
  });

  it('shows complainant pseudonyms to an investigator and hides them from a reader', async () => {
    await openOfficer(KESTREL);
    await page.waitForFunction(() => [...document.querySelectorAll('#node-list button')].some((b) => b.textContent!.startsWith('complainant:')), { timeout: 20_000 });
    const seen = (await nodeLabels()).filter((l) => l.startsWith('complainant:'));
    assert.ok(
      seen.every((l) => /^complainant: Complainant [A-Z2-7]{6}$/.test(l)),
      seen.join(' | '),
    );
    assert.ok(!(await page.content()).includes('Pennywhistle'), 'a complainant name reached the page');

    await useKey(KEYS.reader);
    await openOfficer(KESTREL);
    assert.equal(await page.$eval('#role', (e) => e.textContent), 'role: reader');
    const labels = await nodeLabels();
    assert.ok(
      labels.some((l) => l.startsWith('officer:')),
      labels.join(' | '),
    );
    assert.deepEqual(
      labels.filter((l) => l.startsWith('complainant:')),
      [],
    );
    assert.ok(!(await page.content()).includes(seen[0]!.replace('complainant: ', '')), 'the pseudonym is still on the page');
    assert.equal(await page.$$eval('.legend span', (s) => s.some((x) => x.textContent === 'complainant')), false);
    await shot('officer-reader');
    await page.goto(`${server.origin}/explore/colleagues`);
    await view('error');
    assert.match(await page.$eval('main', (m) => m.textContent ?? ''), /needs the investigator role/);
    await useKey(KEYS.investigator);
  });

  it('downloads the current list as CSV and JSON Lines, and the network as GraphML', async () => {
    await page.goto(`${server.origin}/explore?q=${encodeURIComponent(NAMES.Vance)}`);
    await view('search');
    await page.click('[data-export="csv"]');
    await page.click('[data-export="jsonl"]');
    await openOfficer(NAMES.Vance);
    await page.click('[data-export="graphml"]');
    const files = async () => (await readdir(downloads)).filter((f) => !f.endsWith('.crdownload'));
    for (let i = 0; i < 100 && (await files()).length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(
      (await files()).sort(),
      [`network-officer-${await page.evaluate(() => location.pathname.split('/').pop())}.graphml`, 'officers.csv', 'officers.jsonl'].sort(),
    );
    const csv = (await readFile(join(downloads, 'officers.csv'), 'utf8')).trim().split('\r\n');
    assert.equal(csv[0], 'id,name,label,rank,force,units');
    assert.ok(
      csv.slice(1).some((row) => row.includes(`Priya ${NAMES.Vance}`)),
      csv.join('\n'),
    );
    const jsonl = (await readFile(join(downloads, 'officers.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { name: string; rank: string });
    assert.ok(
      jsonl.some((o) => o.name === `Priya ${NAMES.Vance}` && o.rank === 'Detective Sergeant'),
      JSON.stringify(jsonl),
    );
    const graphml = await readFile(
      join(
        downloads,
        (await files()).find((f) => f.endsWith('.graphml'))!,
      ),
      'utf8',
    );
    assert.match(graphml, /<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
    assert.match(graphml, new RegExp(`<node id="officer:[^"]+"><data key="label">Priya ${NAMES.Vance}</data>`));
    assert.match(graphml, /<edge id="[^"]+" source="officer:[^"]+" target="unit:Lincolnshire Police\/Public Protection Unit">/);
  });

  it('lists colleagues in one unit at about the same time with proven findings, in one click', async () => {
    await page.goto(`${server.origin}/explore`);
    await view('home');
    await page.click('a[href="/explore/colleagues"]');
    await view('colleagues');
    const rows = await page.$$eval('main table tbody tr', (trs) => trs.map((tr) => tr.textContent ?? ''));
    const ours = rows.filter((r) => r.includes(NAMES.Vance));
    assert.equal(ours.length, 1, rows.join('\n'));
    assert.match(
      ours[0]!,
      new RegExp(
        `Public Protection Unit.*0.*Priya ${NAMES.Vance} \\(2024-03-01, 1 proven\\).*Tom ${NAMES.Ashdown} \\(2024-03-01, 2 proven\\)|Public Protection Unit.*0.*Tom ${NAMES.Ashdown} \\(2024-03-01, 2 proven\\).*Priya ${NAMES.Vance} \\(2024-03-01, 1 proven\\)`,
      ),
    );
    await shot('colleagues');
  });

  it('fits a phone width without sideways scrolling', async () => {
    await page.setViewport({ width: 390, height: 844 });
    await openOfficer(NAMES.Marlowe);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await shot('officer-phone');
    await page.setViewport({ width: 1280, height: 800 });
  });

  it('loaded nothing from anywhere but this server, and raised no script errors', () => {
    const foreign = requested.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(pageErrors, []);
  });
});
