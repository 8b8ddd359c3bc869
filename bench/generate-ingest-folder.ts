import { createWriteStream, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { seededRandom } from '../tests/fixtures/seededRandom.js';

/**
 * A folder of documents of our own making that looks, to a PDF parser and to the extractors, like
 * what ingest meets in practice: judgments of 20 to 60 dense pages (embedded TrueType subset fonts
 * in regular, bold and italic, a running header and page footer, numbered paragraphs citing cases
 * and legislation), short misconduct notices and outcomes, and one 900-page review. Everything
 * derives from a seed, so the same options give byte-identical files and the same content hashes.
 *
 * node dist/bench/generate-ingest-folder.js DIR [--judgments N] [--notices N] [--review PAGES]
 */
export interface FolderOptions {
  judgments: number;
  notices: number;
  /** Pages of the one long review; 0 for none. */
  reviewPages: number;
  minPages: number;
  maxPages: number;
  seed: number;
}

export const DEFAULT_FOLDER: FolderOptions = { judgments: 60, notices: 60, reviewPages: 900, minPages: 20, maxPages: 60, seed: 1 };

const FORCES = [
  'Kent Police',
  'Essex Police',
  'Thames Valley Police',
  'Durham Constabulary',
  'Greater Manchester Police',
  'West Midlands Police',
  'Merseyside Police',
  'Avon and Somerset Constabulary',
  'Nottinghamshire Police',
  'Sussex Police',
  'Hampshire and Isle of Wight Constabulary',
  'Lancashire Constabulary',
  'South Wales Police',
  'Northumbria Police',
  'Cheshire Constabulary',
];
/** Surnames are made from two parts, so a folder of hundreds of documents names hundreds of officers, as a real one does. */
const SURNAME_HEADS = [
  'Var',
  'Ash',
  'Kett',
  'Dun',
  'Fair',
  'Quar',
  'Holl',
  'Petr',
  'March',
  'Thistle',
  'Aber',
  'Cold',
  'Penh',
  'Wick',
  'Orm',
  'Lind',
  'Brim',
  'Stan',
  'Whit',
  'Hazel',
  'Brack',
  'Eller',
  'Gos',
  'Harr',
  'Mill',
  'Nor',
  'Ruth',
  'Sel',
  'Tr',
  'Wend',
];
const SURNAME_TAILS = [
  'leigh',
  'combe',
  'ering',
  'more',
  'weather',
  'rie',
  'ins',
  'akis',
  'bank',
  'wood',
  'nethy',
  'ridge',
  'aligon',
  'ersley',
  'erod',
  'qvist',
  'ble',
  'ford',
  'by',
  'ton',
  'well',
  'dale',
  'hurst',
  'ley',
  'wick',
  'shaw',
  'croft',
  'ham',
  'stone',
  'field',
];
const FIRST = ['John', 'Mary', 'Aisha', 'David', 'Helen', 'Tariq', 'Joanne', 'Peter', 'Gareth', 'Priya', 'Simon', 'Claire'];
const RANKS = [
  ['Police Constable', 'PC'],
  ['Police Sergeant', 'PS'],
  ['Detective Constable', 'DC'],
  ['Inspector', 'Insp'],
  ['Detective Sergeant', 'DS'],
] as const;
const UNITS = [
  'Territorial Support Group',
  'Roads Policing Unit',
  'Response Team',
  'Criminal Investigation Department',
  'Professional Standards Department',
  'Neighbourhood Policing Team',
];
const STANDARDS = [
  'Use of Force',
  'Honesty and Integrity',
  'Confidentiality',
  'Equality and Diversity',
  'Orders and Instructions',
  'Authority, Respect and Courtesy',
  'Fitness for Work',
  'Duties and Responsibilities',
  'Challenging and Reporting Improper Conduct',
  'Discreditable Conduct',
];
const OUTCOMES = ['dismissed without notice', 'given a final written warning', 'given a written warning', 'reduced in rank', 'given management advice'];
const JUDGES = ['MR JUSTICE FORDHAM', 'MRS JUSTICE ELLENBOGEN', 'HIS HONOUR JUDGE FENWICK-DALE', 'MR JUSTICE CHAMBERLAIN', 'LORD JUSTICE HOLROYDE'];
const AUTHORITIES = [
  'Fuglers LLP v Solicitors Regulation Authority',
  'R (Officer W80) v Director General of the IOPC',
  'Bolton v Law Society',
  'R (Chief Constable of Dorset) v Police Appeals Tribunal',
  'Salter v Chief Constable of Dorset',
  'R (Green) v Police Complaints Authority',
  'Williams v Police Appeals Tribunal',
  'R (Bonney) v Police Appeals Tribunal',
];
const COURTS = ['EWHC', 'EWCA Civ', 'UKSC'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

class Words {
  constructor(readonly r: () => number) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  date(): string {
    return `${this.int(1, 28)} ${this.pick(MONTHS)} ${this.int(2016, 2024)}`;
  }
  citation(): string {
    const court = this.pick(COURTS);
    const year = this.int(1994, 2024);
    return court === 'EWHC' ? `[${year}] EWHC ${this.int(10, 3999)} (Admin)` : `[${year}] ${court} ${this.int(1, 1999)}`;
  }
  authority(): string {
    return `${this.pick(AUTHORITIES)} ${this.citation()} at [${this.int(1, 120)}]`;
  }
}

interface Cast {
  force: string;
  officer: { rank: string; abbr: string; first: string; surname: string; warrant: number };
  unit: string;
  complainant: string;
}

function cast(w: Words): Cast {
  const [rank, abbr] = w.pick(RANKS);
  return {
    force: w.pick(FORCES),
    officer: { rank, abbr, first: w.pick(FIRST), surname: w.pick(SURNAME_HEADS) + w.pick(SURNAME_TAILS), warrant: w.int(1000, 9999) },
    unit: w.pick(UNITS),
    complainant: `${w.pick(['Ms', 'Mr', 'Miss'])} ${w.pick(['A', 'B', 'C', 'D', 'X'])}`,
  };
}

/** Judgment prose: each template is one sentence in the register of an Administrative Court ruling. */
function judgmentSentence(w: Words, c: Cast): string {
  const o = c.officer;
  const t = [
    () =>
      `The Panel found that ${o.abbr} ${o.surname} had breached the standard of ${w.pick(STANDARDS)} and that the breach amounted to ${w.pick(['gross misconduct', 'misconduct'])}.`,
    () => `On ${w.date()} ${o.abbr} ${o.surname}, then serving in the ${c.unit} of ${c.force}, attended an incident at which ${c.complainant} was arrested.`,
    () => `How a panel should go about choosing a sanction is settled law: ${w.authority()}.`,
    () => `Counsel for the claimant submitted that the decision was irrational and that the Panel had failed to give adequate reasons for departing from the guidance.`,
    () =>
      `Under regulation ${w.int(2, 60)} of the Police (Conduct) Regulations 2020 whoever conducts the hearing has to take into account the outcomes guidance issued by the College of Policing.`,
    () => `In ${w.authority()} the court emphasised that the maintenance of public confidence in the police is the primary purpose of the misconduct regime.`,
    () => `The allegation that ${o.abbr} ${o.surname} had used excessive force, contrary to the standard of Use of Force, was found not proven.`,
    () => `It was common ground that the body-worn video footage recorded what was said in the van, although the quality of the audio was poor.`,
    () => `The officer had ${w.int(2, 25)} years' service and a number of commendations, and the Panel accepted that he had shown genuine remorse.`,
    () => `The Panel concluded that the appropriate outcome was that the officer be ${w.pick(OUTCOMES)}.`,
    () =>
      `Paragraph ${w.int(2, 90)} of Schedule 3 to the Police Reform Act 2002 sets out the circumstances in which the Director General may direct that proceedings be brought.`,
    () => `I accept the submission that the seriousness of the misconduct must be assessed by reference to culpability, harm and any aggravating or mitigating factors.`,
    () => `The statement of ${c.complainant} dated ${w.date()} was before the Panel, and her account was not challenged in cross-examination.`,
    () => `Permission to apply for judicial review was granted on the papers on ${w.date()}.`,
    () => `That reasoning does not, in my judgment, survive scrutiny, for the reasons given by the Court of Appeal in ${w.authority()}.`,
    () =>
      `The Chief Constable of ${c.force.replace(/ (Police|Constabulary)$/, '')}, as the appropriate authority, adopted a neutral stance and made no submissions on the merits.`,
    () => `The Panel was entitled to take into account the officer's personal mitigation, but only to a limited extent: see ${w.authority()}.`,
  ];
  return w.pick(t)();
}

function reviewSentence(w: Words, c: Cast): string {
  const o = c.officer;
  const t = [
    () => `The review found that officers in the ${c.unit} were not challenged when colleagues behaved inappropriately towards members of the public.`,
    () => `In one case ${o.abbr} ${o.warrant} ${o.surname} of ${c.force} breached the ${w.pick(STANDARDS)} standard, a panel found.`,
    () =>
      `Between ${w.int(2012, 2018)} and ${w.int(2019, 2023)} the force recorded ${w.int(100, 900)} allegations of misconduct, of which ${w.int(5, 90)} were found proven at a hearing.`,
    () => `We were told by staff associations that the vetting process was slow and that decisions were not explained to the officers concerned.`,
    () => `The courts have repeatedly stressed the importance of public confidence: see ${w.authority()}.`,
    () => `Of the officers found to have committed gross misconduct, ${w.int(40, 95)} per cent were ${w.pick(OUTCOMES)}.`,
    () => `Supervisors told us that they lacked the time and training to deal with poor behaviour before it became a matter for professional standards.`,
    () => `The data provided by the force did not allow us to say how long each investigation had taken from referral to outcome.`,
  ];
  return w.pick(t)();
}

function paragraph(w: Words, c: Cast, n: number, sentence: (w: Words, c: Cast) => string): string {
  const k = w.int(3, 6);
  const s: string[] = [];
  for (let i = 0; i < k; i++) s.push(sentence(w, c));
  return `${n}. ${s.join(' ')}`;
}

/** pdf.js ships Liberation Sans; embedding it makes subset TrueType fonts as word processors do. */
function fonts(): { regular: string; bold: string; italic: string } | null {
  try {
    const base = join(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'), '..', 'standard_fonts');
    const f = { regular: join(base, 'LiberationSans-Regular.ttf'), bold: join(base, 'LiberationSans-Bold.ttf'), italic: join(base, 'LiberationSans-Italic.ttf') };
    return existsSync(f.regular) && existsSync(f.bold) && existsSync(f.italic) ? f : null;
  } catch {
    return null;
  }
}

interface Block {
  text: string;
  font?: 'regular' | 'bold' | 'italic';
  align?: 'left' | 'center' | 'right' | 'justify';
}

/**
 * Lays blocks out on A4 pages at 11 pt with a running header and a page footer, starting a new
 * page when a block would not fit, until `pages` pages are full. Returns when the file is written.
 */
function render(file: string, title: string, header: string, first: Block[], next: () => Block, pages: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: title }, autoFirstPage: false });
    const f = fonts();
    const face = (k: Block['font'] = 'regular') => (f ? f[k] : { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' }[k]);
    const tmp = file + '.part';
    const out = createWriteStream(tmp);
    out.on('finish', () => {
      renameSync(tmp, file);
      resolve();
    });
    out.on('error', reject);
    doc.pipe(out);
    let page = 0;
    const newPage = () => {
      doc.addPage();
      page++;
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.font(face('italic')).fontSize(9).text(header, 72, 40, { width: 451, lineBreak: false });
      doc
        .font(face())
        .fontSize(9)
        .text(`Page ${page}`, 72, 842 - 50, { width: 451, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
      doc.x = 72;
      doc.y = 72;
    };
    const put = (b: Block) => {
      doc.font(face(b.font)).fontSize(11);
      const opts = { width: 451, align: b.align ?? 'justify', lineGap: 1.5, paragraphGap: 7 } as const;
      if (doc.y + doc.heightOfString(b.text, opts) > 842 - 72) {
        if (page >= pages) return false;
        newPage();
      }
      doc.text(b.text, 72, doc.y, opts);
      return true;
    };
    newPage();
    for (const b of first) put(b);
    while (put(next()));
    doc.end();
  });
}

async function judgment(file: string, w: Words, pages: number): Promise<void> {
  const c = cast(w);
  const o = c.officer;
  const own = `[${w.int(2018, 2024)}] EWHC ${w.int(10, 3999)} (Admin)`;
  const title = `R (${c.force}) v Police Misconduct Panel (${o.abbr} ${o.surname})`;
  const first: Block[] = [
    { text: `Neutral Citation Number: ${own}`, align: 'right' },
    { text: `Case No: AC-${w.int(2019, 2024)}-LON-${String(w.int(1, 9999)).padStart(6, '0')}`, align: 'right' },
    { text: "IN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nADMINISTRATIVE COURT", font: 'bold', align: 'left' },
    { text: `Royal Courts of Justice\nStrand, London, WC2A 2LL\nDate: ${w.date()}`, align: 'right' },
    { text: `Before :\n${w.pick(JUDGES)}`, font: 'bold', align: 'center' },
    {
      text: `Between :\nTHE KING\non the application of\nTHE CHIEF CONSTABLE OF ${c.force.toUpperCase()}    Claimant\n- and -\nPOLICE MISCONDUCT PANEL    Defendant\n- and -\n${o.rank.toUpperCase()} ${o.first.toUpperCase()} ${o.surname.toUpperCase()}    Interested Party`,
      align: 'center',
    },
    { text: `Hearing date: ${w.date()}\nApproved Judgment`, font: 'bold', align: 'center' },
    { text: 'A. INTRODUCTION', font: 'bold', align: 'left' },
  ];
  let n = 0;
  const next = (): Block => {
    n++;
    if (n % 25 === 0)
      return {
        text: `${String.fromCharCode(66 + ((n / 25) % 20))}. ${w.pick(['THE FACTS', 'THE GROUNDS', 'THE LAW', 'DISCUSSION', 'CONCLUSION'])}`,
        font: 'bold',
        align: 'left',
      };
    return { text: paragraph(w, c, n, judgmentSentence) };
  };
  await render(file, title, `Approved Judgment   ${title}`, first, next, pages);
}

async function notice(file: string, w: Words): Promise<void> {
  const c = cast(w);
  const o = c.officer;
  const outcome = w.r() < 0.5;
  const title = outcome ? `Outcome of misconduct hearing: ${o.rank} ${o.surname}` : `Notice of gross misconduct hearing: ${o.rank} ${o.surname}`;
  const std = [w.pick(STANDARDS), w.pick(STANDARDS)];
  const body = outcome
    ? `A misconduct hearing was held on ${w.date()} in respect of ${o.rank} ${o.first} ${o.surname} of ${c.force}, a member of the ${c.unit}. It was alleged that on ${w.date()} the officer's conduct towards ${c.complainant} breached the Standards of Professional Behaviour in respect of ${std[0]} and ${std[1]}. The panel found the allegations proven and determined that they amounted to gross misconduct. Outcome: the officer was ${w.pick(OUTCOMES)}.`
    : `${o.rank} ${o.first} ${o.surname} of ${c.force} is to face a gross misconduct hearing which will take place on ${w.date()} at force headquarters. It is alleged that on ${w.date()} the officer breached the Standards of Professional Behaviour in respect of ${std[0]} and ${std[1]} in dealing with ${c.complainant}. The allegations have not been proven and the officer will respond at the hearing. Members of the public may register to attend.`;
  const filler = () => ({ text: `The hearing is held under the Police (Conduct) Regulations 2020. ${reviewSentence(w, c)} ${reviewSentence(w, c)}` });
  await render(file, title, c.force, [{ text: title, font: 'bold', align: 'left' }, { text: body }], filler, w.int(1, 3));
}

async function review(file: string, w: Words, pages: number): Promise<void> {
  const c = cast(w);
  const title = `Independent Review of Standards of Behaviour and Internal Culture (${c.force})`;
  let n = 0;
  const next = (): Block => {
    n++;
    const fresh = n % 9 === 0 ? cast(w) : c;
    if (n % 40 === 0) return { text: `Chapter ${n / 40 + 1}`, font: 'bold', align: 'left' };
    if (n % 15 === 0) return { text: `Recommendation ${n / 15}: the force should publish the outcome of every misconduct hearing within 28 days.`, font: 'bold' };
    return { text: paragraph(w, fresh, n, reviewSentence) };
  };
  await render(
    file,
    title,
    'Final Report',
    [
      { text: title, font: 'bold', align: 'center' },
      { text: 'Chapter 1', font: 'bold', align: 'left' },
    ],
    next,
    pages,
  );
}

/**
 * Writes the folder's PDFs into `dir` (created if needed). Files already there with the expected
 * names are kept, so a second benchmark run does not pay for generation again.
 */
export async function generateFolder(dir: string, o: FolderOptions = DEFAULT_FOLDER): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const have = new Set(readdirSync(dir));
  const w = new Words(seededRandom(o.seed));
  const files: string[] = [];
  const make = async (name: string, build: (file: string) => Promise<void>) => {
    const file = join(dir, name);
    files.push(file);
    if (!have.has(name)) await build(file);
  };
  // Content draws on one random stream in a fixed order, so every file's bytes depend only on the options.
  for (let i = 0; i < o.judgments; i++) {
    const pages = w.int(o.minPages, o.maxPages);
    const seed = Math.floor(w.r() * 2 ** 32);
    await make(`judgment-${String(i + 1).padStart(4, '0')}-${pages}p.pdf`, (f) => judgment(f, new Words(seededRandom(seed)), pages));
  }
  for (let i = 0; i < o.notices; i++) {
    const seed = Math.floor(w.r() * 2 ** 32);
    await make(`notice-${String(i + 1).padStart(4, '0')}.pdf`, (f) => notice(f, new Words(seededRandom(seed))));
  }
  if (o.reviewPages > 0) await make(`review-${o.reviewPages}p.pdf`, (f) => review(f, new Words(seededRandom(o.seed * 7919)), o.reviewPages));
  return files;
}

function flag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** The folder a given set of options is cached in: names carry the options, so they never mix. */
export function folderName(o: FolderOptions): string {
  return `ingest-bench-v2-j${o.judgments}-n${o.notices}-r${o.reviewPages}-p${o.minPages}-${o.maxPages}-s${o.seed}`;
}

export function folderOptions(args: string[]): FolderOptions {
  return {
    judgments: flag(args, '--judgments', DEFAULT_FOLDER.judgments),
    notices: flag(args, '--notices', DEFAULT_FOLDER.notices),
    reviewPages: flag(args, '--review', DEFAULT_FOLDER.reviewPages),
    minPages: flag(args, '--min-pages', DEFAULT_FOLDER.minPages),
    maxPages: flag(args, '--max-pages', DEFAULT_FOLDER.maxPages),
    seed: flag(args, '--seed', DEFAULT_FOLDER.seed),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write(
      'usage: node dist/bench/generate-ingest-folder.js DIR [--judgments N] [--notices N] [--review PAGES] [--min-pages N] [--max-pages N] [--seed N]\n',
    );
    process.exit(2);
  }
  const t0 = performance.now();
  const files = await generateFolder(dir, folderOptions(rest));
  process.stderr.write(`${files.length} PDFs in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)}s)\n`);
}
