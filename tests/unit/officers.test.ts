import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractOfficers, officerMentions } from '../../ingest/extract/officers.js';
import { DocText } from '../../ingest/text.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);
type Row = { name: string | null; label: string | null; rank: string | null; former: boolean | null; warrant?: string | null };

describe('extractOfficers', () => {
  const cases: { text: string; kind?: DocumentKind; notOfficers?: string[]; expected: Row[] }[] = [
    {
      // A name parted from "was alleged" by more than an aside is not the one alleged against.
      text: 'PC Orla Beck is alleged to have lied. PC Beck denies it. PC Beck is on restricted duties.\nPC Tomas Ruiz arrested a man who was alleged to have stolen a bicycle.',
      kind: 'hearing_notice',
      expected: [{ name: 'Orla Beck', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // The second officer of a notice is named once, but the sentence naming him alleges his conduct; the inspector who reviewed the file is named once in passing.
      text: 'PC Marisol Dent attended the call. PC Dent is alleged to have left the scene early. PC Dent did not return.\nSergeant Rufus Okoro, who led the night shift, is also alleged to have failed to review the log.\nThe file was reviewed by Inspector Gail Brandt.',
      kind: 'hearing_notice',
      expected: [
        { name: 'Marisol Dent', label: null, rank: 'Police Constable', former: false },
        { name: 'Rufus Okoro', label: null, rank: 'Police Sergeant', former: false },
      ],
    },
    {
      // A panel set out one member a line below its field: the ranked member is no subject.
      text: 'PC 2044 IDRIS CAWLEY\nPanel:   Ms Tam Ogden (Legally Qualified Chair)\n         Chief Inspector Rhoda Pelling\n         Mr Ed Brice (Independent Member)\nHearing: 2 and 3 June 2031\n1. PC Cawley was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Idris Cawley', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // The officer's representative is named with a rank, once; the letter's addressee is the subject.
      text: 'Dear PC Ferne\nYou attended the meeting with your Federation representative, PS Colm Rudd. PC Ferne, I found the allegation proven.\nYours sincerely\nSuperintendent Ana Vey\ncc. PS C. Rudd, Police Federation',
      kind: 'hearing_outcome',
      expected: [{ name: 'Ferne', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // A staff misconduct form names the member of staff by the field alone.
      text: 'Member of staff: Mr Basil Oduya\nRole: Custody Detention Assistant\nMr Oduya accepted the facts.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Basil Oduya', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // A notice served on a former officer: the addressee, then the old rank on the next line.
      text: 'To: Mrs Greer Halloran\nretired Detective Inspector 7781, Dorset Police\nTAKE NOTICE that the hearing found the allegation proven.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Greer Halloran', label: null, rank: 'Detective Inspector', former: true }],
    },
    {
      text: 'Name of officer: Police Sergeant 9416 Clive Barton\nPS Barton was dismissed.',
      expected: [{ name: 'Clive Barton', label: null, rank: 'Police Sergeant', former: false, warrant: '9416' }],
    },
    {
      // A scan's speck read as a full stop between the collar number and the name.
      text: 'Subject: DC 5520.Halima Osei, Economic Crime Unit\nDC Osei admitted the breach.',
      expected: [{ name: 'Halima Osei', label: null, rank: 'Detective Constable', former: false, warrant: '5520' }],
    },
    {
      // A running header ends in the page number; "Page" is not the next word of the officer's surname.
      text: 'Outcome - PS Wren, DC Harlan-Moss Page 3 of 5\nSergeant Ada Wren and Detective Constable Olu Harlan-Moss attended.',
      kind: 'hearing_outcome',
      expected: [
        { name: 'Ada Wren', label: null, rank: 'Police Sergeant', former: false },
        { name: 'Olu Harlan-Moss', label: null, rank: 'Detective Constable', former: false },
      ],
    },
    {
      text: 'PC Jane Doyle (4471AB), of the Roads Policing Unit, attended. PC Doyle denied it.',
      expected: [{ name: 'Jane Doyle', label: null, rank: 'Police Constable', former: false, warrant: '4471AB' }],
    },
    {
      text: 'Outcome of hearing – former Police Constable 3021\nRhys Morgan\nFormer PC Morgan did not attend.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Rhys Morgan', label: null, rank: 'Police Constable', former: true }],
    },
    {
      // The page wrapped the name; the surname is named again with a rank, so the break is inside the name.
      text: 'A hearing was held concerning Police Constable John\nVarleigh. The panel found that PC Varleigh was dishonest.',
      kind: 'hearing_outcome',
      expected: [{ name: 'John Varleigh', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // A field value ends the line and a new sentence starts the next: the name stops at the break.
      text: 'Officer concerned: PC 1037 Varleigh\nHaving regard to the evidence, PC Varleigh was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Varleigh', label: null, rank: 'Police Constable', former: false, warrant: '1037' }],
    },
    {
      // An initial is part of a name, not an anonymity label "Police Constable J".
      text: 'Former Police Constable J. Varleigh of Kent Police would have been dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'J. Varleigh', label: null, rank: 'Police Constable', former: true }],
    },
    {
      // A label ending a sentence stays a label: "Following" opens the next sentence.
      text: 'The officer is referred to as PC B. Following the hearing PC B was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: null, label: 'PC B', rank: 'Police Constable', former: false }],
    },
    {
      // A heading writes the label in capitals and quotes once; the text's usual form is the label.
      text: "NOTICE CONCERNING DETECTIVE SERGEANT 'Q'\nDS Q is to attend a hearing. DS Q denies the allegation.",
      kind: 'hearing_notice',
      expected: [{ name: null, label: 'DS Q', rank: 'Detective Sergeant', former: false }],
    },
    {
      // A transcript's speaker label is no role field: the officer the chair addresses is the subject.
      text: 'GROSS MISCONDUCT HEARING - PS IDRIS MAWDSLEY\nCHAIR: Good morning. PS Mawdsley, please confirm your name for the record.\nPS Mawdsley admitted both allegations.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Idris Mawdsley', label: null, rank: 'Police Sergeant', former: false }],
    },
    {
      // A caption's party line: the ordinal of the party is not part of the officer's name.
      text: 'R (on the application of ABC)\n(1) Chief Constable of Anyshire Police First Interested Party\n(2) Police Sergeant Idris Vane-Holt Second Interested Party\nThe Second Interested Party lodged written submissions.\nHearing: 9 December 2025\n1. The claimant complains of how he was treated in custody.',
      kind: 'judgment',
      expected: [{ name: 'Idris Vane-Holt', label: null, rank: 'Police Sergeant', former: null }],
    },
    {
      text: 'The officer will be referred to as "PC A". It is alleged that PC A breached the Standards. PC A remains a serving officer.',
      expected: [{ name: null, label: 'PC A', rank: 'Police Constable', former: false }],
    },
    {
      text: 'R (on the application of OFFICER W80) v IOPC. Armed Police Officer W80 ("W80") was on duty. W80 fired.',
      kind: 'judgment',
      expected: [{ name: null, label: 'Officer W80', rank: null, former: null }],
    },
    {
      text: 'Officer C1 (Police Sergeant) and Officer C2 (Police Constable) face a hearing. Officer C1 and Officer C2 deny it.',
      expected: [
        { name: null, label: 'Officer C1', rank: 'Police Sergeant', former: false },
        { name: null, label: 'Officer C2', rank: 'Police Constable', former: false },
      ],
    },
    {
      // Panel members, a Federation friend and a spokesperson are named with ranks but are not subjects.
      text:
        'Panel: Chief Superintendent Andrew Pill (police member)\nPolice Federation friend: PS Kerry Ains\n' +
        'DC Tom Hale breached the standards. DC Hale was dismissed.\nDetective Chief Superintendent Alan Kerr, of the DPS, said: "DC Hale let us down."',
      expected: [{ name: 'Tom Hale', label: null, rank: 'Detective Constable', former: false }],
    },
    {
      text: 'The witness, PC Tom Ellery, gave evidence. PC Ellery attended the scene. Sgt Amy Rowe was the subject. Sgt Rowe resigned.',
      kind: 'other',
      expected: [{ name: 'Amy Rowe', label: null, rank: 'Police Sergeant', former: true }],
    },
    {
      text: 'The appellant, Mr Dean Marsh, was until May 2021 a Detective Sergeant in the Major Crime Unit. Mr Marsh appealed.',
      kind: 'judgment',
      expected: [{ name: 'Dean Marsh', label: null, rank: 'Detective Sergeant', former: true }],
    },
    {
      text: 'Scott Hemmings, 36, a constable in the Operational Support Unit, lied. Hemmings was sacked.',
      kind: 'other',
      expected: [{ name: 'Scott Hemmings', label: null, rank: 'Police Constable', former: null }],
    },
    {
      // A rank described with "a", then the honorific and the name in apposition.
      text: 'This appeal is brought by a probationary police constable, Ms Odile Fairweather, against her dismissal. Ms Fairweather was dismissed in 2025.',
      kind: 'judgment',
      expected: [{ name: 'Odile Fairweather', label: null, rank: 'Police Constable', former: null }],
    },
    {
      // An acting rank is held for a while; the substantive one is the officer's own.
      text: 'Subject: A/DI Petra Lomax (substantive rank Detective Sergeant)\nA/DI Lomax was given management advice.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Petra Lomax', label: null, rank: 'Detective Sergeant', former: false }],
    },
    {
      // A headline's verb after the rank is what happened to the officer, not a name.
      text: 'OUTCOME - CONSTABLE SACKED\nA constable has been sacked. Police Constable Ivo Trennick was dismissed. PC Trennick admitted it.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Ivo Trennick', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // An outcome field opening with a capital, and a table row giving the rank after the hearing.
      text: 'Officer | Inspector Wenna Polkerris\nCurrent rank | Police Sergeant (after the hearing)\nOutcome | Reduction in rank to Police Sergeant',
      kind: 'hearing_outcome',
      expected: [{ name: 'Wenna Polkerris', label: null, rank: 'Police Sergeant', former: false }],
    },
    {
      // A panel member listed with a rank after the chair's role is no subject.
      text: 'Subject: PC Alun Brix\nThe panel was a legally qualified chair, Mr Oswin Tregear, a Chief Inspector from a neighbouring force, and a lay member. PC Brix denied it.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Alun Brix', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // Name and post given as separate fields; the post's job title is no person.
      text: 'Name: Orla Penhaligon\nRole: Custody Detention Officer (police staff)\nDepartment: Custody\nMs Penhaligon was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Orla Penhaligon', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // A table read one cell a line: the rank sits alone on the line under the label.
      text: 'Officer\nRank\nVenue\nOfficer D\nPolice Sergeant\nHeadquarters\nOfficer D is alleged to have lied.',
      kind: 'hearing_notice',
      expected: [{ name: null, label: 'Officer D', rank: 'Police Sergeant', former: false }],
    },
    {
      // An inspector reduced to sergeant: the latest rank counts.
      text: 'Inspector Martin Colby attended. Outcome: reduction in rank to the rank of Sergeant. Inspector Colby accepted it.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Martin Colby', label: null, rank: 'Police Sergeant', former: false }],
    },
    {
      text: 'THE KING (on the application of X) v PANEL\n(2) POLICE SERGEANT LEWIS BRAMWELL\nInterested Parties\nPS Bramwell denied it.',
      kind: 'judgment',
      expected: [{ name: 'Lewis Bramwell', label: null, rank: 'Police Sergeant', former: null }],
    },
    {
      // A colleague who complained carries an officer label but is a complainant.
      text: 'He mocked a probationer officer, referred to as Officer F. Officer F complained. PS Ann Hook denied it; PS Hook was warned.',
      notOfficers: ['officer f'],
      expected: [{ name: 'Ann Hook', label: null, rank: 'Police Sergeant', former: false }],
    },
    {
      text: 'The Chief Constable of Essex Police brought the proceedings. THE CHIEF CONSTABLE OF ESSEX POLICE',
      expected: [],
    },
    {
      text: 'Officer: Police Staff Investigator Hannah Obi (staff number 8812). Ms Obi admitted it.',
      expected: [{ name: 'Hannah Obi', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // A label's rank in a bracket with an article, or listed after a colon.
      text: 'Name of the officer: Officer B (a Police Sergeant)\nOfficer B denies the allegations.',
      expected: [{ name: null, label: 'Officer B', rank: 'Police Sergeant', former: false }],
    },
    {
      text: 'Subjects: Officer C1 and Officer C2.\n- Officer C1: Police Constable\n- Officer C2: Police Sergeant',
      expected: [
        { name: null, label: 'Officer C1', rank: 'Police Constable', former: false },
        { name: null, label: 'Officer C2', rank: 'Police Sergeant', former: false },
      ],
    },
    {
      // A heading ending in a rank runs into the force's name on the next line: the force is no person.
      text: 'Gross misconduct hearing: Chief Superintendent\nHertfordshire Constabulary announces a hearing for Ch Supt\nAdrian Colley. Ch Supt Colley denies it. Hertfordshire Constabulary said so.',
      expected: [{ name: 'Adrian Colley', label: null, rank: 'Chief Superintendent', former: false }],
    },
    {
      // A contact centre's job title before the name, as a rank is written.
      text: 'The force held a hearing for a member of staff, Call Handler Wilma Ashgrove-Penn, over two days. She was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Wilma Ashgrove-Penn', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // Staff described without an article; "Subject" is a field label, not a name.
      text: 'OUTCOME - POLICE STAFF\nSubject: Marcus Heeley, member of police staff (detention officer)\nMr Heeley was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Marcus Heeley', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // A staff job title written before the name as a rank is, after "the staff member," (no panel role).
      text: 'The staff member, Detention Officer Idris Vane, works nights. Mr Vane admitted the breach.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Idris Vane', label: null, rank: 'Police Staff', former: false }],
    },
    {
      text: 'Police staff member:   Ms Oona Treacy, Analyst (police staff)\nMs Treacy denied the allegation.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Oona Treacy', label: null, rank: 'Police Staff', former: false }],
    },
    {
      // A panel member is still a role, whatever the field says of staff.
      text: 'Panel member: Supt Dara Knoll\nPC Amos Heck lied. PC Heck was dismissed.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Amos Heck', label: null, rank: 'Police Constable', former: false }],
    },
    {
      text: 'DCI Rebecca Oller attended. DCI Oller was demoted to the rank of Detective Inspector with immediate effect.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Rebecca Oller', label: null, rank: 'Detective Inspector', former: false }],
    },
    {
      // A judgment describing its claimant as a former officer.
      text: 'The claimant, a former police constable with Cumbria Constabulary, seeks judicial review. PC Plum stopped a van. PC Plum lied.',
      kind: 'judgment',
      expected: [{ name: 'Plum', label: null, rank: 'Police Constable', former: true }],
    },
    {
      // A news lead describes the officer; the next sentence names them, about the proceedings.
      text: 'A Fenshire Police detective constable has been dismissed after a hearing. Tamsin Orrell, 38, denied gross misconduct. Orrell had served for ten years.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Tamsin Orrell', label: null, rank: 'Detective Constable', former: false }],
    },
    {
      // The person named after the lead speaks about what happened to them: a victim.
      text: 'A Fenshire Police constable has been dismissed. Tamsin Orrell, 38, whose bike was taken, said the hearing was fair. Orrell lives nearby.',
      kind: 'hearing_outcome',
      expected: [],
    },
    {
      // The page's own officer is never named; a headline in a list of links to other stories names another.
      text: 'A Marlby Police sergeant was given a written warning after a misconduct meeting. The sergeant accepted it.\n\nMost read\n1. Former PC Oren Tull barred from policing\n2. Bridge works to start in May\n\nComments are closed.\n',
      kind: 'hearing_outcome',
      expected: [],
    },
    {
      // "A panel was told" reports the proceedings: nobody speaks, so the named person is still the lead's officer.
      text: 'A Marlby Police constable has been dismissed after a hearing. Wren Askew, who worked in the town team, misused a database, a panel was told. Ms Askew did not attend.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Wren Askew', label: null, rank: 'Police Constable', former: false }],
    },
    {
      // A lead saying the officer was found to have committed misconduct; the next sentence tells of their service.
      text: 'A former Marlby Police detective constable has been found to have committed gross misconduct. Ansel Pocklington, who had served as a detective in the fraud team, left the force in May.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Ansel Pocklington', label: null, rank: 'Detective Constable', former: true }],
    },
    {
      // A lead about a former officer who "would have been dismissed", named in the next sentence by her career.
      text: 'A former sergeant would have been dismissed had she still been serving, a panel has found. Tamsin Orriss, who worked on the Truro Neighbourhood Team, was the officer in the case.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Tamsin Orriss', label: null, rank: 'Police Sergeant', former: true }],
    },
    {
      // A heading in capitals wraps a double-barrelled surname after its hyphen.
      text: 'GROSS MISCONDUCT HEARING: FORMER DETECTIVE CONSTABLE OWAIN LLOYD-\nBRANWEN\nHearing to begin: 3 May 2031\nOwain Lloyd-Branwen was a detective constable in Bangor. From May 2029 former DC Lloyd-Branwen led the enquiry.',
      kind: 'hearing_notice',
      expected: [{ name: 'Owain Lloyd-Branwen', label: null, rank: 'Detective Constable', former: true }],
    },
    {
      // A rank whose last word is "officer" is still a rank.
      text: 'A police community support officer has been sacked after a hearing. Nell Brandish, 33, admitted misconduct.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Nell Brandish', label: null, rank: 'Police Community Support Officer', former: false }],
    },
    {
      // A collar number ending in letters; the person conducting a meeting, in the column beside the subject's, is no subject.
      text: 'Officer concerned      Police Constable 227KX Pim Otterburn-Lake\nPerson conducting      Chief Inspector Maud Heseltine-Orr\n\nThe officer was given management advice.\n',
      kind: 'hearing_outcome',
      expected: [{ name: 'Pim Otterburn-Lake', label: null, rank: 'Police Constable', former: false, warrant: '227KX' }],
    },
    {
      // A listing of cases: the first officer's hyphenated surname is named again without a rank, so it is no colleague in passing.
      text: 'Gross misconduct hearing - Retired Chief Inspector Hal Brookes-Venn\nMr Brookes-Venn is alleged to have lied.\n\nMisconduct hearing - Officer C (Police Sergeant)\nOfficer C is alleged to have sworn at a detainee.\n',
      kind: 'hearing_notice',
      expected: [
        { name: 'Hal Brookes-Venn', label: null, rank: 'Chief Inspector', former: true },
        { name: null, label: 'Officer C', rank: 'Police Sergeant', former: false },
      ],
    },
    {
      // Of two officers investigated, the text says of one that he has since left; the other still serves.
      text: 'We investigated Inspector Ravi Lunt-Okoro - the duty inspector. He has since resigned from the force.\nWe also investigated PC Dee Marchbank, who took the call.\nInspector Lunt-Okoro and PC Marchbank each had a case to answer.\n',
      kind: 'review',
      expected: [
        { name: 'Ravi Lunt-Okoro', label: null, rank: 'Inspector', former: true },
        { name: 'Dee Marchbank', label: null, rank: 'Police Constable', former: null },
      ],
    },
    {
      // A review numbers its case studies' officers; after a rank a number is a collar number, no label.
      text: 'Case study one: Officer 1 lied to the vetting team. Officer 1 resigned.\nCase study two: PC 42 Ada Prewitt and Officer 2 missed a call. PC Prewitt and Officer 2 were warned.\n',
      kind: 'review',
      expected: [
        { name: null, label: 'Officer 1', rank: null, former: null },
        { name: 'Ada Prewitt', label: null, rank: 'Police Constable', former: null },
        { name: null, label: 'Officer 2', rank: null, former: null },
      ],
    },
    {
      // A reduction "by one rank, to" a named rank gives the latest rank.
      text: 'Superintendent Ola Fenwick-Day faced a panel. The panel ordered that Superintendent Fenwick-Day be reduced by one rank, to Chief Inspector.',
      kind: 'hearing_outcome',
      expected: [{ name: 'Ola Fenwick-Day', label: null, rank: 'Chief Inspector', former: false }],
    },
    {
      // A tribunal's caption names the appellant without a rank; a panel member of another force is ranked and named.
      text: 'BETWEEN:\n\nROWAN ASHBY-TEAL\nAppellant\n\nand\n\nTHE CHIEF CONSTABLE OF WEXMOOR POLICE\nRespondent\n\nPanel:   Mr Ivo Brand (Chair)\n         Chief Superintendent Lorcan Pell (another force)\n\n1. The Appellant is a detective sergeant. He appeals his sanction.\n',
      kind: 'hearing_outcome',
      expected: [{ name: 'Rowan Ashby-Teal', label: null, rank: 'Detective Sergeant', former: false }],
    },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      const { officers } = extractOfficers(doc(c.text), c.kind ?? 'hearing_notice', new Set(c.notOfficers ?? []));
      const got = officers.map((o) => {
        const row: Row = { name: o.name, label: o.label, rank: o.rank, former: o.former };
        return c.expected.some((e) => 'warrant' in e) ? { ...row, warrant: o.warrantNumber } : row;
      });
      assert.deepEqual(got, c.expected);
    });
  }

  it('marks a heading of rank and name as a field, and a possessive inside a clause as in passing', () => {
    const text = "Inspector Pybus\nInspector Pybus retired.\nPC Wass\nPC Wass counted cash at Inspector Pybus's direction.";
    const { officers, mentions } = extractOfficers(doc(text), 'hearing_outcome');
    const name = new Map(officers.map((o) => [o.key, o.name]));
    assert.deepEqual(
      mentions.map((m) => `${name.get(m.key)}:${m.field ? 'field' : ''}${m.passing ? 'passing' : ''}`),
      ['Pybus:field', 'Pybus:', 'Wass:field', 'Wass:', 'Pybus:passing'],
    );
  });

  it('indexes the mentions of officers another reader found', () => {
    const d = doc("4.4 In 2021 PC Shaun Ridsdale was dismissed. 4.6 Sergeant Leanne Gatenby was warned at Ridsdale's old station. Gatenby remains serving.");
    const found = [
      { key: 'r1', name: 'Shaun Ridsdale', label: null, rank: null, rankText: null, warrantNumber: null, former: null, force: null, unit: null, source: d.span(0, 1) },
      { key: 'r2', name: 'Leanne Gatenby', label: null, rank: null, rankText: null, warrantNumber: null, former: null, force: null, unit: null, source: d.span(0, 1) },
    ];
    assert.deepEqual(
      officerMentions(d, found).map((m) => `${m.key}${m.passing ? ':passing' : ''}`),
      ['r1', 'r2', 'r1:passing', 'r2'],
    );
  });

  it("takes an officer's first place after a sentence that only lists the labels it will use", () => {
    const text = 'Here the officers are called Officer 7 and Officer 8.\nOfficer 7, a constable in the Dog Unit, lied.\nOfficer 8 worked in the Control Room.\n';
    const { officers } = extractOfficers(doc(text), 'review');
    assert.deepEqual(
      officers.map((o) => text.slice(o.source.start, o.source.end)),
      ['Officer 7', 'Officer 8'],
    );
    assert.deepEqual(
      officers.map((o) => o.source.start),
      [text.indexOf('Officer 7,'), text.indexOf('Officer 8 worked')],
    );
  });

  it('indexes every mention of each officer, in order', () => {
    const { officers, mentions } = extractOfficers(doc('PS Anna Vale and PC Bo Reed. PC Reed lied. PS Vale knew.'), 'hearing_notice');
    const key = (surname: string) => officers.find((o) => o.name?.endsWith(surname))?.key;
    assert.deepEqual(
      mentions.map((m) => m.key),
      [key('Vale'), key('Reed'), key('Reed'), key('Vale')],
    );
  });
});

describe('extractOfficers in judgments', () => {
  it('keeps the officer who is a party when colleagues are named as often', () => {
    const text =
      'Between: THE KING (on the application of PC JANE TROW) Claimant and POLICE APPEALS TRIBUNAL Defendant\n' +
      'PC Trow was on duty with PC Mark Lyle. PC Lyle gave evidence that PC Trow shouted. PC Lyle was cross-examined. PC Trow appealed.';
    const { officers } = extractOfficers(doc(text), 'judgment', new Set(), ['PC Jane Trow', 'Police Appeals Tribunal']);
    assert.deepEqual(
      officers.map((o) => o.name),
      ['Jane Trow'],
    );
  });
  it('keeps a labelled party', () => {
    const { officers } = extractOfficers(doc('Officer W80 fired. W80 was interviewed. PC Abel Dunn, another officer, and PC Dunn again.'), 'judgment', new Set(), [
      'Officer W80',
    ]);
    assert.deepEqual(
      officers.map((o) => o.label),
      ['Officer W80'],
    );
  });
  it('falls back to every candidate when no party is an officer', () => {
    const { officers } = extractOfficers(doc('PS Ann Hale was found to have lied. PS Hale appealed.'), 'judgment', new Set(), ['The Chief Constable of Kent Police']);
    assert.deepEqual(
      officers.map((o) => o.name),
      ['Ann Hale'],
    );
  });
});

describe('extractOfficers: subjects and roles by structure', () => {
  const names = (text: string, kind: DocumentKind = 'hearing_outcome') => extractOfficers(doc(text), kind).officers.map((o) => o.name ?? o.label);
  const cases: { name: string; text: string; expected: (string | null)[] }[] = [
    {
      name: 'panel fields hold chairs and members, not subjects',
      text: 'Outcome\nSubject officer: PC Tomasz Wren\nChairperson: Ms Ada Quill, legally qualified\nSenior officer on the panel: Superintendent Ivo Marsh (assessor)\nPC Wren was given a written warning.\n',
      expected: ['Tomasz Wren'],
    },
    {
      name: 'the person who conducted or decided the hearing is no subject',
      text: 'A special case hearing was conducted by Chief Constable Dana Holt into PC Bo Lyle. PC Lyle was dismissed. Chief Constable Holt thanked the witnesses.\n',
      expected: ['Bo Lyle'],
    },
    {
      name: 'a spokesperson from professional standards is no subject',
      text: 'PC Una Fell was dismissed for gross misconduct. PC Fell had lied.\nDetective Inspector Rhys Oakes, of the force\'s Professional Standards Department, said: "This was serious."\n',
      expected: ['Una Fell'],
    },
    {
      name: 'both named once: the spokesperson whose department wraps before "said" is not the subject',
      text: 'Former DS Nia Brackenbury, who left the force last spring, would have been dismissed.\nDetective Superintendent Owain Pryce of the Professional Standards and Counter Corruption\nUnit said the outcome sent a message.\n',
      expected: ['Nia Brackenbury'],
    },
    {
      name: 'a name run on into the next column ends where the text later uses the surname alone',
      text: 'Officers attending:\nPS 310 Anya Ferrand Wisbech Neighbourhood Team\nPS Ferrand failed to act on a report.\n',
      expected: ['Anya Ferrand'],
    },
    {
      name: 'a rank heading above a field is no name for the field label',
      text: 'Notice of hearing\nPolice Sergeant\nLleoliad / Venue: Headquarters\nThe officer is not named.\n',
      expected: [],
    },
    {
      name: 'a chief officer set in apposition after a possessive, the name wrapped by the page',
      text: "A hearing into Gwent Police's Deputy Chief Constable, Ottilie\nBranksome, ended today. The panel found misconduct.\n",
      expected: ['Ottilie Branksome'],
    },
    {
      name: 'a rank closing a line of prose the page wrapped goes on with the surname',
      text: 'Outcome of the hearing\nThe woman who complained said she had been frightened by the way she was spoken to by PC\nTrembath. The panel found the complaint proven and PC Trembath was given a written warning.\n',
      expected: ['Trembath'],
    },
    {
      name: 'a rank closing a heading takes no sentence opening the next line as a name',
      text: 'Statement on the hearing for the Chief Constable\nPublished Monday 2 March 2026\nChief Constable Evander Moss was given a final written warning. Chief Constable Moss accepted it.\n',
      expected: ['Evander Moss'],
    },
    {
      name: 'each case heading of a listing names a subject, even when named once',
      text: 'Recent outcomes\n4 March 2024 - PC Ines Varro\nThe constable was given management advice.\n11 March 2024 - Former DC Olu Brandt\nThe former detective would have been dismissed.\n',
      expected: ['Ines Varro', 'Olu Brandt'],
    },
    {
      name: 'officers named once, each opening a sentence that reports a finding or sanction about them',
      text: 'Two constables faced a panel in May.\nSergeant Leni Achebe, the shift supervisor, was found to have ignored a complaint. PC 302 Tam Oduya was dismissed. Inspector Bryn Sale chaired the hearing.\n',
      expected: ['Leni Achebe', 'Tam Oduya'],
    },
    {
      name: 'a rank in capitals above the party role, in an appeal',
      text: 'An appeal by\nPOLICE SERGEANT MAIR OSGOOD\nAppellant\nand\nTHE CHIEF CONSTABLE OF GWENT POLICE\nRespondent\n1. The appellant appeals her sanction.\n',
      expected: ['Mair Osgood'],
    },
    {
      name: 'staff named without an article, and a relative clause before the rank',
      text: 'Subject: Mr Rhun Tegid, police staff (call handler)\nAlys Marron, who left the force in June, was a detective constable in the same team. Ms Marron did not attend.\n',
      expected: ['Rhun Tegid', 'Alys Marron'],
    },
    {
      name: 'a person who left the force is a former officer, ranked by the one description of a former officer',
      text: 'A former Cumbria Police sergeant lied about a crash.\nIvo Kell, who left the force in May, was driving a van. He did not attend.\n',
      expected: ['Ivo Kell'],
    },
    {
      name: 'an officer named once in apposition who faced proceedings of their own is a subject too; a colleague in passing is not',
      text:
        'Inspector Bede Larkspur was dismissed after a hearing. Inspector Larkspur had falsified the log.\n' +
        'The other officer on shift, DC Wenna Castell, faced a misconduct meeting and was given a written warning.\n' +
        'The log had been checked by DS Aled Pryce.\n',
      expected: ['Bede Larkspur', 'Wenna Castell'],
    },
    {
      name: 'a table column of officers names every subject',
      text: 'Officer | Rank | Outcome\nSergeant Piet Hale | PS | Final written warning\nConstable Mo Rennet | PC | Written warning\n',
      expected: ['Piet Hale', 'Mo Rennet'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(names(c.text), c.expected));
});
