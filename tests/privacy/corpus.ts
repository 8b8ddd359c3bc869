/**
 * A privacy test corpus of our own making: documents in the shapes that name private people
 * (prose, "Name: value" fields, two-column tables, headings, running headers, captions, metadata
 * titles, possessives, first names alone, hyphenated surnames, names of many origins, names that are
 * also words or places, one person named again in a second document without any trigger phrase).
 * Each document lists the private names that must never be stored or served and the public names
 * (officers, chairs, panel members, judges, counsel, officials) that must stay. Every name is invented.
 */

export interface PrivateName {
  title: string;
  first: string;
  last: string;
}

export interface PrivacyDoc {
  file: string;
  /** The PDF's metadata title. */
  title: string;
  pages: string[];
  /** People whose every name word must be gone from every stored or served field. */
  private: PrivateName[];
  /** Names, as written, that must still be readable after redaction. */
  public: string[];
}

interface Cast {
  force: string;
  a: PrivateName;
  b: PrivateName;
  officer: { rank: string; short: string; number: string; first: string; last: string };
  chair: { title: string; first: string; last: string };
  member: { rank: string; first: string; last: string };
  lay: { title: string; first: string; last: string };
}

const p = (title: string, first: string, last: string): PrivateName => ({ title, first, last });

/** Private people of many origins, and names that are also words or places (Ivy Rose, Chester Bath, Hope Wood). */
const CASTS: Cast[] = [
  {
    force: 'Northshire Police',
    a: p('Mrs', 'Priyanka', 'Raghunathan'),
    b: p('Mr', 'Kwabena', 'Asante'),
    officer: { rank: 'Police Constable', short: 'PC', number: '3318', first: 'Gareth', last: 'Llewellyn' },
    chair: { title: 'Ms', first: 'Imogen', last: 'Rathbone' },
    member: { rank: 'Superintendent', first: 'Neil', last: 'Garside' },
    lay: { title: 'Mr', first: 'Tariq', last: 'Saddiqui' },
  },
  {
    force: 'Westmoor Constabulary',
    a: p('Ms', 'Chidinma', 'Eze-Okafor'),
    b: p('Mr', 'Krzysztof', 'Nowicki'),
    officer: { rank: 'Detective Constable', short: 'DC', number: '7712', first: 'Rajesh', last: 'Kumar' },
    chair: { title: 'Mr', first: 'Aurelio', last: 'Fenwick' },
    member: { rank: 'Chief Inspector', first: 'Helen', last: 'Marchetti' },
    lay: { title: 'Mrs', first: 'Deborah', last: 'Okwuosa' },
  },
  {
    force: 'Eastvale Police',
    a: p('Mrs', 'Agnieszka', 'Wróblewska'),
    b: p('Ms', 'Caoimhe', 'Gallagher'),
    officer: { rank: 'Detective Sergeant', short: 'DS', number: '2209', first: 'Natasha', last: 'Byrne' },
    chair: { title: 'Mrs', first: 'Philippa', last: 'Hartigan' },
    member: { rank: 'Superintendent', first: 'Owain', last: 'Pryce' },
    lay: { title: 'Mr', first: 'Samuel', last: 'Achterberg' },
  },
  {
    force: 'Southmere Police',
    a: p('Mr', 'Padraig', "O'Donoghue"),
    b: p('Ms', 'Chen', 'Jiahui'),
    officer: { rank: 'Inspector', short: 'Insp', number: '1045', first: 'Colm', last: 'Feeney' },
    chair: { title: 'Ms', first: 'Rosalind', last: 'Kettering' },
    member: { rank: 'Chief Inspector', first: 'Abimbola', last: 'Oyelaran' },
    lay: { title: 'Mr', first: 'Graham', last: 'Tolleshunt' },
  },
  {
    force: 'Highfold Constabulary',
    a: p('Mrs', 'Layla', 'Haddad'),
    b: p('Mr', 'Yousef', 'Al-Khatib'),
    officer: { rank: 'Police Sergeant', short: 'PS', number: '5530', first: 'Darren', last: 'Whitcombe' },
    chair: { title: 'Mr', first: 'Lucian', last: 'Ferrabee' },
    member: { rank: 'Superintendent', first: 'Marek', last: 'Dabrowski' },
    lay: { title: 'Ms', first: 'Yvonne', last: 'Castellan' },
  },
  {
    force: 'Northshire Police',
    a: p('Mrs', 'Ivy', 'Rose'),
    b: p('Mr', 'Chester', 'Bath'),
    officer: { rank: 'Police Constable', short: 'PC', number: '6021', first: 'Siew', last: 'Tan' },
    chair: { title: 'Ms', first: 'Beatrix', last: 'Holloway' },
    member: { rank: 'Chief Inspector', first: 'Kofi', last: 'Mensworth' },
    lay: { title: 'Mr', first: 'Howard', last: 'Pellinger' },
  },
  {
    force: 'Westmoor Constabulary',
    a: p('Ms', 'Hope', 'Wood'),
    b: p('Mr', 'Liu', 'Wenbo'),
    officer: { rank: 'Detective Constable', short: 'DC', number: '8840', first: 'Bronwen', last: 'Caddick' },
    chair: { title: 'Mr', first: 'Ambrose', last: 'Delacourt' },
    member: { rank: 'Superintendent', first: 'Fiona', last: 'Ashcombe' },
    lay: { title: 'Mrs', first: 'Sunita', last: 'Bhardwaj' },
  },
  {
    force: 'Eastvale Police',
    a: p('Mr', 'Oluwaseun', 'Adeyinka-Ogun'),
    b: p('Mrs', 'Grace', 'Fielding'),
    officer: { rank: 'Police Constable', short: 'PC', number: '4471', first: 'Ewan', last: 'Strachan' },
    chair: { title: 'Ms', first: 'Margaret', last: 'Quennell' },
    member: { rank: 'Chief Inspector', first: 'Dariusz', last: 'Lewandowski' },
    lay: { title: 'Mr', first: 'Nathaniel', last: 'Orchardson' },
  },
];

const full = (x: { first: string; last: string }) => `${x.first} ${x.last}`;
const titled = (x: PrivateName) => `${x.title} ${x.first} ${x.last}`;
const pronoun = (x: PrivateName) => (x.title === 'Mr' ? 'he' : 'she');
const possessive = (x: PrivateName) => (x.title === 'Mr' ? 'his' : 'her');

type Template = (c: Cast, n: string) => { title: string; pages: string[]; public: string[] };

const officerFull = (c: Cast) => `${c.officer.rank} ${c.officer.number} ${full(c.officer)}`;
const panel = (c: Cast) =>
  `Panel: ${c.chair.title} ${full(c.chair)}, Legally Qualified Chair; ${c.member.rank} ${full(c.member)}, police member; ${c.lay.title} ${full(c.lay)}, independent member.`;
const panelNames = (c: Cast) => [full(c.chair), full(c.member), full(c.lay)];

const TEMPLATES: Template[] = [
  // Prose: a victim and a resident, with title + surname and the first name alone later.
  (c, n) => ({
    title: `Misconduct outcome ${n}`,
    pages: [
      `${c.force}\nOutcome of misconduct hearing ${n}\nOfficer: ${officerFull(c)}\n${panel(c)}\n` +
        `On 3 March 2024 ${c.officer.short} ${c.officer.last} attended a report of criminal damage at the home of ${full(c.b)}. ` +
        `${c.officer.short} ${c.officer.last} took a statement from ${titled(c.a)}, a victim of a burglary, and later sent ${possessive(c.a)} messages. ` +
        `${c.a.title} ${c.a.last} reported the contact to the force. ${c.a.first} told the panel that ${pronoun(c.a)} felt frightened. ` +
        `The panel found that ${c.officer.short} ${c.officer.last} breached the Standards of Professional Behaviour in respect of Discreditable Conduct, amounting to gross misconduct. ${c.officer.short} ${c.officer.last} was dismissed without notice.`,
    ],
    public: [full(c.officer), ...panelNames(c)],
  }),
  // "Name: value" fields on a notice.
  (c, n) => ({
    title: `Notice of hearing ${n}`,
    pages: [
      `${c.force}\nNotice of misconduct hearing ${n}\nName: ${c.officer.short} ${full(c.officer)}\nRank: ${c.officer.rank}\nPerson affected: ${titled(c.a)}\n` +
        `Witness: ${full(c.b)}\nDate of hearing: 14 May 2025\nChair: ${c.chair.title} ${full(c.chair)}\n` +
        `It is alleged that ${c.officer.short} ${c.officer.last} used ${c.officer.rank === 'Inspector' ? 'his' : 'their'} position to pursue a relationship with ${c.a.title} ${c.a.last}. ` +
        `${c.b.first} ${c.b.last} saw the messages on ${c.a.first}'s phone.`,
    ],
    public: [full(c.officer), full(c.chair)],
  }),
  // A two-column table of witnesses.
  (c, n) => ({
    title: `Schedule of witnesses ${n}`,
    pages: [
      `${c.force}\nMisconduct hearing ${n}: schedule of witnesses\nSubject officer: ${officerFull(c)}\n\n` +
        `Witness                          Relationship\n${full(c.a)}                  neighbour\n${full(c.b)}                  passenger\n` +
        `${c.member.rank} ${full(c.member)}          reviewing officer\n\n` +
        `Statement taken from: ${c.a.title} ${c.a.first[0]}. ${c.b.last}\n` +
        `The panel heard from ${c.a.last} and ${c.b.last} on the first day.`,
    ],
    public: [full(c.officer), full(c.member)],
  }),
  // A heading in capitals and a running header on each page.
  (c, n) => ({
    title: `Statement ${n}`,
    pages: [
      `Hearing ${n} - statement of ${full(c.a)} - page 1\nSTATEMENT OF ${full(c.a).toUpperCase()}\n` +
        `I live on the estate where ${c.officer.short} ${c.officer.last} patrolled. ${c.officer.rank} ${full(c.officer)} stopped my son, ${c.b.first} ${c.a.last}, twice in one week.`,
      `Hearing ${n} - statement of ${full(c.a)} - page 2\n${c.b.first} was 15 at the time. The officer, ${c.officer.short} ${c.officer.last}, searched ${c.b.first} without grounds.\n` +
        `Signed: ${full(c.a)}`,
    ],
    public: [full(c.officer)],
  }),
  // The metadata title names the complainant; the text uses a trigger phrase and a possessive.
  (c, n) => ({
    title: `Outcome - complaint by ${full(c.a)}`,
    pages: [
      `${c.force}\nOutcome ${n}\nThe complainant, ${titled(c.a)}, complained about ${officerFull(c)}.\n` +
        `${c.a.last}'s account was supported by CCTV. ${c.officer.short} ${c.officer.last} was given a final written warning.\n${panel(c)}`,
    ],
    public: [full(c.officer), ...panelNames(c)],
  }),
  // A judgment: counsel, a judge, the claimant officer named by rank, a member of the public as witness.
  (c, n) => ({
    title: `Judgment ${n}`,
    pages: [
      `Neutral Citation Number: [2025] EWHC ${3100 + n.length} (Admin)\nIN THE HIGH COURT OF JUSTICE\nBefore: MRS JUSTICE HALLWORTH\n` +
        `THE KING on the application of ${c.officer.short} ${full(c.officer)}\nClaimant\n- and -\nPOLICE MISCONDUCT PANEL\nDefendant\n` +
        `Mr Aled Vaughan KC (instructed by Penrose Legal) for the Claimant\nMs Harriet Gale for the Defendant\nJudgment ${n}\n` +
        `1. The claimant, ${c.officer.short} ${c.officer.last}, challenges a finding that he assaulted ${titled(c.b)} during an arrest. ` +
        `2. ${c.b.title} ${c.b.last} gave evidence that ${c.b.first} had been restrained. Hallworth J dismissed the claim. Lord Justice Pemberton agreed.`,
    ],
    public: [full(c.officer), 'Aled Vaughan', 'Harriet Gale', 'Hallworth', 'Pemberton'],
  }),
  // A news article with a spokesperson for the force and an IOPC official.
  (c, n) => ({
    title: `News ${n}`,
    pages: [
      `Officer sacked after messages to crime victim (${n})\nA ${c.force} officer has been dismissed. ${full(c.a)}, 34, whose home was burgled, said ${pronoun(c.a)} felt let down. ` +
        `${c.officer.short} ${full(c.officer)} admitted gross misconduct. Chief Constable Fiona Ashcombe said: "This is unacceptable." ` +
        `Sameera Bukhari, IOPC Regional Director, said the investigation was thorough. ${c.a.first}'s sister, ${full(c.b)}, said the family was relieved.\n` +
        `Photo: ${full(c.b)}`,
    ],
    public: [full(c.officer), 'Fiona Ashcombe', 'Sameera Bukhari'],
  }),
  // A bystander who filmed, and a person filmed; captions.
  (c, n) => ({
    title: `Accelerated hearing ${n}`,
    pages: [
      `${c.force}\nAccelerated misconduct hearing ${n}\nOfficer concerned: former ${c.officer.short} ${full(c.officer)}\n` +
        `The incident was filmed by a bystander, ${full(c.b)}, and shared online. The footage shows former ${c.officer.short} ${c.officer.last} pushing ${titled(c.a)} to the ground.\n` +
        `Image caption: ${c.a.title} ${c.a.last} outside the shop\n${c.a.first} needed hospital treatment. Former ${c.officer.short} ${c.officer.last} would have been dismissed.\n` +
        `Chaired by ${c.chair.title} ${full(c.chair)}.`,
    ],
    public: [full(c.officer), full(c.chair)],
  }),
  // Judgment captions: a complainant bringing the claim stays private; an officer party named only in capitals stays public.
  (c, n) => ({
    title: `Judgment on the application of ${full(c.a)}`,
    pages: [
      `Neutral Citation Number: [2025] EWHC ${4200 + n.length} (Admin)\nIN THE HIGH COURT OF JUSTICE\nBefore:\nHIS HONOUR JUDGE TREMLETT\nBetween:\nTHE KING\non the application of\n${full(c.a).toUpperCase()}\nClaimant\n- and -\n` +
        `INDEPENDENT OFFICE FOR POLICE CONDUCT\nDefendant\n-and-\n${full(c.officer).toUpperCase()}\nInterested Party\nJudgment ${n}\n` +
        `1. The claimant was the complainant. The interested party, a serving police constable, arrested ${c.a.first} ${c.a.last} in 2023. ` +
        `2. ${c.a.title} ${c.a.last} says the IOPC should have directed a hearing. ${c.a.last}'s brother, ${full(c.b)}, filmed the arrest. The claim is dismissed.`,
    ],
    public: [full(c.officer).toUpperCase(), 'TREMLETT'],
  }),
];

/** The corpus: every template with two casts (so every layout meets names of two origins), then a repeat pair. */
export function privacyCorpus(): PrivacyDoc[] {
  const docs: PrivacyDoc[] = [];
  let k = 0;
  for (let round = 0; round < 4; round++) {
    for (const [t, template] of TEMPLATES.entries()) {
      const cast = CASTS[(t + round * 3) % CASTS.length]!;
      const n = `P${String(++k).padStart(2, '0')}`;
      const d = template(cast, n);
      docs.push({ file: `${n}.pdf`, title: d.title, pages: d.pages, private: [cast.a, cast.b], public: d.public });
    }
  }
  docs.push(...repeatPair());
  return docs;
}

/** One complainant named by a trigger phrase in one document, by name only in a second and by surname only in a third. */
export const REPEAT: PrivateName = p('Ms', 'Folasade', 'Ogunleye-Brant');

function repeatPair(): PrivacyDoc[] {
  return [
    {
      file: 'R01.pdf',
      title: 'Outcome R01',
      pages: [
        `Northshire Police\nOutcome R01\nA complaint was made by ${titled(REPEAT)} about PC 9102 Idris Vaughan-Pugh, who had stopped her car.\n` +
          `PC Vaughan-Pugh was found to have breached the standard of Equality and Diversity. He was given a written warning.`,
      ],
      private: [REPEAT],
      public: ['Idris Vaughan-Pugh'],
    },
    {
      file: 'R02.pdf',
      title: 'Outcome R02',
      pages: [
        `Northshire Police\nOutcome R02\nPS 4410 Marta Kowalik attended a disturbance. ${full(REPEAT)} and her neighbour argued in the street. ` +
          `Ogunleye-Brant's account was accepted. PS Kowalik was found to have used excessive force and given a final written warning.`,
      ],
      private: [REPEAT],
      public: ['Marta Kowalik'],
    },
    {
      // Only the surname, with no title, given name or trigger phrase: found from the earlier documents' hashes.
      file: 'R03.pdf',
      title: 'Outcome R03',
      pages: [
        `Northshire Police\nOutcome R03\nPC 7730 Ruairi Dunphy was found to have shared OGUNLEYE-BRANT's address with a friend. ` +
          `The panel found gross misconduct and PC Dunphy was dismissed without notice.`,
      ],
      private: [REPEAT],
      public: ['Ruairi Dunphy'],
    },
  ];
}

/**
 * The words of a private name that must never appear: each name word, the parts of hyphenated ones,
 * as written and in capitals. A word that is also an English word ("Rose", "Wood") counts in
 * Title case or capitals only: the noun in a sentence is not a leak.
 */
export function forbiddenTokens(x: PrivateName): string[] {
  const words = [x.first, x.last, ...x.last.split('-')].filter((w) => w.length >= 3);
  return [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))];
}

/**
 * Where a forbidden token appears in `text`, as a whole word, or null. A word is letters and digits
 * together: a pseudonym's code ("Person JQ5IVY", random with each run's key) may end in the letters
 * of a name, and is not that name.
 */
export function leakIn(text: string, token: string): string | null {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const m = re.exec(text);
  return m ? text.slice(Math.max(0, m.index - 30), m.index + token.length + 30) : null;
}
