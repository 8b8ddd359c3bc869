import { createHash } from 'node:crypto';
import type { Graph } from '../src/graph/driver.js';
import { migrate } from '../src/graph/migrate.js';
import { forgetStatisticsBuild } from '../src/graph/write/aggregates.js';
import { fileProceedings, RECOMPUTE_STALE_TALLIES } from '../src/graph/sanctionTallies.js';
import { joinPages, termCounts } from '../src/graph/rulingTerms.js';
import { firstNamesKey, surnameKey } from '../src/domain/names.js';
import { seededRandom } from '../tests/fixtures/seededRandom.js';

/**
 * A synthetic graph of UK scale in the shape ingest/write.ts writes: forces, units, officers with
 * their mentions and resolutions, documents with short pages, proceedings with allegations and
 * outcomes (and the kinds of outcome each proceeding keeps, and its sanction tallies), complainants, judgments reporting and
 * citing cases with the treatment their words give (and a ruling's terms, as the writer stores them), the decision below, appeals to the Court of
 * Appeal, reviews of proceedings. Everything is
 * derived from a seeded generator, so the same scale always gives the same graph and the benchmark
 * can name officers, units and cases without asking the database.
 *
 * Misconduct "matters" drive it: one incident, its hearing notice (two in three), its outcome (two in
 * three) and, for some outcomes, a judicial review. A notice and an outcome of one matter mention the
 * same officers, as they would after resolution, and record one proceeding, as ingest records them.
 * Left out: paragraphs, and the sections, recommendations and findings of reviews, which no
 * benchmarked query reads.
 */

export interface Scale {
  officers: number;
  units: number;
  matters: number;
  /** Stand-alone review documents (not about one matter). */
  reviews: number;
  /** Cases that are only ever cited (stubs), beside those the judgments report. */
  stubCases: number;
}

export const UK_SCALE: Scale = { officers: 100_000, units: 1_000, matters: 30_000, reviews: 2_000, stubCases: 12_000 };

/** Bumped whenever the generator's output changes, so an old bench database is regenerated. */
export const GENERATOR_VERSION = 10;

export function scaleSignature(scale: Scale): string {
  return JSON.stringify({ v: GENERATOR_VERSION, ...scale });
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** The 43 territorial forces of England and Wales, weighted by approximate officer strength (hundreds). */
export const FORCES: readonly [string, number][] = [
  ['Metropolitan Police Service', 340],
  ['City of London Police', 10],
  ['Avon and Somerset Constabulary', 32],
  ['Bedfordshire Police', 14],
  ['Cambridgeshire Constabulary', 17],
  ['Cheshire Constabulary', 23],
  ['Cleveland Police', 15],
  ['Cumbria Constabulary', 13],
  ['Derbyshire Constabulary', 20],
  ['Devon and Cornwall Police', 35],
  ['Dorset Police', 13],
  ['Durham Constabulary', 12],
  ['Dyfed-Powys Police', 12],
  ['Essex Police', 37],
  ['Gloucestershire Constabulary', 12],
  ['Greater Manchester Police', 75],
  ['Gwent Police', 15],
  ['Hampshire and Isle of Wight Constabulary', 35],
  ['Hertfordshire Constabulary', 22],
  ['Humberside Police', 22],
  ['Kent Police', 40],
  ['Lancashire Constabulary', 33],
  ['Leicestershire Police', 23],
  ['Lincolnshire Police', 12],
  ['Merseyside Police', 40],
  ['Norfolk Constabulary', 19],
  ['North Wales Police', 16],
  ['North Yorkshire Police', 16],
  ['Northamptonshire Police', 14],
  ['Northumbria Police', 37],
  ['Nottinghamshire Police', 23],
  ['South Wales Police', 34],
  ['South Yorkshire Police', 30],
  ['Staffordshire Police', 18],
  ['Suffolk Constabulary', 14],
  ['Surrey Police', 22],
  ['Sussex Police', 30],
  ['Thames Valley Police', 48],
  ['Warwickshire Police', 10],
  ['West Mercia Police', 25],
  ['West Midlands Police', 70],
  ['West Yorkshire Police', 58],
  ['Wiltshire Police', 11],
];

const UNIT_BASES = [
  'Response Team',
  'Territorial Support Group',
  'Criminal Investigation Department',
  'Roads Policing Unit',
  'Dog Support Unit',
  'Public Protection Unit',
  'Child Abuse Investigation Team',
  'Domestic Abuse Unit',
  'Neighbourhood Policing Team',
  'Custody Command',
  'Firearms Command',
  'Professional Standards Department',
  'Major Crime Team',
  'Safer Neighbourhood Team',
  'Economic Crime Unit',
  'Serious Organised Crime Unit',
  'Counter Terrorism Unit',
  'Intelligence Unit',
  'Operational Support Unit',
  'Mounted Branch',
];

const FIRST_NAMES = [
  'James',
  'John',
  'David',
  'Michael',
  'Paul',
  'Mark',
  'Andrew',
  'Richard',
  'Daniel',
  'Thomas',
  'Christopher',
  'Matthew',
  'Robert',
  'Stephen',
  'Peter',
  'Simon',
  'Gareth',
  'Liam',
  'Ryan',
  'Adam',
  'Sarah',
  'Emma',
  'Claire',
  'Laura',
  'Rachel',
  'Rebecca',
  'Helen',
  'Lisa',
  'Nicola',
  'Hannah',
  'Sophie',
  'Amy',
  'Kelly',
  'Joanne',
  'Victoria',
  'Charlotte',
  'Samantha',
  'Jessica',
  'Louise',
  'Katherine',
  'Mohammed',
  'Ali',
  'Priya',
  'Sunil',
  'Aisha',
  'Kwame',
  'Chloe',
  'Owen',
  'Rhys',
  'Ewan',
];

export const SURNAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Johnson',
  'Roberts',
  'Robinson',
  'Thompson',
  'Wright',
  'Walker',
  'White',
  'Edwards',
  'Hughes',
  'Green',
  'Hall',
  'Lewis',
  'Harris',
  'Clarke',
  'Patel',
  'Jackson',
  'Wood',
  'Turner',
  'Martin',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harrison',
  'Morgan',
  'Allen',
  'James',
  'Scott',
  'Phillips',
  'Watson',
  'Davis',
  'Parker',
  'Price',
  'Bennett',
  'Young',
  'Griffiths',
  'Mitchell',
  'Kelly',
  'Cook',
  'Carter',
  'Richardson',
  'Bailey',
  'Collins',
  'Bell',
  'Shaw',
  'Murphy',
  'Miller',
  'Cox',
  'Richards',
  'Khan',
  'Marshall',
  'Anderson',
  'Simpson',
  'Ellis',
  'Adams',
  'Singh',
  'Begum',
  'Wilkinson',
  'Foster',
  'Chapman',
  'Powell',
  'Webb',
  'Rogers',
  'Gray',
  'Mason',
  'Ali',
  'Hunt',
  'Hussain',
  'Campbell',
  'Matthews',
  'Owen',
  'Palmer',
  'Holmes',
  'Mills',
  'Barnes',
  'Knight',
  'Lloyd',
  'Butler',
  'Russell',
  'Barker',
  'Fisher',
  'Stevens',
  'Jenkins',
  'Murray',
  'Dixon',
  'Harvey',
  'Graham',
  'Pearson',
  'Ahmed',
  'Fletcher',
  'Walsh',
  'Kaur',
  'Gibson',
  'Howard',
  'Andrews',
  'Stewart',
  'Elliott',
  'Reynolds',
  'Saunders',
  'Payne',
  'Fox',
  'Ford',
  'Pearce',
  'Day',
  'Brooks',
  'West',
  'Lawrence',
  'Cole',
  'Atkinson',
  'Bradley',
  'Spencer',
  'Gill',
  'Dawson',
  'Ball',
  'Burton',
  'Hallam',
  'Okafor',
  'Nowak',
  'Kowalski',
  'Osei',
  'Mensah',
  'Quinn',
  'Doyle',
  'Byrne',
  'Gallagher',
  'Kennedy',
  'Hayes',
  'Reid',
  'Fraser',
  'Hamilton',
  'Duncan',
  'Ferguson',
  'Sutherland',
];

const RANKS: readonly [string, string, number][] = [
  ['Police Constable', 'PC', 55],
  ['Detective Constable', 'DC', 8],
  ['Police Sergeant', 'PS', 12],
  ['Detective Sergeant', 'DS', 5],
  ['Inspector', 'Insp', 6],
  ['Detective Inspector', 'DI', 2],
  ['Chief Inspector', 'CI', 2],
  ['Superintendent', 'Supt', 1],
  ['Police Community Support Officer', 'PCSO', 6],
  ['Special Constable', 'SC', 3],
];

const STANDARDS: readonly [string, number][] = [
  ['Honesty and Integrity', 20],
  ['Authority, Respect and Courtesy', 12],
  ['Equality and Diversity', 8],
  ['Use of Force', 8],
  ['Orders and Instructions', 7],
  ['Duties and Responsibilities', 12],
  ['Confidentiality', 7],
  ['Fitness for Work', 3],
  ['Discreditable Conduct', 20],
  ['Challenging and Reporting Improper Conduct', 3],
];

const FINDINGS: readonly [string, number][] = [
  ['gross_misconduct', 35],
  ['misconduct', 30],
  ['not_proven', 20],
  ['no_case_to_answer', 5],
  ['practice_requiring_improvement', 10],
];

const CONDUCT = [
  'sent messages of a sexual nature to a member of the public met in the course of duty',
  'used excessive force during an arrest',
  'accessed police systems without a policing purpose',
  'failed to declare a business interest',
  'made discriminatory remarks to colleagues',
  'drove a police vehicle dangerously in pursuit',
  'was dishonest in a witness statement',
  'failed to record a crime reported by a victim',
  'formed an inappropriate relationship with a vulnerable witness',
  'disclosed confidential information to a journalist',
  'attended work unfit through alcohol',
  'failed to challenge the conduct of a colleague in custody',
  'was convicted of assault off duty',
  'shared offensive images in a WhatsApp group',
  'submitted false overtime claims',
  'made a false statement about the reasons for a stop and search',
];

const WORDS = (
  'panel appropriate authority regulation standards professional behaviour evidence witness statement body worn video footage custody ' +
  'suite detention arrest caution interview disclosure misconduct gross finding sanction mitigation aggravating factors seriousness ' +
  'culpability harm public confidence proportionality reflective practice outcome dismissal warning legally qualified chair independent ' +
  'member complainant allegation investigation IOPC directed referral report vetting integrity candour dishonesty vulnerable victim ' +
  'safeguarding domestic abuse radio log computer system misuse data protection social media messages colleague supervisor duty shift ' +
  'briefing attendance sickness probation student officer tutor pursuit vehicle collision taser deployment handcuffs restraint ' +
  'proportionate necessary reasonable belief honest mistake credibility reliability submissions representative Police Federation ' +
  'counsel tribunal judicial review permission claimant defendant interested party rationality irrationality Wednesbury procedural ' +
  'fairness bias apparent legitimate expectation remittal quashed reconsideration appeal hearing accelerated special case notice'
).split(' ');

const LEGISLATION = ['Police (Conduct) Regulations 2020', 'Police Reform Act 2002', 'Police Act 1996', 'Equality Act 2010', 'Human Rights Act 1998'];

/** One High Court judgment in this many is appealed to the Court of Appeal. */
const APPEALED = 8;
/** One case in this many is treated negatively by some of the rulings citing it. */
const WEAK_EVERY = 15;
/** The share of a weak case's citations that treat it negatively. */
const NEGATIVE_SHARE = 0.35;

/**
 * How a ruling words its use of an authority, with the treatment ingest reads from those words
 * (ingest/extract/judgment/treatmentWords.ts) and how often each occurs among citations of a case
 * nobody doubts. `c` is the citation with its pin, `rest` a clause of filler.
 */
const TREATED: readonly [treatment: string, weight: number, words: string | null, sentence: (c: string, rest: string) => string][] = [
  ['mentioned', 55, null, (c, rest) => `As was said in ${c}, ${rest}`],
  ['applied', 12, 'Applying', (c, rest) => `Applying ${c}, ${rest}`],
  ['followed', 8, 'Following', (c, rest) => `Following ${c}, ${rest}`],
  ['considered', 9, 'Having regard to', (c, rest) => `Having regard to ${c}, ${rest}`],
  ['distinguished', 12, 'is distinguishable', (c, rest) => `${c} is distinguishable: ${rest}`],
  ['approved', 4, 'was approved', (c, rest) => `The reasoning in ${c} was approved on appeal and ${rest}`],
];
const NEGATIVE: typeof TREATED = [
  ['doubted', 5, 'has been doubted', (c, rest) => `The reasoning in ${c} has been doubted and ${rest}`],
  ['not_followed', 3, 'decline to follow', (c, rest) => `I decline to follow ${c}, since ${rest}`],
  ['overruled', 2, 'was overruled', (c, rest) => `${c} was overruled and ${rest}`],
];

const DECISIONS_BELOW: readonly [body: string, weight: number][] = [
  ['misconduct panel', 6],
  ['police appeals tribunal', 3],
  ['chief officer', 1],
];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness and ids
// ---------------------------------------------------------------------------------------------

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
function weighted<T>(r: Rand, xs: readonly (readonly [T, ...unknown[]])[], weightAt: number): T {
  const total = xs.reduce((s, x) => s + (x[weightAt] as number), 0);
  let u = r() * total;
  for (const x of xs) {
    u -= x[weightAt] as number;
    if (u < 0) return x[0];
  }
  return xs[xs.length - 1]![0];
}

const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Ids look like ingest's: documents are SHA-256 hex, officers 20 hex characters. */
export const officerId = (i: number) => hex(`bench-officer-${i}`, 20);
export const documentId = (i: number) => hex(`bench-document-${i}`, 64);

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The plan: forces, units, officers, matters and cases, all in memory (small), before any text
// ---------------------------------------------------------------------------------------------

interface Officer {
  id: string;
  name: string | null;
  label: string | null;
  rank: string;
  rankText: string;
  warrantNumber: string | null;
  force: string;
  former: boolean;
  unit: string | null;
}

interface Matter {
  index: number;
  force: string;
  officers: number[];
  subjects: number[];
  incident: string;
  hearing: string;
  decision: string;
  conduct: string;
  allegations: { subject: number; standard: string; finding: string }[];
  notice: boolean;
  outcome: boolean;
  judgment: boolean;
  complainant: string | null;
}

export interface Plan {
  scale: Scale;
  units: { id: string; name: string; force: string }[];
  officers: Officer[];
  matters: Matter[];
  /** Every case citation: the judgments' own first, then stubs. */
  cases: string[];
  /** Citation reported by the judgment of matter i. */
  ownCitation: Map<number, string>;
  /** Citation of the Court of Appeal's ruling on the High Court's judgment of matter i, for the matters appealed. */
  appealCitation: Map<number, string>;
  /** Cases later rulings treat negatively (doubt, decline to follow, overrule); the others are never. */
  weak: Set<string>;
}

/** Units per force in proportion to strength (largest remainder), at least one each. */
function unitsPerForce(total: number): number[] {
  const weight = FORCES.reduce((s, f) => s + f[1], 0);
  const share = FORCES.map((f) => Math.max(1, (total - FORCES.length) * (f[1] / weight)));
  const counts = share.map((s) => Math.floor(s) + 1);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = share.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) counts[order[k]![1]]!++;
  return counts;
}

export function plan(scale: Scale): Plan {
  const r = seededRandom(20_260_101);
  const units: Plan['units'] = [];
  const unitsOf = new Map<string, string[]>();
  unitsPerForce(scale.units).forEach((n, f) => {
    const force = FORCES[f]![0];
    const names = Array.from(
      { length: n },
      (_, j) => `${UNIT_BASES[j % UNIT_BASES.length]}${j >= UNIT_BASES.length ? ' ' + (Math.floor(j / UNIT_BASES.length) + 1) : ''}`,
    );
    unitsOf.set(force, names);
    for (const name of names) units.push({ id: `${force}/${name}`, name, force });
  });

  const officers: Officer[] = [];
  const newOfficer = (force: string): number => {
    const i = officers.length;
    const [rank, rankText] = weighted(
      r,
      RANKS.map((x) => [[x[0], x[1]] as const, x[2]] as const),
      1,
    );
    // Panels sometimes order anonymity; a labelled officer is never joined across documents.
    const labelled = r() < 0.02;
    officers.push({
      id: officerId(i),
      name: labelled ? null : `${pick(r, FIRST_NAMES)} ${pick(r, SURNAMES)}`,
      label: labelled ? `${rankText} ${String.fromCharCode(65 + (i % 26))}` : null,
      rank,
      rankText,
      warrantNumber: r() < 0.4 ? String(int(r, 1000, 999_999)) : null,
      force,
      former: r() < 0.15,
      unit: r() < 0.6 ? pick(r, unitsOf.get(force)!) : null,
    });
    return i;
  };

  const matters: Matter[] = [];
  for (let m = 0; m < scale.matters; m++) {
    const force = weighted(r, FORCES, 1);
    // New officers until the target is reached; after that, and one slot in ten throughout, a
    // repeat officer (the same person in a second matter).
    const slots = int(r, 1, 6);
    const ids: number[] = [];
    for (let s = 0; s < slots; s++) {
      const repeat = officers.length >= scale.officers || (officers.length > 100 && r() < 0.1);
      const o = repeat ? int(r, 0, officers.length - 1) : newOfficer(force);
      if (!ids.includes(o)) ids.push(o);
    }
    const subjects = ids.slice(0, Math.max(1, Math.round(ids.length * 0.7)));
    // Incidents 2012-2021, so hearings, decisions and the reviews of them all fall before 2026.
    const incident = addDays('2012-01-01', int(r, 0, 3650));
    const hearing = addDays(incident, int(r, 150, 900));
    const decision = r() < 0.8 ? addDays(hearing, int(r, 0, 30)) : hearing;
    const allegations = subjects.flatMap((subject) =>
      Array.from({ length: int(r, 1, 6) }, () => ({ subject, standard: weighted(r, STANDARDS, 1), finding: weighted(r, FINDINGS, 1) })),
    );
    const kind = m % 3;
    matters.push({
      index: m,
      force,
      officers: ids,
      subjects,
      incident,
      hearing,
      decision,
      conduct: pick(r, CONDUCT),
      allegations,
      notice: kind !== 2,
      outcome: kind !== 0,
      judgment: kind !== 0 && m % 5 < 2,
      complainant: r() < 0.5 ? `Complainant ${hex(`complainant-${int(r, 0, scale.matters)}`, 6).toUpperCase()}` : null,
    });
  }
  // Too few slots for the target: the rest join the last matters as further officers.
  for (let m = matters.length - 1; officers.length < scale.officers; m = m > 0 ? m - 1 : matters.length - 1) {
    matters[m]!.officers.push(newOfficer(matters[m]!.force));
  }

  const ownCitation = new Map<number, string>();
  const cases: string[] = [];
  for (const m of matters) {
    if (!m.judgment) continue;
    const c = `[${m.decision.slice(0, 4)}] EWHC ${1000 + cases.length} (Admin)`;
    ownCitation.set(m.index, c);
    cases.push(c);
  }
  // One High Court judgment in APPEALED goes on to the Court of Appeal, a year or so later.
  const appealCitation = new Map<number, string>();
  let judgments = 0;
  for (const m of matters) {
    if (!m.judgment || judgments++ % APPEALED !== APPEALED - 1) continue;
    const c = `[${Number(m.decision.slice(0, 4)) + 1}] EWCA Civ ${2000 + appealCitation.size}`;
    appealCitation.set(m.index, c);
    cases.push(c);
  }
  for (let i = 0; i < scale.stubCases; i++) {
    const y = 1950 + (i % 74);
    cases.push(i % 4 === 0 ? `[${y}] UKHL ${i}` : i % 4 === 1 ? `[${y}] EWCA Civ ${i}` : i % 4 === 2 ? `[${y}] 1 WLR ${i}` : `[${y}] EWHC ${i} (QB)`);
  }
  const weak = new Set(cases.filter((_, i) => i % WEAK_EVERY === WEAK_EVERY - 1));
  return { scale, units, officers, matters, cases, ownCitation, appealCitation, weak };
}

// ---------------------------------------------------------------------------------------------
// Documents and their facts, one batch of matters at a time
// ---------------------------------------------------------------------------------------------

interface Span {
  page: number;
  start: number;
  end: number;
  quote: string;
}

/** Appends sentences to short pages and remembers where each fact was written. */
class Pages {
  readonly pages: string[] = [''];
  constructor(private readonly max: number) {}
  add(sentence: string): Span {
    let cur = this.pages[this.pages.length - 1]!;
    if (cur.length > 0 && cur.length + sentence.length > this.max) {
      this.pages.push('');
      cur = '';
    }
    const start = cur.length === 0 ? 0 : cur.length + 1;
    this.pages[this.pages.length - 1] = cur.length === 0 ? sentence : `${cur} ${sentence}`;
    return { page: this.pages.length, start, end: start + sentence.length, quote: sentence.slice(0, 160) };
  }
}

function filler(r: Rand): string {
  const n = int(r, 8, 16);
  const words = Array.from({ length: n }, () => pick(r, WORDS));
  return words[0]!.charAt(0).toUpperCase() + words.join(' ').slice(1) + '.';
}

const OUTCOME_FOR_GROSS: readonly [string, number][] = [
  ['dismissed_without_notice', 55],
  ['final_written_warning', 25],
  ['reduction_in_rank', 10],
  ['written_warning', 10],
];
const OUTCOME_FOR_MISCONDUCT: readonly [string, number][] = [
  ['written_warning', 45],
  ['final_written_warning', 25],
  ['management_advice', 30],
];

const display = (o: Officer) => o.label ?? `${o.rankText} ${o.name}`;

interface DocRow {
  id: string;
  file: string;
  title: string;
  kind: string;
  force: string | null;
  pages: string[];
  incident: string | null;
  hearing: string | null;
  decision: string | null;
  ingestedAt: string;
  neutralCitation: string | null;
  court: string | null;
  jrResult: string | null;
  caseNumbers: string[];
  judges: string[];
  /** The decision under challenge, as a judgment describes it. */
  below: Record<string, unknown> | null;
}

interface ProcRow {
  docId: string;
  procId: string;
  force: string;
  incident: string;
  hearing: string | null;
  decision: string | null;
  labels: string[];
  mentions: Record<string, unknown>[];
  allegations: Record<string, unknown>[];
  outcomes: Record<string, unknown>[];
  complainants: Record<string, unknown>[];
}

interface Batch {
  docs: DocRow[];
  procs: ProcRow[];
  memberships: Record<string, unknown>[];
  unitRefs: Record<string, unknown>[];
  judgments: Record<string, unknown>[];
  reviews: Record<string, unknown>[];
}

function emptyBatch(): Batch {
  return { docs: [], procs: [], memberships: [], unitRefs: [], judgments: [], reviews: [] };
}

/** Heavily skewed towards the first cases: a few authorities are cited everywhere, most rarely. */
function citedCase(r: Rand, p: Plan, not: string | undefined): string {
  for (;;) {
    const c = p.cases[Math.floor(p.cases.length * r() ** 2)]!;
    if (c !== not) return c;
  }
}

class DocumentMaker {
  private docCount = 0;
  private readonly membershipWritten = new Set<number>();
  constructor(
    private readonly p: Plan,
    private readonly r: Rand,
  ) {}

  nextDocIndex(): number {
    return this.docCount++;
  }

  private ingestedAt(): string {
    return new Date(Date.parse('2024-01-01T00:00:00Z') + Math.floor(this.r() * 730 * 86_400_000)).toISOString();
  }

  private mentionsAndUnits(b: Batch, docId: string, pages: Pages, m: Matter, who: number[]): Record<string, unknown>[] {
    return who.map((oi, k) => {
      const o = this.p.officers[oi]!;
      const unitText = o.unit ? ` of the ${o.unit}` : '';
      const s = pages.add(`${display(o)}${o.warrantNumber ? ` (warrant number ${o.warrantNumber})` : ''}${unitText}, ${o.force}.`);
      if (o.unit && !this.membershipWritten.has(oi)) {
        this.membershipWritten.add(oi);
        b.memberships.push({ officerId: o.id, unitId: `${o.force}/${o.unit}`, docId, asOf: m.incident, page: s.page, quote: s.quote });
        b.unitRefs.push({ docId, unitId: `${o.force}/${o.unit}`, ...s });
      }
      return {
        id: `${docId}#m${k}`,
        officerId: o.id,
        name: o.name,
        label: o.label,
        rank: o.rank,
        rankText: o.rankText,
        warrantNumber: o.warrantNumber,
        former: o.former,
        force: o.force,
        unit: o.unit,
        score: oi === m.officers[0] ? 1 : 0.9,
        reasons: oi === m.officers[0] ? ['first mention'] : ['same surname', 'same force', 'first names agree'],
        ...s,
      };
    });
  }

  matterDocs(b: Batch, m: Matter): void {
    const r = this.r;
    // As ingest does it: a notice and the outcome of the same hearing record one proceeding.
    let hearingProc: string | null = null;
    const subjectOfficer = this.p.officers[m.subjects[0]!]!;
    for (const kind of ['hearing_notice', 'hearing_outcome', 'judgment'] as const) {
      if ((kind === 'hearing_notice' && !m.notice) || (kind === 'hearing_outcome' && !m.outcome) || (kind === 'judgment' && !m.judgment)) continue;
      const i = this.nextDocIndex();
      const id = documentId(i);
      const pages = new Pages(int(r, 350, 600));
      const judgment = kind === 'judgment';
      const judgmentDate = addDays(m.decision, 120 + (m.index % 400));
      const own = this.p.ownCitation.get(m.index);
      pages.add(
        kind === 'hearing_notice'
          ? `Notice of misconduct hearing. ${m.force}.`
          : kind === 'hearing_outcome'
            ? `Outcome of misconduct hearing held on ${m.hearing}. ${m.force}.`
            : `Neutral Citation Number: ${own}. In the High Court of Justice, King's Bench Division, Administrative Court. R (on the application of ${display(subjectOfficer)}) v Chief Constable of ${m.force}.`,
      );
      const who = judgment ? m.subjects : m.officers;
      const mentions = this.mentionsAndUnits(b, id, pages, m, who);
      pages.add(`It is alleged that on ${m.incident} ${display(subjectOfficer)} ${m.conduct}.`);
      for (let k = 0; k < int(r, 1, 3); k++) pages.add(filler(r));
      const allegations: Record<string, unknown>[] = [];
      const outcomes: Record<string, unknown>[] = [];
      if (!judgment) {
        m.allegations.forEach((a, k) => {
          const o = this.p.officers[a.subject]!;
          const finding = kind === 'hearing_outcome' ? a.finding : null;
          const s = pages.add(
            finding
              ? `The panel found the allegation that ${display(o)} breached the standard of ${a.standard} ${finding === 'not_proven' || finding === 'no_case_to_answer' ? 'not proven' : `proven, amounting to ${finding.replace(/_/g, ' ')}`}.`
              : `This is alleged to be a breach of the Standards of Professional Behaviour in respect of ${a.standard}.`,
          );
          allegations.push({ id: `${id}#a${k}`, officerId: o.id, standard: a.standard, finding, ...s });
        });
        if (kind === 'hearing_outcome') {
          m.subjects.forEach((oi, k) => {
            const findings = m.allegations.filter((a) => a.subject === oi).map((a) => a.finding);
            const table = findings.includes('gross_misconduct') ? OUTCOME_FOR_GROSS : findings.includes('misconduct') ? OUTCOME_FOR_MISCONDUCT : null;
            if (!table) return;
            const o = this.p.officers[oi]!;
            let outcome = weighted(r, table, 1);
            if (outcome === 'dismissed_without_notice' && o.former) outcome = 'would_have_been_dismissed';
            const s = pages.add(
              `${display(o)} ${outcome === 'would_have_been_dismissed' ? 'would have been dismissed had they not resigned' : `received the outcome ${outcome.replace(/_/g, ' ')}`}.`,
            );
            outcomes.push({ id: `${id}#o${k}`, officerId: o.id, outcome, ...s });
          });
        } else {
          pages.add(`The hearing will take place on ${m.hearing} and will be held in public.`);
        }
      }
      const complainants: Record<string, unknown>[] = [];
      if (m.complainant && !judgment) {
        const s = pages.add(`The complaint was made by ${m.complainant}.`);
        complainants.push({ pseudonym: m.complainant, page: s.page, quote: s.quote });
      }
      if (judgment) {
        const cites = this.treatedCitations(pages, own, int(r, 6, 14));
        const legislation = [LEGISLATION[0]!, pick(r, LEGISLATION)].map((name) => {
          const provision = `reg ${int(r, 1, 60)}`;
          const s = pages.add(`Under ${provision} of the ${name} the panel must give reasons.`);
          return { name, provision, text: `${provision} of the ${name}`, ...s };
        });
        pages.add(`For these reasons the claim is ${m.index % 3 === 0 ? 'allowed and the decision quashed' : 'dismissed'}.`);
        const parties = [
          {
            key: subjectOfficer.label ? `${id}#${display(subjectOfficer).toLowerCase()}` : display(subjectOfficer).toLowerCase(),
            name: display(subjectOfficer),
            label: !!subjectOfficer.label,
            role: 'claimant',
          },
          { key: `chief constable of ${m.force.toLowerCase()}`, name: `Chief Constable of ${m.force}`, label: false, role: 'defendant' },
        ];
        b.judgments.push({ docId: id, citation: own, court: 'EWHC', cites, legislation, parties, appealFrom: null });
        if (hearingProc && m.outcome) b.reviews.push({ docId: id, procId: hearingProc, officerId: subjectOfficer.id, confidence: 0.9 });
      }
      const below = judgment ? this.decisionBelow(pages, m) : null;
      b.docs.push({
        id,
        file: `${kind}-${i}.pdf`,
        title: judgment
          ? `R (${display(subjectOfficer)}) v Chief Constable of ${m.force} ${own}`
          : `${kind === 'hearing_notice' ? 'Misconduct hearing notice' : 'Misconduct hearing outcome'}: ${display(subjectOfficer)} (${m.force})`,
        kind,
        force: m.force,
        pages: pages.pages,
        incident: m.incident,
        hearing: judgment ? null : m.hearing,
        decision: kind === 'hearing_outcome' ? m.decision : judgment ? judgmentDate : null,
        ingestedAt: this.ingestedAt(),
        neutralCitation: judgment ? (own ?? null) : null,
        court: judgment ? 'EWHC' : null,
        jrResult: judgment ? (m.index % 3 === 0 ? 'quashed' : 'dismissed') : null,
        caseNumbers: judgment ? [`AC-${m.decision.slice(0, 4)}-LON-${String(m.index).padStart(6, '0')}`] : [],
        judges: judgment ? [pick(r, ['Mr Justice Chamberlain', 'Mrs Justice Lang', 'Mr Justice Swift', 'Mr Justice Fordham', 'HHJ Jarman KC'])] : [],
        below,
      });
      if (judgment && own) this.appeal(b, m, own, judgmentDate, subjectOfficer);
      const procId = judgment ? `${id}#proceeding` : (hearingProc ??= `${id}#proceeding`);
      b.procs.push({
        docId: id,
        procId,
        force: m.force,
        incident: m.incident,
        hearing: judgment ? null : m.hearing,
        decision: kind === 'hearing_outcome' ? m.decision : judgment ? judgmentDate : null,
        labels: m.complainant || judgment ? [] : ['Ms A'],
        mentions,
        allegations,
        outcomes,
        complainants,
      });
    }
  }

  review(b: Batch, n: number): void {
    const r = this.r;
    const i = this.nextDocIndex();
    const id = documentId(i);
    const force = weighted(r, FORCES, 1);
    const pages = new Pages(int(r, 350, 600));
    pages.add(`Review of professional standards in ${force}.`);
    const unitsHere = this.p.units.filter((u) => u.force === force);
    for (let k = 0; k < int(r, 1, 3); k++) {
      const u = pick(r, unitsHere);
      const s = pages.add(`Officers of the ${u.name} were interviewed about the culture of the team.`);
      b.unitRefs.push({ docId: id, unitId: u.id, ...s });
    }
    for (let k = 0; k < int(r, 8, 20); k++) pages.add(filler(r));
    const cites = Array.from({ length: int(r, 2, 4) }, () => {
      const c = citedCase(r, this.p, undefined);
      const s = pages.add(`See ${c}.`);
      return { citation: c, text: c, pin: null, paragraph: null, type: 'neutral', ...s };
    });
    b.judgments.push({ docId: id, citation: null, court: null, cites, legislation: [], parties: [], appealFrom: null });
    b.docs.push({
      id,
      file: `review-${n}.pdf`,
      title: `Review of professional standards in ${force} (${n})`,
      kind: 'review',
      force,
      pages: pages.pages,
      incident: null,
      hearing: null,
      decision: addDays('2016-01-01', int(r, 0, 3300)),
      ingestedAt: this.ingestedAt(),
      neutralCitation: null,
      court: null,
      jrResult: null,
      caseNumbers: [],
      judges: [],
      below: null,
    });
  }

  /** Citations each worded with its treatment; a weak case is treated negatively in some of them. */
  private treatedCitations(pages: Pages, own: string | undefined, n: number): Record<string, unknown>[] {
    const r = this.r;
    return Array.from({ length: n }, (_, k) => {
      const c = citedCase(r, this.p, own);
      const pin = `at [${int(r, 1, 120)}]`;
      const table = this.p.weak.has(c) && r() < NEGATIVE_SHARE ? NEGATIVE : TREATED;
      const chosen = weighted(r, table, 1);
      const [treatment, , words, sentence] = table.find((t) => t[0] === chosen)!;
      const s = pages.add(sentence(`${c} ${pin}`, filler(r).toLowerCase()));
      return {
        citation: c,
        text: c,
        pin,
        paragraph: 10 + k,
        type: c.includes('EWHC') || c.includes('EWCA') || c.includes('UKHL') ? 'neutral' : 'law_report',
        ...s,
        treatment,
        treatmentWords: words,
        treatmentPage: s.page,
        treatmentStart: s.start,
        treatmentEnd: s.end,
        treatmentQuote: s.quote,
      };
    });
  }

  /** The decision a High Court judgment says was under challenge: a panel, the appeals tribunal after it, or a chief officer. */
  private decisionBelow(pages: Pages, m: Matter): Record<string, unknown> {
    const r = this.r;
    const body = weighted(r, DECISIONS_BELOW, 1);
    const date = body === 'misconduct panel' ? m.decision : addDays(m.decision, int(r, 60, 200));
    const result = body === 'police appeals tribunal' ? 'dismissed' : 'sanction imposed';
    const s = pages.add(`The ${body} decided on ${date} and the claimant now challenges that decision.`);
    return { body, result, date, ...s };
  }

  /** The Court of Appeal's ruling on a High Court judgment: it APPEALS the judgment's case and cites a few authorities of its own. */
  private appeal(b: Batch, m: Matter, highCourt: string, highCourtDate: string, subject: Officer): void {
    const citation = this.p.appealCitation.get(m.index);
    if (!citation) return;
    const r = this.r;
    const id = documentId(this.nextDocIndex());
    const pages = new Pages(int(r, 350, 600));
    const heading = pages.add(
      `Neutral Citation Number: ${citation}. In the Court of Appeal (Civil Division), on appeal from ${highCourt}. ${display(subject)} v Chief Constable of ${m.force}.`,
    );
    for (let k = 0; k < int(r, 2, 5); k++) pages.add(filler(r));
    const cites = this.treatedCitations(pages, citation, int(r, 3, 8));
    const allowed = m.index % 4 === 0;
    pages.add(`For these reasons the appeal is ${allowed ? 'allowed' : 'dismissed'}.`);
    b.judgments.push({
      docId: id,
      citation,
      court: 'EWCA',
      cites,
      legislation: [],
      parties: [],
      appealFrom: { citation: highCourt, page: heading.page, start: heading.start, end: heading.end, quote: heading.quote },
    });
    b.docs.push({
      id,
      file: `appeal-${m.index}.pdf`,
      title: `${display(subject)} v Chief Constable of ${m.force} ${citation}`,
      kind: 'judgment',
      force: m.force,
      pages: pages.pages,
      incident: m.incident,
      hearing: null,
      decision: addDays(highCourtDate, int(r, 200, 420)),
      ingestedAt: this.ingestedAt(),
      neutralCitation: citation,
      court: 'EWCA Civ',
      jrResult: allowed ? 'appeal_allowed' : 'appeal_dismissed',
      caseNumbers: [`CA-${highCourtDate.slice(0, 4)}-${String(m.index).padStart(6, '0')}`],
      judges: [pick(r, ['Lord Justice Bean', 'Lady Justice Macur', 'Lord Justice Holroyde', 'Lady Justice Simler'])],
      below: null,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Writing: UNWIND batches, one transaction per batch, every statement matching by unique key
// ---------------------------------------------------------------------------------------------

const WRITE_FORCES_UNITS = `
  UNWIND $forces AS name CREATE (:Force {name: name})
  WITH count(*) AS _
  UNWIND $units AS u
  MATCH (f:Force {name: u.force})
  CREATE (:Unit {id: u.id, name: u.name})-[:PART_OF]->(f)`;

const WRITE_OFFICERS = `
  UNWIND $rows AS o
  MATCH (f:Force {name: o.force})
  CREATE (off:Officer {id: o.id, name: o.name, label: o.label, surnameKey: o.surnameKey, firstNames: o.firstNames, rank: o.rank,
                       warrantNumber: o.warrantNumber, force: o.force, former: o.former})-[:SERVES_IN]->(f)`;

const WRITE_DOCUMENTS = `
  UNWIND $docs AS x
  CREATE (d:Document {id: x.id, file: x.file, title: x.title, kind: x.kind, kindConfidence: 0.9, force: x.force, status: 'ingested',
                      bytes: 20000 + size(x.pages) * 3000, pageCount: size(x.pages), licence: 'Open Government Licence v3.0', source: 'bench',
                      neutralCitation: x.neutralCitation, court: x.court, jrResult: x.jrResult, caseNumbers: x.caseNumbers, judges: x.judges,
                      incidentDate: x.incident, hearingDate: x.hearing, decisionDate: x.decision, ingestedAt: datetime(x.ingestedAt),
                      decisionBelowBody: x.below.body, decisionBelowResult: x.below.result, decisionBelowDate: x.below.date,
                      decisionBelowPage: x.below.page, decisionBelowStart: x.below.start, decisionBelowEnd: x.below.end, decisionBelowQuote: x.below.quote,
                      terms: x.terms, termCounts: x.termCounts})
  FOREACH (n IN range(1, size(x.pages)) | CREATE (d)-[:HAS_PAGE]->(:Page {id: x.id + '#p' + n, number: n, text: x.pages[n - 1]}))`;

/** MERGE on the proceeding, as a notice and its outcome share one: the first document's values stay, the second adds its decision date. */
const WRITE_PROCEEDINGS = `
  UNWIND $procs AS x
  MATCH (d:Document {id: x.docId})
  MERGE (p:Proceeding {id: x.procId})
  SET p.force = coalesce(p.force, x.force), p.incidentDate = coalesce(p.incidentDate, x.incident),
      p.hearingDate = coalesce(p.hearingDate, x.hearing), p.decisionDate = coalesce(p.decisionDate, x.decision),
      p.complainantLabels = reduce(acc = coalesce(p.complainantLabels, []), r IN x.labels | CASE WHEN r IN acc THEN acc ELSE acc + r END)
  CREATE (d)-[:RECORDS]->(p)
  WITH d, p, x
  CALL (d, p, x) {
    UNWIND x.mentions AS m
    MATCH (o:Officer {id: m.officerId})
    CREATE (d)-[:MENTIONS]->(:OfficerMention {id: m.id, name: m.name, label: m.label, rank: m.rank, rankText: m.rankText,
             warrantNumber: m.warrantNumber, former: m.former, force: m.force, unit: m.unit, page: m.page, start: m.start, end: m.end, quote: m.quote})
           -[:RESOLVED_TO {score: m.score, reasons: m.reasons, method: 'automatic'}]->(o)
    MERGE (p)-[:CONCERNS]->(o)
  }
  CALL (p, x) {
    UNWIND x.allegations AS a
    MATCH (o:Officer {id: a.officerId})
    CREATE (p)-[:HAS_ALLEGATION]->(:Allegation {id: a.id, standard: a.standard, finding: a.finding, docId: x.docId,
             page: a.page, start: a.start, end: a.end, quote: a.quote})-[:AGAINST]->(o)
  }
  CALL (p, x) {
    UNWIND x.outcomes AS r
    MATCH (o:Officer {id: r.officerId})
    CREATE (p)-[:HAS_OUTCOME]->(oc:Outcome {id: r.id, outcome: r.outcome, docId: x.docId, page: r.page, start: r.start, end: r.end, quote: r.quote})
    CREATE (o)-[:RECEIVED]->(oc)
  }
  CALL (p, x) {
    UNWIND x.complainants AS c
    MERGE (co:Complainant {pseudonym: c.pseudonym})
    MERGE (p)-[r:COMPLAINANT]->(co)
    SET r.page = c.page, r.quote = c.quote
  }`;

const WRITE_UNITS = `
  UNWIND $memberships AS r
  MATCH (o:Officer {id: r.officerId}), (u:Unit {id: r.unitId})
  CREATE (o)-[:MEMBER_OF {docId: r.docId, page: r.page, quote: r.quote, from: r.asOf, to: r.asOf, periodStart: r.asOf, periodEnd: r.asOf}]->(u)
  WITH count(*) AS _
  UNWIND $unitRefs AS r
  MATCH (d:Document {id: r.docId}), (u:Unit {id: r.unitId})
  MERGE (d)-[n:NAMES_UNIT]->(u)
  SET n.page = r.page, n.start = r.start, n.end = r.end, n.quote = r.quote`;

/** MERGE on Case, as ingest does: a case cited before its judgment arrives is a stub until then. */
const WRITE_CITATIONS = `
  UNWIND $judgments AS j
  MATCH (d:Document {id: j.docId})
  CALL (d, j) {
    UNWIND CASE WHEN j.citation IS NULL THEN [] ELSE [j.citation] END AS own
    MERGE (c:Case {citation: own})
    SET c.stub = false, c.court = j.court
    CREATE (d)-[:REPORTS]->(c)
  }
  CALL (d, j) {
    UNWIND j.cites AS x
    MERGE (k:Case {citation: x.citation})
    ON CREATE SET k.stub = true, k.type = x.type
    MERGE (d)-[r:CITES {page: x.page, start: x.start}]->(k)
    SET r.text = x.text, r.pin = x.pin, r.paragraph = x.paragraph, r.end = x.end, r.quote = x.quote,
        r.treatment = coalesce(x.treatment, 'mentioned'), r.treatmentWords = x.treatmentWords, r.treatmentPage = coalesce(x.treatmentPage, x.page),
        r.treatmentStart = coalesce(x.treatmentStart, x.start), r.treatmentEnd = coalesce(x.treatmentEnd, x.end), r.treatmentQuote = coalesce(x.treatmentQuote, x.quote)
  }
  CALL (d, j) {
    UNWIND CASE WHEN j.appealFrom IS NULL THEN [] ELSE [j.appealFrom] END AS a
    MERGE (c:Case {citation: a.citation})
    ON CREATE SET c.stub = true
    CREATE (d)-[:APPEALS {method: 'heading', page: a.page, start: a.start, end: a.end, quote: a.quote}]->(c)
  }
  CALL (d, j) {
    UNWIND j.legislation AS l
    MERGE (g:Legislation {name: l.name})
    CREATE (d)-[:REFERS_TO {page: l.page, start: l.start, provision: l.provision, text: l.text, quote: l.quote}]->(g)
  }
  CALL (d, j) {
    UNWIND j.parties AS x
    MERGE (pt:Party {key: x.key})
    ON CREATE SET pt.name = x.name, pt.anonymised = x.label
    CREATE (d)-[:PARTY {role: x.role, name: x.name}]->(pt)
  }
  WITH count(*) AS _
  UNWIND $reviews AS v
  MATCH (d:Document {id: v.docId}), (p:Proceeding {id: v.procId})
  CREATE (d)-[:REVIEWS {officerId: v.officerId, confidence: v.confidence, reasons: ['same officer', 'same force', 'proceeding decided before the ruling']}]->(p)`;

export interface GraphCounts {
  forces: number;
  units: number;
  officers: number;
  documents: number;
  pages: number;
  proceedings: number;
  allegations: number;
  outcomes: number;
  cases: number;
  citations: number;
}

export async function countGraph(graph: Graph): Promise<GraphCounts> {
  const label = async (l: string) => (await graph.read<{ n: number }>(`MATCH (n:${l}) RETURN count(n) AS n`))[0]?.n ?? 0;
  const [citations] = await graph.read<{ n: number }>('MATCH ()-[r:CITES]->() RETURN count(r) AS n');
  return {
    forces: await label('Force'),
    units: await label('Unit'),
    officers: await label('Officer'),
    documents: await label('Document'),
    pages: await label('Page'),
    proceedings: await label('Proceeding'),
    allegations: await label('Allegation'),
    outcomes: await label('Outcome'),
    cases: await label('Case'),
    citations: citations?.n ?? 0,
  };
}

/** Writes the whole graph into an empty database; the schema (constraints) must already be applied. */
/** A ruling's terms as the writer stores them (src/graph/rulingTerms.ts); null for other documents. */
function withTerms(doc: DocRow): DocRow & { terms: string[] | null; termCounts: number[] | null } {
  if (doc.kind !== 'judgment') return { ...doc, terms: null, termCounts: null };
  const { terms, counts } = termCounts(joinPages(doc.pages.map((text, k) => ({ num: k + 1, text }))));
  return { ...doc, terms, termCounts: counts };
}

export async function generateGraph(graph: Graph, scale: Scale, log: (s: string) => void): Promise<GraphCounts> {
  const t0 = performance.now();
  const p = plan(scale);
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)}s`;
  log(`planned ${p.officers.length} officers in ${p.matters.length} matters (${elapsed()})`);
  await graph.write((tx) => tx.run(WRITE_FORCES_UNITS, { forces: FORCES.map((f) => f[0]), units: p.units }));
  for (let i = 0; i < p.officers.length; i += 10_000) {
    const rows = p.officers.slice(i, i + 10_000).map((o) => ({
      ...o,
      surnameKey: o.name ? surnameKey(o.name) : null,
      firstNames: o.name ? firstNamesKey(o.name) : null,
    }));
    await graph.write((tx) => tx.run(WRITE_OFFICERS, { rows }));
  }
  log(`wrote forces, units and officers (${elapsed()})`);

  const maker = new DocumentMaker(p, seededRandom(7));
  const write = async (b: Batch) =>
    graph.write(async (tx) => {
      // A retry after a commit whose answer was lost (a loaded machine's long pause) finds the batch written.
      if ((await tx.run('MATCH (d:Document {id: $id}) RETURN d', { id: b.docs[0]?.id ?? '' })).records.length) return;
      await tx.run(WRITE_DOCUMENTS, { docs: b.docs.map(withTerms) });
      await tx.run(WRITE_PROCEEDINGS, { procs: b.procs });
      await tx.run(WRITE_UNITS, { memberships: b.memberships, unitRefs: b.unitRefs });
      await tx.run(WRITE_CITATIONS, { judgments: b.judgments, reviews: b.reviews });
      await fileProceedings((q, params) => tx.run(q, params), [...new Set(b.procs.map((x) => x.procId))]);
    });
  const perBatch = 500;
  for (let m = 0; m < p.matters.length; m += perBatch) {
    const b = emptyBatch();
    for (const matter of p.matters.slice(m, m + perBatch)) maker.matterDocs(b, matter);
    // Reviews are spread across the batches so every batch is alike.
    const from = Math.floor((m / p.matters.length) * scale.reviews);
    const to = Math.floor((Math.min(m + perBatch, p.matters.length) / p.matters.length) * scale.reviews);
    for (let n = from; n < to; n++) maker.review(b, n);
    await write(b);
    if ((m / perBatch) % 10 === 9) log(`wrote documents of ${m + perBatch} of ${p.matters.length} matters (${elapsed()})`);
  }
  const session = graph.session();
  try {
    // Tallies are counted once, after every batch has filed its proceedings, not once per batch.
    await session.run(RECOMPUTE_STALE_TALLIES);
  } finally {
    await session.close();
  }
  log(`counted sanction tallies (${elapsed()})`);
  // Then the migrations a later start would apply: 007 folds the rulings' own proceedings into the
  // ones they review, and 011, last, builds the statistics aggregates over the result as the writer
  // would have kept them. A build over the graph before it was filled (the schema applied first)
  // is forgotten, so 011 builds them exactly once, here; a rebuild after it would be a second.
  await forgetStatisticsBuild(graph);
  await migrate(graph);
  log(`built the statistics aggregates (${elapsed()})`);
  const counts = await countGraph(graph);
  log(`generated in ${elapsed()}: ${JSON.stringify(counts)}`);
  return counts;
}
