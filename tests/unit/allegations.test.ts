import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAllegations } from '../../ingest/extract/findings.js';
import { extractOfficers } from '../../ingest/extract/officers.js';
import { findStandardMentions } from '../../ingest/extract/standards.js';
import { DocText } from '../../ingest/text.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';

const doc = (text: string) => new DocText([{ num: 1, text }]);

describe('findStandardMentions', () => {
  const cases: { text: string; expected: string[] }[] = [
    {
      text: '• Authority, Respect and Courtesy\n• Discreditable Conduct\n• Duties & Responsibilities',
      expected: ['Authority, Respect and Courtesy', 'Discreditable Conduct', 'Duties and Responsibilities'],
    },
    {
      text: "Were the case made out, the sergeant's behaviour would breach the Standards of Professional Behaviour covering equality and diversity, honesty and integrity, duties and responsibilities, and authority, respect and\ncourtesy.",
      expected: ['Equality and Diversity', 'Honesty and Integrity', 'Duties and Responsibilities', 'Authority, Respect and Courtesy'],
    },
    { text: 'The use of force was not necessary. He showed honesty and integrity in other matters.', expected: [] },
    { text: 'the guidance on the first standard of honesty and integrity and the confidentiality standard', expected: [] },
    { text: 'Fitness for Duty and Challenging and Reporting Improper Behaviour', expected: ['Fitness for Work', 'Challenging and Reporting Improper Conduct'] },
    // Lower-case Standards in sentences that state an allegation.
    {
      text: 'It was alleged that DC Marr left exhibits unlogged overnight, falling below the standard on orders and instructions. A further allegation (confidentiality) was withdrawn.',
      expected: ['Orders and Instructions', 'Confidentiality'],
    },
    { text: 'It was alleged that PC Wade did not report his partner’s use of force on the detainee.', expected: [] },
    {
      text: 'It is alleged that the sergeant signed a false pocketbook entry, contrary to the standards on honesty and integrity and on orders and instructions.',
      expected: ['Honesty and Integrity', 'Orders and Instructions'],
    },
    // A two-column table's cell wrapped onto a continuation line that opens with the column bar.
    {
      text: 'Finding | The Orders and\n| Instructions breach was proven; Equality\n| and Diversity was not.',
      expected: ['Orders and Instructions', 'Equality and Diversity'],
    },
    {
      // A notice's list of allegations restating what each Standard asks, the items wrapped without an indent.
      text:
        'It is alleged that PS Coyle:\n* was untruthful to the custody inspector about a search;\n* spoke to a detainee in a way that lacked respect and courtesy, and by doing so\nbrought the police into disrepute;\n' +
        '* did not challenge or report a colleague who struck the detainee;\n* looked up his neighbour on the force database without a legitimate policing purpose.',
      expected: ['Honesty and Integrity', 'Authority, Respect and Courtesy', 'Discreditable Conduct', 'Challenging and Reporting Improper Conduct', 'Confidentiality'],
    },
    // Proceedings faced for conduct state the allegation; a colleague's conduct left unchallenged is the Standard, a decision is not.
    {
      text: 'DC Orrin faced a misconduct meeting over the custody incident for not challenging, and failing to challenge his sergeant’s treatment of the prisoner.',
      expected: ['Challenging and Reporting Improper Conduct'],
    },
    { text: 'PCSO Tamm will face a gross misconduct hearing for failing to challenge the decision to release the suspect.', expected: [] },
    // The same words in a panel's reasoning state no allegation.
    { text: 'The panel did not accept that the entries were dishonest, nor that he acted without a policing purpose.', expected: [] },
    // The conduct and the Standard's name in one sentence are one allegation.
    {
      text: 'It was alleged that PC Roe failed to challenge or report the assault (Challenging and Reporting Improper Conduct).',
      expected: ['Challenging and Reporting Improper Conduct'],
    },
    {
      // A copy of Schedule 2 lists every Standard; with another mention elsewhere, the list is dropped.
      text:
        'Schedule 2: Honesty and Integrity; Authority, Respect and Courtesy; Use of Force; Equality and Diversity; Orders and Instructions; Duties and Responsibilities; Confidentiality; Fitness for Work; Discreditable Conduct; Challenging and Reporting Improper Conduct.\n' +
        'x'.repeat(800) +
        '\nPC A breached the standard of Use of Force.',
      expected: ['Use of Force'],
    },
  ];
  for (const c of cases)
    it(c.text.slice(0, 60), () =>
      assert.deepEqual(
        findStandardMentions(doc(c.text)).map((m) => m.standard),
        c.expected,
      ),
    );
});

describe('extractAllegations', () => {
  const cases: { text: string; kind: DocumentKind; expected: string[] }[] = [
    // A list of Standards each with "proven; <severity>": the semicolon does not end what the panel found.
    {
      text: 'Misconduct hearing outcome\nSergeant Wilf Ondaatje was given a final written warning.\nThe chair found these breaches:\n  Confidentiality: proven; gross misconduct (see paragraph 4).\n  Orders and Instructions: proven; misconduct.',
      kind: 'hearing_outcome',
      expected: ['Ondaatje|Confidentiality|gross_misconduct', 'Ondaatje|Orders and Instructions|misconduct'],
    },
    // A semicolon before a sentence that denies a severity ends the clause: the severity is not the finding.
    {
      text: 'Misconduct hearing outcome\nPC Rhys Gwilt was given a written warning. Discreditable Conduct was proven; the panel did not consider it gross misconduct.',
      kind: 'hearing_outcome',
      expected: ['Gwilt|Discreditable Conduct|null'],
    },
    // "did not find the allegation proven" is a finding of not proven.
    {
      text: 'Outcome of the hearing for PC Ama Ruskin.\nAllegation 1 was that she searched a car without grounds (Authority, Respect and Courtesy).\nOn allegation 1, the chair did not find the allegation proven, having heard the driver.',
      kind: 'hearing_outcome',
      expected: ['Ruskin|Authority, Respect and Courtesy|not_proven'],
    },
    // A wrapped allegation field names the Standard on its last line; the finding field below gives its severity.
    {
      text: 'Outcome of misconduct meeting\nName: PC Isolde Marrack\nAllegation: On 3 April 2031 PC Marrack left a prisoner unattended in a van for an hour,\nwhich was contrary to the standard of Duties and\nResponsibilities.\nFinding: Proven. Misconduct.\nOutcome: Written warning.',
      kind: 'hearing_outcome',
      expected: ['Marrack|Duties and Responsibilities|misconduct'],
    },
    // A review's case studies follow one another without headings: a paragraph naming nobody reports on the officer named last.
    {
      text: 'In the two cases below the officers are called Officer 5 and Officer 6.\n\nOfficer 5 was a sergeant who bullied a recruit.\n\nOfficer 6, a dispatcher, was reported by a friend.\n\nA meeting later found he had ignored a direct order of his manager, a breach of Orders and Instructions, and he was given a written warning.\n',
      kind: 'review',
      expected: ['Officer 6|Orders and Instructions|null'],
    },
    // An investigator's case to answer sends the matter to a hearing; it finds nothing.
    {
      text: 'Our investigation has ended. We decided that PC Ivo Brannagh has a case to answer for gross misconduct in relation to a possible breach of the standard of Use of Force, and Lancashire Constabulary will now arrange a hearing.',
      kind: 'review',
      expected: ['Brannagh|Use of Force|null'],
    },
    {
      text: 'DS Lotte Ferrow was told she had a case to answer in respect of potential breaches of Confidentiality amounting to misconduct. A meeting will follow.',
      kind: 'hearing_outcome',
      expected: ['Ferrow|Confidentiality|null'],
    },
    // ... but a meeting that then finds it proved finds it at that level; the next paragraph is another officer's.
    {
      text: 'Sergeant Ottoline Breck was found to have a case to answer for misconduct about a log she left unfinished, a lapse in Duties and Responsibilities. A meeting in May found the allegation proved and she was given management advice.\nPC Teo Marsh was found to have no case to answer in respect of the same log.',
      kind: 'review',
      expected: ['Breck|Duties and Responsibilities|misconduct'],
    },
    // A letter states each allegation in a sentence and gives the findings in paragraphs of reasons, the second opened by its number.
    {
      text: 'Dear PC Lomax\nAllegation 1 was that you did not record the crime for nine days. This was said to breach the Standard of Duties and Responsibilities.\nAllegation 2 was that you left your radio off on patrol. This was said to breach Orders and Instructions.\nMy findings\nI find allegation 1\nproven, and I find that it amounts to misconduct.\nOn allegation 2, I accept that the radio was faulty for part of the shift. The Standard was breached, but the breach fell short of misconduct.',
      kind: 'hearing_outcome',
      expected: ['Lomax|Duties and Responsibilities|misconduct', 'Lomax|Orders and Instructions|practice_requiring_improvement'],
    },
    // A lettered list after "it was alleged that he:", the findings by letter.
    {
      text: 'Former Inspector Wyn Gethin attended. It was alleged that he:\n(a) shouted at a call handler, in breach of Authority, Respect and Courtesy; and\n(b) took home a force laptop against policy, in breach of Orders and Instructions.\nThe findings are that allegation (a) is proved and amounts to misconduct, and allegation (b) is not proved.',
      kind: 'hearing_outcome',
      expected: ['Gethin|Authority, Respect and Courtesy|misconduct', 'Gethin|Orders and Instructions|not_proven'],
    },
    // Allegations assessed as gross misconduct, found proven and then, after the severity reasons, each to be misconduct.
    {
      text: "PC Noor Haddad faced two allegations of gross misconduct.\nAllegation 1: she used a colleague's login, in breach of Honesty and Integrity.\nAllegation 2: she shared a crime report with a friend, in breach of Confidentiality.\nFindings\nWe find the facts of allegations 1 and 2 proved.\nSeverity\nThe harm was limited. We therefore find that allegations 1 and 2 each amount to misconduct, and not to gross misconduct.",
      kind: 'hearing_outcome',
      expected: ['Haddad|Honesty and Integrity|misconduct', 'Haddad|Confidentiality|misconduct'],
    },
    // Allegations numbered in brackets, then a determination per allegation whose reasons quote what was alleged.
    {
      text: "Subject: Mr Idris Fenn, police staff (enquiry officer)\nAllegations\n(1) That Mr Fenn was rude to a caller, in breach of Authority, Respect and Courtesy.\n(2) That Mr Fenn made a remark about the caller's accent, in breach of Equality and Diversity.\nDetermination\nAllegation (1): Mr Fenn accepted he was curt. The chair found that his behaviour amounted to misconduct.\nAllegation (2): Mr Fenn denied the remark. The chair was not satisfied that the words as alleged were said. Not proven.",
      kind: 'hearing_outcome',
      expected: ['Fenn|Authority, Respect and Courtesy|misconduct', 'Fenn|Equality and Diversity|not_proven'],
    },
    // Allegations lettered "(a)", "(b)", and a severity given by letter with the verb shared.
    {
      text: 'PS Bram Kellow faced two allegations.\nAllegations\n(a) he took fuel for his own car from the force pump (Honesty and Integrity);\n(b) he did not declare a business interest (Orders and Instructions).\nThe panel found both allegations proven. It found that allegation (a) amounted to gross misconduct and allegation (b) to misconduct.',
      kind: 'hearing_outcome',
      expected: ['Kellow|Honesty and Integrity|gross_misconduct', 'Kellow|Orders and Instructions|misconduct'],
    },
    // A numbered list after a lead-in line rather than a heading; findings by number, one of them negative.
    {
      text: 'Sergeant Hew Parle attended.\nThe chair heard allegations that Sergeant Parle:\n1. shouted at a trainee in the parade room - Authority, Respect and Courtesy;\n2. signed off overtime he knew had not been worked - Honesty and Integrity.\nThe chair found allegation 1 proven as misconduct. Allegation 2 has not been made out.',
      kind: 'hearing_outcome',
      expected: ['Parle|Authority, Respect and Courtesy|misconduct', 'Parle|Honesty and Integrity|not_proven'],
    },
    // An allegation accepted by number, its severity in the next sentence; "I do not find that ... made out";
    // "found no reply" in an allegation's story is no finding.
    {
      text: 'PCSO Nell Ashdown attended.\nAllegations\n1. That she did not log a report of a missing child. Standard: Duties and Responsibilities.\n2. That she wrote that she found no reply at the door when she had not called. Standard: Honesty and Integrity.\nPCSO Ashdown accepted allegation 1. The chair found it proven and that it amounted to misconduct. I do not find that allegation 2 has been made out.',
      kind: 'hearing_outcome',
      expected: ['Ashdown|Duties and Responsibilities|misconduct', 'Ashdown|Honesty and Integrity|not_proven'],
    },
    // A breach below misconduct is practice requiring improvement; one below gross misconduct is misconduct.
    {
      text: 'PC Aled Morrow was the subject.\nThe panel found that PC Morrow breached Confidentiality, which did not amount to misconduct, and breached Use of Force, which did not amount to gross misconduct.',
      kind: 'hearing_outcome',
      expected: ['Morrow|Confidentiality|practice_requiring_improvement', 'Morrow|Use of Force|misconduct'],
    },
    // A lead-in line names the officer every item below it is alleged against, though an item names another.
    {
      text: 'PC Ula Brenn and PS Tobin Vey are the subjects.\nIt is alleged that PC Brenn:\n* was dishonest to her inspector about her overtime.\nIt is alleged that PS Vey:\n* passed PC Brenn the address of a witness without a policing purpose.',
      kind: 'hearing_notice',
      expected: ['Brenn|Honesty and Integrity|null', 'Vey|Confidentiality|null'],
    },
    // A bare "Proven." after the allegation, its severity some sentences on; a passive "The allegation was not proven." closing the next.
    {
      text:
        'Subject: PC Dara Quine\nAllegation 1\nIt is alleged that PC Quine shouted at a cyclist, in breach of Authority, Respect and Courtesy.\nDecision: Proven. The chair viewed the footage and\nheard the cyclist. This breach amounted to\nmisconduct.\n' +
        'Allegation 2\nThat PC Quine left his radio off on patrol, contrary to Orders and Instructions. The log is incomplete. The allegation was not proven.',
      kind: 'hearing_outcome',
      expected: ['Quine|Authority, Respect and Courtesy|misconduct', 'Quine|Orders and Instructions|not_proven'],
    },
    // An allegation paraphrasing a Standard, found not proven in the same sentence.
    {
      text: 'The panel found that PC Kit Arlow breached Duties and Responsibilities, amounting to misconduct. An allegation that he failed to challenge or report a colleague was found not proven.',
      kind: 'hearing_outcome',
      expected: ['Arlow|Duties and Responsibilities|misconduct', 'Arlow|Challenging and Reporting Improper Conduct|not_proven'],
    },
    // Two Standards named in prose with a preposition before each share the verdict after them.
    {
      text: 'PC Ines Garrow was cleared.\nThe panel found the allegations that PC Garrow breached the standards on confidentiality and on equality and diversity not proven.',
      kind: 'hearing_outcome',
      expected: ['Garrow|Confidentiality|not_proven', 'Garrow|Equality and Diversity|not_proven'],
    },
    // A finding field after a Standards field in the same group of fields.
    {
      text: 'Subject: Sergeant Noor Vale\nBreaches: Confidentiality; Orders and Instructions.\nFinding: misconduct proven.\nSanction: written warning.',
      kind: 'hearing_outcome',
      expected: ['Vale|Confidentiality|misconduct', 'Vale|Orders and Instructions|misconduct'],
    },
    // The panel's overall verdict in prose: none of the allegations stood.
    {
      text: 'DC Ilse Moran was said to have breached Equality and Diversity. Having read the messages, the panel found the allegations not proven.',
      kind: 'hearing_outcome',
      expected: ['Moran|Equality and Diversity|not_proven'],
    },
    {
      text: 'It is alleged that PC Dunn breached the Standards of Professional Behaviour, namely Honesty and Integrity and Discreditable Conduct, amounting to gross misconduct.',
      kind: 'hearing_notice',
      expected: ['Dunn|Honesty and Integrity|null', 'Dunn|Discreditable Conduct|null'],
    },
    {
      text: 'The panel found that PC Hall breached the Standards in respect of:\n•Use of Force – proven, gross misconduct\n•Honesty and Integrity – proven, gross misconduct\nA third charge against PC Hall, under Authority, Respect and Courtesy, was not proven.',
      kind: 'hearing_outcome',
      expected: ['Hall|Use of Force|gross_misconduct', 'Hall|Honesty and Integrity|gross_misconduct', 'Hall|Authority, Respect and Courtesy|not_proven'],
    },
    {
      text: 'Standard of Professional Behaviour Finding Severity\nEquality and Diversity Proven (admitted) Gross misconduct\nChallenging and Reporting Improper\nConduct Proven Misconduct\nDS Quill remains serving.',
      kind: 'hearing_outcome',
      expected: ['Quill|Equality and Diversity|gross_misconduct', 'Quill|Challenging and Reporting Improper Conduct|misconduct'],
    },
    {
      text: 'Name of officer: PS 9 Clive Gart\nFindingGross Misconduct- Discreditable Conduct\nOutcome PS Gart was dismissed without notice',
      kind: 'hearing_outcome',
      expected: ['Gart|Discreditable Conduct|gross_misconduct'],
    },
    {
      // Each officer's allegations follow their own heading; a colleague named inside does not steal them.
      text:
        'Allegations – Police Sergeant Odu\n1. PS Odu told PC Carr to lie.\nStandard: Honesty and Integrity\n' +
        "Allegations – Police Constable Carr\n2. PC Carr did not challenge PS Odu's instruction.\nStandard: Challenging and Reporting Improper Conduct",
      kind: 'hearing_notice',
      expected: ['Odu|Honesty and Integrity|null', 'Carr|Challenging and Reporting Improper Conduct|null'],
    },
    {
      text:
        '4. Allegation 1. PC Whit worked elsewhere. The AA contended that this breached the Honesty and Integrity standard.\n' +
        '6. Allegation 3. PC Whit was unfit. The AA contended that this breached the Fitness for Work standard.\n' +
        '12. Allegation 3. The Panel was not satisfied. Allegation 3 is not proven.\n' +
        '13. The Panel found allegation 1 proven as a breach of the standard of Honesty and Integrity. The lying went on for months. The Panel concluded that this amounted to gross misconduct.',
      kind: 'hearing_outcome',
      expected: ['Whit|Honesty and Integrity|gross_misconduct', 'Whit|Fitness for Work|not_proven'],
    },
    {
      text: 'The notice alleged that PC Low breached the standards of Discreditable Conduct and Honesty and Integrity. The Panel found that PC Low breached the standard of Discreditable Conduct, amounting to gross misconduct. The Panel found the allegation of dishonesty not proven.',
      kind: 'judgment',
      expected: ['Low|Discreditable Conduct|gross_misconduct', 'Low|Honesty and Integrity|not_proven'],
    },
    {
      text: 'By which it found that PS Sri was guilty of gross\nmisconduct. The Panel found that PS Sri had not breached the standard relating to “Equality and Diversity”; and had breached “Authority, Respect and Courtesy”, though “only just”;',
      kind: 'judgment',
      expected: ['Sri|Equality and Diversity|not_proven', 'Sri|Authority, Respect and Courtesy|gross_misconduct'],
    },
    {
      text: 'Officers will be guilty of misconduct if they breach the Use of Force standard. W80 is Officer W80. Officer W80 fired.',
      kind: 'judgment',
      expected: ['Officer W80|Use of Force|null'],
    },
    {
      text: 'At a meeting PC Rye was found to have breached Duties and Responsibilities – practice requiring improvement; Confidentiality – no case to answer.',
      kind: 'hearing_outcome',
      expected: ['Rye|Duties and Responsibilities|practice_requiring_improvement', 'Rye|Confidentiality|no_case_to_answer'],
    },
    {
      // Numbered allegations under an "Allegations" heading, findings given by number.
      text:
        'Subject: Former PC 11 Kay Pask\nAllegations\n1. That she pursued a relationship with a suspect. (Discreditable Conduct)\n2. That she told the suspect what the victim said. (Confidentiality)\n' +
        '3. That she failed to declare it. (Orders and Instructions)\nFindings\nThe panel found allegations 1 and 2 proven and that they amounted to gross misconduct. Allegation 3 was proven as misconduct.',
      kind: 'hearing_outcome',
      expected: ['Pask|Discreditable Conduct|gross_misconduct', 'Pask|Confidentiality|gross_misconduct', 'Pask|Orders and Instructions|misconduct'],
    },
    {
      // "Allegation N - Standard" headings, each with its own "Finding:" line.
      text:
        'Name: PC 14 Sian Hughes\nAllegation 1 - Duties and Responsibilities\nIt was alleged that she failed to search.\nFinding: practice requiring improvement.\n' +
        'Allegation 2 - Honesty and Integrity\nIt was alleged that she recorded a search that had not happened.\nFinding: no case to answer.',
      kind: 'hearing_outcome',
      expected: ['Hughes|Duties and Responsibilities|practice_requiring_improvement', 'Hughes|Honesty and Integrity|no_case_to_answer'],
    },
    {
      // One verdict for every breach in the sentence before it.
      text: 'The panel found that PC Doyle had knelt on him, in breach of the standard of Use of Force, and that he had failed to monitor him, in breach of the standard of Duties and Responsibilities. It found each breach to amount to misconduct.',
      kind: 'judgment',
      expected: ['Doyle|Use of Force|misconduct', 'Doyle|Duties and Responsibilities|misconduct'],
    },
    {
      // The case put to the officer is not a finding; "neither allegation was proven" is.
      text: 'PC Fenn attended. The allegations were put as breaches of Equality and Diversity and of Authority, Respect and Courtesy, amounting to gross misconduct. The panel found that neither allegation was proven.',
      kind: 'hearing_outcome',
      expected: ['Fenn|Equality and Diversity|not_proven', 'Fenn|Authority, Respect and Courtesy|not_proven'],
    },
    {
      // Two officers as the subject of one allegation, though a field line listed every subject.
      text:
        'Subjects: Officer C1, Officer C2 and Officer C3.\nIt is alleged that Officer C1 and Officer C2 used excessive force, in breach of the standard of Use of Force, and that both lied, in breach of the standard of Honesty and Integrity.\n' +
        'It is alleged that Officer C3 failed to report it, in breach of the standard of Challenging and Reporting Improper Conduct.',
      kind: 'hearing_notice',
      expected: [
        'Officer C1|Use of Force|null',
        'Officer C2|Use of Force|null',
        'Officer C1|Honesty and Integrity|null',
        'Officer C2|Honesty and Integrity|null',
        'Officer C3|Challenging and Reporting Improper Conduct|null',
      ],
    },
    {
      // A judgment on a decision before any hearing: the breaches are only said to have happened.
      text: 'Sgt Amir Begum is a serving officer. The allegations concern a search on 17 March 2023. They are said to amount to breaches of the Standards of Professional Behaviour of Duties and Responsibilities and Honesty and Integrity, and to gross misconduct. Sgt Begum denies them.',
      kind: 'judgment',
      expected: ['Begum|Duties and Responsibilities|null', 'Begum|Honesty and Integrity|null'],
    },
    {
      // Standards listed one a line under their label; the finding is the next label's value.
      text: 'Officer: DS Pia Lund\nStandards found to be breached\nConfidentiality\nHonesty and Integrity\nFinding\nMisconduct\nOutcome\nFinal written warning\n',
      kind: 'hearing_outcome',
      expected: ['Lund|Confidentiality|misconduct', 'Lund|Honesty and Integrity|misconduct'],
    },
    {
      // The allegation's own sentence is hedged; the next sentence of its paragraph decides it.
      text: 'Outcome of meeting\nPC Ray Odell was alleged to have ignored an order to attend court (Orders and Instructions). The chair found the allegation proven as misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Odell|Orders and Instructions|misconduct'],
    },
    {
      // The next sentence hedges too: no finding.
      text: 'Outcome of meeting\nPC Ray Odell was alleged to have ignored an order to attend court (Orders and Instructions). If proven, this would be misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Odell|Orders and Instructions|null'],
    },
    {
      // One sentence lists breaches, then gives the severity of the whole conduct at its end.
      text: 'Judgment\n2. The panel found that PC Ray Odell breached the Standards on Use of Force and on Discreditable Conduct, and that his conduct was gross misconduct.\n',
      kind: 'judgment',
      expected: ['Odell|Use of Force|gross_misconduct', 'Odell|Discreditable Conduct|gross_misconduct'],
    },
    {
      // A colleague named in passing inside an allegation under another officer's heading.
      text:
        'Allegations against PC Niamh Rourke\n1. She handcuffed him. Standard: Use of Force.\nAllegations against PCSO Kwame Asante\n2. He filmed him. Standard: Confidentiality.\n' +
        "3. He did not report or challenge PC Rourke's conduct. Standard: Challenging and Reporting Improper Conduct.",
      kind: 'hearing_notice',
      expected: ['Rourke|Use of Force|null', 'Asante|Confidentiality|null', 'Asante|Challenging and Reporting Improper Conduct|null'],
    },
    {
      // Field lines list both subjects; the sentence alleging conduct of the first says whose the Standards below are.
      text:
        'Officers subject to the hearing:\nSpecial Sergeant Ola Brisk\nSpecial Constable Tam Lowry\nDate of hearing: 2 March 2026\n' +
        'Special Sergeant Brisk is alleged to have driven a police van while disqualified. If proven this would breach:\n- Orders and Instructions\n- Discreditable Conduct\n' +
        'Special Constable Lowry is alleged to have known of it. This would breach Duties and Responsibilities.\n',
      kind: 'hearing_notice',
      expected: ['Brisk|Orders and Instructions|null', 'Brisk|Discreditable Conduct|null', 'Lowry|Duties and Responsibilities|null'],
    },
    {
      // The severity the panel denied ("did not find that it amounted to gross misconduct") is not the one found.
      text:
        'Misconduct meeting outcome: Sergeant 4410 Oren Vail\nPS Vail was on the custody team.\nAllegations\nIt was alleged that on 2 May 2025 the sergeant left a detainee unchecked.\n' +
        'This was alleged to breach these Standards:\n- Duties and Responsibilities\n- Orders and Instructions\n' +
        'Findings\nThe chair found both allegations proven and that they amounted to misconduct. She did not find that they amounted to gross misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Vail|Duties and Responsibilities|misconduct', 'Vail|Orders and Instructions|misconduct'],
    },
    {
      // A decision read out in the present tense: the severity follows in the next sentences, a denied one first.
      text:
        'RECORD OF DECISION - PC Amos Keld\nCHAIR: On the first allegation, we find a breach of Use of Force. We do not find that it was gross misconduct. ' +
        'He acted in the heat of the moment. It was misconduct.\nOn the second allegation, we find a breach of Discreditable Conduct proven. Again we find that it amounts to misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Keld|Use of Force|misconduct', 'Keld|Discreditable Conduct|misconduct'],
    },
    {
      // An allegation the prosecution dropped: the panel records it as not proven in the next sentence.
      text:
        'Outcome of hearing\nPC Ruth Ambler admitted a breach of Confidentiality, which the panel found amounted to gross misconduct.\n' +
        'She denied a further allegation (Honesty and Integrity). No evidence was called on it, and the panel recorded that allegation as not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Ambler|Confidentiality|gross_misconduct', 'Ambler|Honesty and Integrity|not_proven'],
    },
    {
      // Findings on allegations named by what they were about, matched to the Standard stated with those words.
      text:
        'Misconduct meeting outcome\nThe officer, PCSO Uma Trell, faced two allegations.\n' +
        'It was alleged that she left her radio switched off for a whole shift on patrol in the town centre. This was put as a breach of Duties and Responsibilities.\n' +
        'It was further alleged that she shouted at a shopkeeper who asked for help with a shoplifter. This was put as a breach of Authority, Respect and Courtesy.\n' +
        'Findings\nThe allegation about the radio being switched off during the shift was found proven. The chair found it amounted to misconduct.\n' +
        'The allegation concerning the shopkeeper who asked for help was not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Trell|Duties and Responsibilities|misconduct', 'Trell|Authority, Respect and Courtesy|not_proven'],
    },
    {
      // The findings section heads each allegation's reasons again; the first block's verdict has no number in it.
      text:
        'Outcome of misconduct meeting\nAllegation 1 - It was alleged that PC Lia Nunn ignored a 999 call. Standard: Duties and Responsibilities.\n' +
        'Allegation 2 - It was alleged that PC Nunn later denied hearing it. Standard: Honesty and Integrity.\nFindings\n' +
        'Allegation 1: PC Nunn accepted that she heard the call. The chair found the allegation proven and that it amounted to misconduct.\n' +
        'Allegation 2: The call log was unclear. Allegation 2 was not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Nunn|Duties and Responsibilities|misconduct', 'Nunn|Honesty and Integrity|not_proven'],
    },
    {
      // An aside saying what was alleged does not hedge the verdict of its sentence.
      text: 'PC Saul Ebbs was dismissed. A further allegation of a breach of Confidentiality, based on messages he was said to have forwarded, was found not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Ebbs|Confidentiality|not_proven'],
    },
    {
      // The case proved on every allegation: each Standard takes the severity given for all.
      text:
        'Misconduct outcome: PS Rhea Moss\nThe allegations were put as breaches of Orders and Instructions and of Fitness for Work.\n' +
        'Decision\nThe panel found the case proved on both allegations. Each amounted to misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Moss|Orders and Instructions|misconduct', 'Moss|Fitness for Work|misconduct'],
    },
    {
      // An allegation heading says whom it is against; the conduct after its colon names a colleague who is not.
      text:
        'Subject officers: Sergeant Hal Bexley and Constable Ines Marwood.\n' +
        'Allegation 1 (Sergeant Bexley only): that he swore at Constable Marwood in the yard. Standard: Authority, Respect and Courtesy.\n' +
        'Allegation 2 - against Sergeant Bexley and Constable Marwood\nThey left a prisoner unchecked for six hours. Standard: Duties and Responsibilities.\n',
      kind: 'hearing_notice',
      expected: ['Bexley|Authority, Respect and Courtesy|null', 'Bexley|Duties and Responsibilities|null', 'Marwood|Duties and Responsibilities|null'],
    },
    {
      // Reasons under a bare "Allegation N" line give that allegation's verdict, and the Standard they name
      // again is the same allegation, not a new one.
      text:
        'Misconduct hearing outcome\nThe officer, PC Dilys Arkwright, faced two allegations.\n' +
        'Allegation 1: she shared a custody record with a journalist, a breach of Confidentiality.\n' +
        'Allegation 2: she told her inspector the record had been lost, a breach of Honesty and Integrity.\n' +
        'Findings\nAllegation 1\nThe panel heard the journalist. Sharing the record was a breach of Confidentiality and we find that it amounted to gross misconduct.\n' +
        'Allegation 2\nThe inspector was unsure what he had been told. The allegation is not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Arkwright|Confidentiality|gross_misconduct', 'Arkwright|Honesty and Integrity|not_proven'],
    },
    {
      // An allegation admitted by number, its severity in the next sentence, though the page is about a gross misconduct hearing.
      text:
        'Gross misconduct hearing: outcome\nSergeant Ines Halloran faced two allegations.\n' +
        '1. Allegation 1: that she used a force vehicle for a private errand, a breach of Discreditable Conduct.\n' +
        '2. Allegation 2: that she ignored a direct order to attend a briefing, a breach of Orders and Instructions.\n' +
        'Findings\n3. Allegation 1 was proved and amounted to gross misconduct.\n' +
        '4. Allegation 2 was admitted. The panel found that ignoring the order was a breach amounting to misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Halloran|Discreditable Conduct|gross_misconduct', 'Halloran|Orders and Instructions|misconduct'],
    },
    {
      // The sanction sentence closing one case names its officer after that case's Standard; the next
      // paragraph's allegation belongs to the officer that paragraph opens with.
      text:
        'Outcomes of hearings this quarter\n\n' +
        'Sergeant Ada Korhonen pushed a handcuffed man against a cell door. The panel found a breach of Use of Force amounting to misconduct. Sergeant Korhonen received a written warning.\n\n' +
        'PC Bram Oyelaran, of the Roads Policing Unit, left a collision scene before the injured driver was seen by paramedics. The chair found a breach of Duties and Responsibilities amounting to misconduct.\n',
      kind: 'hearing_outcome',
      expected: ['Korhonen|Use of Force|misconduct', 'Oyelaran|Duties and Responsibilities|misconduct'],
    },
    {
      // A list of breaches found, then one sentence giving their combined severity.
      text: 'Outcome\nSergeant Ilse Varga-Moore did not attend.\n4. The chair found proved that her conduct breached the Standards of\nProfessional Behaviour as to:\n- Orders and Instructions;\n- Confidentiality (the text messages); and\n- Duties and Responsibilities.\nViewed together the breaches were so serious as to amount to gross misconduct.\n5. Outcome: the chair determined that she would have been dismissed.\n',
      kind: 'hearing_outcome',
      expected: [
        'Varga-Moore|Orders and Instructions|gross_misconduct',
        'Varga-Moore|Confidentiality|gross_misconduct',
        'Varga-Moore|Duties and Responsibilities|gross_misconduct',
      ],
    },
    {
      // Standards listed as alleged, then one verdict for all of them.
      text: 'Misconduct outcome\nOfficer\nSergeant Pell Okafor-Rhys\nThe Standards alleged to have been breached were:\nUse of Force\nDuties and Responsibilities\nThe chair determined that the sergeant committed misconduct on both of the Standards.\n',
      kind: 'hearing_outcome',
      expected: ['Okafor-Rhys|Use of Force|misconduct', 'Okafor-Rhys|Duties and Responsibilities|misconduct'],
    },
    {
      // Two Standards joined by "along with" share the severity after them.
      text: 'Outcome\nPC Wren Talbot-Ives attended.\nThe chair recorded these breaches:\n- Confidentiality, along with Orders and Instructions - misconduct;\n- Use of Force - not proven.\n',
      kind: 'hearing_outcome',
      expected: ['Talbot-Ives|Confidentiality|misconduct', 'Talbot-Ives|Orders and Instructions|misconduct', 'Talbot-Ives|Use of Force|not_proven'],
    },
    {
      // A findings field that names each Standard again with its own severity: a Standard's own clause
      // outranks the first severity the field states.
      text:
        'Misconduct hearing outcome\nOfficer: Detective Sergeant Piran Tresize\n' +
        'Breaches alleged: Honesty and Integrity; Confidentiality; Duties and Responsibilities\n' +
        'Findings: The chair held that the Honesty and Integrity and the Confidentiality breaches were gross misconduct.\n' +
        'The Duties and Responsibilities breach was made out and was misconduct only.\n' +
        'Sanction: Final written warning\n',
      kind: 'hearing_outcome',
      expected: ['Tresize|Honesty and Integrity|gross_misconduct', 'Tresize|Confidentiality|gross_misconduct', 'Tresize|Duties and Responsibilities|misconduct'],
    },
    {
      // The same in a two-column table whose finding cell wraps over lines opening with a bar.
      text:
        'Outcome of misconduct hearing\nName | PC Ottoline Grieve\n' +
        'Standards breached | Orders and Instructions\n| Use of Force\n' +
        'Determination | A breach of Use of Force was found, and it amounted to misconduct. The breach of\n| Orders and Instructions was also found; the panel held it was gross misconduct.\n' +
        'Outcome | Dismissed without notice\n',
      kind: 'hearing_outcome',
      expected: ['Grieve|Orders and Instructions|gross_misconduct', 'Grieve|Use of Force|misconduct'],
    },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      const d = doc(c.text);
      const { officers, mentions } = extractOfficers(d, c.kind);
      const ref = new Map(officers.map((o) => [o.key, o.label ?? o.name?.split(' ').pop()]));
      const got = extractAllegations(
        d,
        c.kind,
        officers.map((o) => o.key),
        mentions,
      ).map((a) => `${ref.get(a.officerKey)}|${a.standard}|${a.finding}`);
      assert.deepEqual(got, c.expected);
    });
  }
});
