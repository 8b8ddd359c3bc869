import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createDriver, Graph } from '../src/graph/driver.js';
import { deleteDocument } from '../src/graph/documents.js';
import { makePdf } from '../tests/fixtures/pdf.js';

/**
 * npm run eval:resolution: officer resolution measured on documents of our own making whose
 * identities we know. Officers appear in notices, outcomes and judgments under varying forms
 * (rank words or abbreviations, with or without first name, warrant number or honorific); some
 * share a surname within a force or across forces. Prints pairwise precision and recall of the
 * mention-to-officer clustering the pipeline produces.
 */
interface Person {
  id: number;
  first: string;
  surname: string;
  force: string;
  warrant: string;
}

const FORCES = ['Kent Police', 'Essex Police', 'Thames Valley Police', 'Durham Constabulary'];
const FIRST = ['John', 'Mary', 'Aisha', 'David', 'Helen', 'Tariq', 'Joanne', 'Peter'];
const SURNAMES = ['Varleigh', 'Okonkwo', 'Brimble', 'Ashcombe', 'Kettering', 'Dunmore', 'Fairweather', 'Quarrie', 'Hollins', 'Petrakis'];
const run = 'reval' + Date.now().toString(36);
/**
 * Letters unique to this run appended to every surname, so officers already in the database (other
 * runs, benchmarks, real documents) can never be candidates and the figures measure only this set.
 */
const TAG = [...Date.now().toString(36)].map((c) => String.fromCharCode(97 + (parseInt(c, 36) % 26))).join('');

function people(): Person[] {
  const out: Person[] = [];
  let id = 0;
  for (const [i, surname] of SURNAMES.entries()) {
    // Each surname is borne by two to three officers: same force with another first name, or another force.
    const bearers = 2 + (i % 2);
    for (let k = 0; k < bearers; k++) {
      out.push({
        id: id++,
        first: FIRST[(i + k * 3) % FIRST.length] as string,
        surname: surname + TAG,
        force: FORCES[(i + (k === 1 ? 0 : k)) % FORCES.length] as string,
        warrant: String(1000 + id * 37),
      });
    }
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The surname as a reporter might misspell it: a doubled letter, or "y" for "i" ("Brimble",
 * "Brymble"). The run's tag stays, so only this run's officers can be candidates.
 */
function misspelt(surname: string): string {
  const base = surname.slice(0, surname.length - TAG.length);
  const wrong = base.includes('i') ? base.replace('i', 'y') : base.slice(0, 3) + base[2] + base.slice(3);
  return wrong + TAG;
}

/**
 * Four documents per person, each naming them differently; the notice and outcome share a hearing
 * date; the fourth (a report of the appeal) misspells the surname but gives the warrant number.
 */
function documents(p: Person): string[] {
  const hearing = `${1 + ((p.id * 7) % 27)} ${MONTHS[p.id % 12]} 2025`;
  return [
    `${p.force}\nNotice of misconduct hearing\nOfficer concerned: PC ${p.warrant} ${p.surname}\nIt is alleged that PC ${p.surname} breached the Standards of Professional Behaviour in respect of Honesty and Integrity, amounting to gross misconduct. The hearing will be held on ${hearing}.`,
    `${p.force}\nOutcome of misconduct hearing\nA misconduct hearing was held on ${hearing} concerning Police Constable ${p.first} ${p.surname}.\nThe panel found that PC ${p.surname} breached the Standards of Professional Behaviour in respect of Honesty and Integrity, amounting to gross misconduct.\nPC ${p.surname} was dismissed without notice.`,
    `Outcome summary (${p.force})\nFormer Police Constable ${p.first[0]}. ${p.surname} of ${p.force} was found to have committed gross misconduct in respect of Discreditable Conduct and would have been dismissed had they still been serving.`,
    `${p.force}\nOutcome of police appeals tribunal\nPC ${p.warrant} ${p.first} ${misspelt(p.surname)} appealed against the finding of the hearing on ${hearing}. The tribunal found that PC ${misspelt(p.surname)} breached the Standards of Professional Behaviour in respect of Honesty and Integrity, amounting to gross misconduct, and dismissed the appeal.`,
  ];
}

const config = loadConfig();
const graph = new Graph(createDriver(config.neo4j), config.neo4j.database);
const dir = mkdtempSync(join(tmpdir(), 'resolution-'));
const truth = new Map<string, number>();
const ps = people();
for (const p of ps) {
  for (const [k, text] of documents(p).entries()) {
    const file = `${run}-${k}-${String(p.id).padStart(3, '0')}.pdf`;
    writeFileSync(join(dir, file), await makePdf([text]));
    truth.set(file, p.id);
  }
}
const cli = fileURLToPath(new URL('../ingest/cli.js', import.meta.url));
const r = spawnSync(process.execPath, [cli, dir], { encoding: 'utf8' });
if (r.status !== 0) process.stderr.write(r.stderr);

const rows = await graph.read<{ file: string; officer: string; docId: string }>(
  `MATCH (d:Document)-[:MENTIONS]->(m:OfficerMention)-[:RESOLVED_TO]->(o:Officer) WHERE d.file STARTS WITH $p
   RETURN d.file AS file, o.id AS officer, d.id AS docId`,
  { p: run },
);
let tp = 0;
let fp = 0;
let fn = 0;
for (let i = 0; i < rows.length; i++) {
  for (let j = i + 1; j < rows.length; j++) {
    const a = rows[i]!;
    const b = rows[j]!;
    const same = truth.get(a.file) === truth.get(b.file);
    const joined = a.officer === b.officer;
    if (same && joined) tp++;
    else if (joined) fp++;
    else if (same) fn++;
  }
}
const mentionsExpected = truth.size;
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
console.log(`officers: ${ps.length}, documents: ${truth.size}, mentions found: ${rows.length}/${mentionsExpected}`);
if (process.argv.includes('--explain')) {
  // Each true person's mentions and the officers they went to: a split or a wrong join shows at once.
  const byPerson = new Map<number, string[]>();
  for (const r of rows) byPerson.set(truth.get(r.file)!, [...(byPerson.get(truth.get(r.file)!) ?? []), `${r.file.split('-')[1]}:${r.officer.slice(0, 6)}`]);
  for (const [id, ms] of [...byPerson].sort((a, b) => a[0] - b[0])) {
    const p = ps[id]!;
    if (new Set(ms.map((m) => m.split(':')[1])).size > 1 || rows.some((r) => truth.get(r.file) !== id && ms.some((m) => m.endsWith(r.officer.slice(0, 6)))))
      console.log(`  ${p.first} ${p.surname} (${p.force}, ${p.warrant}): ${ms.join(' ')}`);
  }
}
console.log(`pairwise precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
if (process.argv.includes('--keep')) console.log(`kept: documents whose file starts with ${run}`);
else for (const d of new Set(rows.map((x) => x.docId))) await deleteDocument(graph, d);
const failed = process.argv.includes('--keep') ? [] : await graph.read<{ id: string }>('MATCH (d:Document) WHERE d.file STARTS WITH $p RETURN d.id AS id', { p: run });
for (const d of failed) await deleteDocument(graph, d.id);
await graph.close();
rmSync(dir, { recursive: true, force: true });
