import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../src/graph/driver.js';
import { runIngest } from '../fixtures/cli.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { uniqueSurname } from '../fixtures/corpus.js';
import { makePdf } from '../fixtures/pdf.js';

const RUN = runId();
/**
 * Names no other document uses, in the shapes texts name complainants: surnames end in letters
 * drawn from this run, so a real officer or party of the same name elsewhere in the database
 * cannot be mistaken for a leak.
 */
const TAG = uniqueSurname(RUN).slice(1, 6);
const NAMES = ['Rosalind Featherstonehaugh', 'Bartholomew Quillfeather', 'Esperanza Thistlewood'].map((n) => n + TAG);
const SURNAMES = NAMES.map((n) => n.split(' ')[1] as string);

const docs: string[][] = [
  [
    `Lancashire Constabulary\nOutcome of misconduct hearing ${RUN}-1\nA misconduct hearing was held on 4 June 2025 concerning PC 5521 Daniel Ormerod.\n` +
      `The complainant, Mrs ${NAMES[0]}, reported that PC Ormerod had sent her messages after attending her home.\n` +
      `Mrs Featherstonehaugh${TAG} gave evidence at the hearing. The panel found that PC Ormerod breached the Standards of Professional Behaviour in respect of Discreditable Conduct, amounting to gross misconduct.\nPC Ormerod was dismissed without notice.`,
  ],
  [
    `Neutral Citation Number: [2025] EWHC 9911 (Admin)\nCase No: AC-2025-LON-009911\nIN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nADMINISTRATIVE COURT\n` +
      `THE KING\non the application of\n${(NAMES[1] ?? '').toUpperCase()}\nClaimant\n- and -\nCHIEF CONSTABLE OF LANCASHIRE CONSTABULARY\nDefendant\n` +
      `JUDGMENT ${RUN}-2\n1. The claimant, ${NAMES[1]}, made a complaint about the conduct of PC Ormerod. Mr Quillfeather${TAG} challenges the decision of the panel.\n` +
      `2. Ms ${NAMES[2]}, who also complained, supports the claim. For these reasons the claim is dismissed.`,
  ],
];

describe('complainants named in documents', () => {
  let graph: Graph;
  let dir: string;
  let cli: { code: number | null; stdout: string; stderr: string };
  let dry: { code: number | null; stdout: string; stderr: string };

  before(async () => {
    graph = await testGraph();
    dir = await mkdtemp(join(tmpdir(), 'privacy-'));
    for (const [i, pages] of docs.entries()) await writeFile(join(dir, `${RUN}-${i}.pdf`), await makePdf(pages));
    cli = await runIngest([dir]);
    dry = await runIngest(['--dry-run', '--json', dir]);
  });
  after(async () => {
    await removeRun(graph, RUN);
    await graph.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the documents', () => {
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(dry.code, 0, dry.stderr);
  });

  /** Lists (judges, case numbers, reasons) are searched element by element. */
  const HAS_NAME = (v: string) =>
    `CASE WHEN valueType(${v}) STARTS WITH 'LIST' THEN any(x IN ${v} WHERE toLower(toString(x)) CONTAINS toLower($s)) ELSE toLower(toString(${v})) CONTAINS toLower($s) END`;
  it('stores no complainant name in any property of any node or relationship', async () => {
    for (const surname of SURNAMES) {
      const nodes = await graph.read<{ n: number }>(`MATCH (n) WHERE any(k IN keys(n) WHERE ${HAS_NAME('n[k]')}) RETURN count(n) AS n`, { s: surname });
      const rels = await graph.read<{ n: number }>(`MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE ${HAS_NAME('r[k]')}) RETURN count(r) AS n`, { s: surname });
      assert.equal(nodes[0]?.n, 0, `${surname} found in nodes`);
      assert.equal(rels[0]?.n, 0, `${surname} found in relationships`);
    }
  });

  it('prints no complainant name in logs or dry-run records', () => {
    for (const surname of SURNAMES) {
      for (const out of [cli.stdout, cli.stderr, dry.stdout, dry.stderr]) assert.ok(!out.toLowerCase().includes(surname.toLowerCase()), `${surname} printed`);
    }
  });

  it('gives each named complainant a pseudonym, the same in every document', async () => {
    const rows = await graph.read<{ pseudonym: string; docs: number }>(
      `MATCH (d:Document)-[:RECORDS]->(:Proceeding)-[:COMPLAINANT]->(c:Complainant) WHERE d.file STARTS WITH $p
       RETURN c.pseudonym AS pseudonym, count(DISTINCT d) AS docs`,
      { p: RUN },
    );
    assert.ok(rows.length >= 2, JSON.stringify(rows));
    for (const r of rows) assert.match(r.pseudonym, /^Complainant [A-Z2-7]{6}$/);
    const records = dry.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { complainants: string[] });
    assert.ok(
      records.every((r) => r.complainants.length > 0),
      dry.stdout,
    );
  });
});
