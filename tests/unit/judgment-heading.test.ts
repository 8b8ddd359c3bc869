import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocText } from '../../ingest/text.js';
import { extractJudgment } from '../../ingest/extract/judgment/index.js';
import { findCaseNumbers } from '../../ingest/extract/judgment/caseNumber.js';
import { courtFromHeading, isJudgment } from '../../ingest/extract/judgment/court.js';
import { findJudges } from '../../ingest/extract/judgment/judges.js';
import { findParties } from '../../ingest/extract/judgment/parties.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));

const HIGH_COURT = `Approved Judgment R (Okonjo) v Police Misconduct Panel
Neutral Citation Number: [2023] EWHC 2291 (Admin)
Case No: AC-2023-CDF-000415
IN THE HIGH COURT OF JUSTICE
SITTING IN CARDIFF
KING'S BENCH DIVISION
ADMINISTRATIVE COURT IN WALES
Date: 02/11/2023
Before :
THE HONOURABLE MRS JUSTICE PENRHYN-ASH
(sitting in private)
- - - - - - - - - - - - - - - - - - - - -
Between :
THE KING
(on the application of DELIA OKONJO)
Claimant
- and -
POLICE MISCONDUCT PANEL Defendant
- and -
(1) SERGEANT TOM BRACE
(2) THE CHIEF CONSTABLE OF GWENT POLICE
Interested
Parties
- - - - - - - - - - - - - - - - - - - - -
Mr B Counsel (instructed by Solicitors LLP) for the Claimant
Hearing date: 24 October 2023`;

const APPEAL = `Neutral Citation Number: [2021] EWCA Civ 688 Appeal No: C1/2020/1544 Case No: CO/2871/2020
IN THE COURT OF APPEAL (CIVIL DIVISION)
SITTING AT THE ROYAL COURTS
ON APPEAL FROM THE HIGH COURT OF JUSTICE
ADMINISTRATIVE COURT
QUEEN'S BENCH DIVISION
[2020] EWHC 3105 (Admin)
Before:
LORD JUSTICE QUILTER
LADY JUSTICE ASHWORTH
and
SIR PETER MAYNE, PRESIDENT OF THE FAMILY DIVISION
B E T W E E N
THE QUEEN
(on the application of OFFICER B27)
Claimant/Respondent
and
THE COMMISSIONER OF POLICE OF THE
METROPOLIS
Defendant/Appellant
and
THE POLICE SUPERINTENDENTS' ASSOCIATION
Intervener
Ms R (instructed by MPS) for the appellant`;

describe('judgment heading', () => {
  it('reads citation, court, case number, judges and parties from a High Court heading', () => {
    const j = extractJudgment(doc(HIGH_COURT, 'Okonjo v PMP [2023] EWHC 2291 (Admin)\n1. Text.'));
    assert.equal(j.neutralCitation, '[2023] EWHC 2291 (Admin)');
    assert.equal(j.court, 'EWHC (Admin)');
    assert.deepEqual(j.caseNumbers, ['AC-2023-CDF-000415']);
    assert.deepEqual(j.judges, ['Mrs Justice Penrhyn-Ash']);
    assert.deepEqual(
      j.parties.map((p) => [p.name, p.role]),
      [
        ['Delia Okonjo', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
        ['Sergeant Tom Brace', 'interested_party'],
        ['The Chief Constable of Gwent Police', 'interested_party'],
      ],
    );
    assert.deepEqual(j.citations, [], 'the own citation in the running header is not a citation');
  });

  it('reads an appeal heading: court sitting, not the court below; roles that changed sides', () => {
    const j = extractJudgment(doc(APPEAL));
    assert.equal(j.neutralCitation, '[2021] EWCA Civ 688');
    assert.equal(j.court, 'EWCA Civ');
    assert.deepEqual(j.caseNumbers, ['C1/2020/1544', 'CO/2871/2020']);
    assert.deepEqual(j.judges, ['Lord Justice Quilter', 'Lady Justice Ashworth', 'Sir Peter Mayne']);
    assert.deepEqual(
      j.parties.map((p) => [p.name, p.role]),
      [
        ['Officer B27', 'claimant'],
        ['Officer B27', 'respondent'],
        ['The Commissioner of Police of the Metropolis', 'defendant'],
        ['The Commissioner of Police of the Metropolis', 'appellant'],
        ["The Police Superintendents' Association", 'intervener'],
      ],
    );
    assert.deepEqual(
      j.citations.map((c) => c.canonical),
      ['[2020] EWHC 3105 (Admin)'],
    );
  });

  it('pairs names and roles when the caption table is flattened into columns', () => {
    const text = `Between :\nTHE KING ON THE APPLICATION OF THE CHIEF CONSTABLE OF X POLICE\nClaimant\n- and -\nPOLICE MISCONDUCT PANEL\nP.S. JANE ROE\nDefendant\nInterested Party\nMs Y (instructed by Z) for the Claimant`;
    assert.deepEqual(
      findParties(doc(text)).map((p) => [p.name, p.role]),
      [
        ['The Chief Constable of X Police', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
        ['P.S. Jane Roe', 'interested_party'],
      ],
    );
  });

  it('reads a caption opened by the Crown\'s line when there is no "Between"', () => {
    const text = `R (on the application of MICHAEL PORT) Appellant\nv\nPOLICE APPEALS TRIBUNAL Respondent\nCHIEF CONSTABLE OF X POLICE Interested Party\nMr A (instructed by B) for the Appellant`;
    assert.deepEqual(
      findParties(doc(text)).map((p) => [p.name, p.role]),
      [
        ['Michael Port', 'appellant'],
        ['Police Appeals Tribunal', 'respondent'],
        ['Chief Constable of X Police', 'interested_party'],
      ],
    );
  });

  const titles: { title: string; parties: [string, string][] }[] = [
    {
      title: 'R (ON THE APPLICATION OF JANE SMITH) v COMMISSIONER OF POLICE OF THE METROPOLIS',
      parties: [
        ['Jane Smith', 'claimant'],
        ['Commissioner of Police of the Metropolis', 'defendant'],
      ],
    },
    {
      title: 'Approved Judgment. R (Garroway) v Police Misconduct Panel',
      parties: [
        ['Garroway', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
      ],
    },
    {
      title: 'The King (on the application of Bob Jones) v Police Misconduct Panel (PS Roe)',
      parties: [
        ['Bob Jones', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
        ['PS Roe', 'interested_party'],
      ],
    },
  ];
  for (const t of titles) {
    it(`parties from the title line ${JSON.stringify(t.title)}`, () => {
      assert.deepEqual(
        findParties(doc(t.title + '\nIN THE HIGH COURT OF JUSTICE')).map((p) => [p.name, p.role]),
        t.parties,
      );
    });
  }

  it('finds the own citation of an unlabelled Supreme Court judgment at the top of page 1', () => {
    const j = extractJudgment(
      doc(
        'Hilary Term\n[2019] UKSC 12\nOn appeal from: [2017] EWCA Civ 34\nJUDGMENT\nR (on the application of A) v B\nbefore\nLord Reed, President\nLady Black\nJUDGMENT GIVEN ON\n1 March 2019',
      ),
    );
    assert.equal(j.neutralCitation, '[2019] UKSC 12');
    assert.equal(j.court, 'UKSC');
    assert.deepEqual(
      j.citations.map((c) => c.canonical),
      ['[2017] EWCA Civ 34'],
    );
  });

  it('gives non-judgments no citation, court, judges or parties, but still their citations', () => {
    const j = extractJudgment(
      doc('Outcome of the misconduct hearing\nGuidance in Wintle v Chief Constable of Gwent [2018] EWCA Civ 512 was followed.\nBefore: the chair'),
    );
    assert.equal(j.neutralCitation, null);
    assert.equal(j.court, null);
    assert.deepEqual(j.judges, []);
    assert.deepEqual(
      j.citations.map((c) => c.canonical),
      ['[2018] EWCA Civ 512'],
    );
  });

  const courts: { heading: string; court: string | null }[] = [
    { heading: 'IN THE COURT OF APPEAL (CRIMINAL DIVISION)\nON APPEAL FROM THE CROWN COURT', court: 'EWCA Crim' },
    { heading: 'IN THE HIGH COURT OF JUSTICE\nQUEEN’S BENCH DIVISION\nADMINISTRATIVE COURT', court: 'EWHC (Admin)' },
    { heading: 'IN THE HIGH COURT OF JUSTICE\nKING’S BENCH DIVISION', court: 'EWHC (KB)' },
    { heading: 'IN THE UPPER TRIBUNAL (ADMINISTRATIVE APPEALS CHAMBER)', court: 'UKUT (AAC)' },
    { heading: 'IN THE SUPREME COURT OF THE UNITED KINGDOM', court: 'UKSC' },
  ];
  for (const c of courts) {
    it(`court from heading ${JSON.stringify(c.heading.split('\n')[0])}`, () => {
      assert.equal(isJudgment(c.heading), true);
      assert.equal(courtFromHeading(c.heading), c.court);
    });
  }

  it('is not fooled by courts mentioned in an article', () => {
    assert.equal(isJudgment('News\nA High Court judge ruled on Friday that the Court of Appeal was right.'), false);
  });

  const numbers: { text: string; numbers: string[] }[] = [
    { text: 'Case No: CO/1234/2023', numbers: ['CO/1234/2023'] },
    { text: 'Case No: AC-2023-LON-001234', numbers: ['AC-2023-LON-001234'] },
    { text: 'Appeal No: C1/2019/1234', numbers: ['C1/2019/1234'] },
    { text: 'Case Nos: CO/1/2020 and CO/2/2020', numbers: ['CO/1/2020', 'CO/2/2020'] },
  ];
  for (const c of numbers) {
    it(`case numbers in ${JSON.stringify(c.text)}`, () => assert.deepEqual(findCaseNumbers(c.text), c.numbers));
  }

  it('judges from the line that opens the judgment when there is no bench block', () => {
    assert.deepEqual(findJudges('Approved Judgment\nMr Justice Ellerby :\n1. Introduction'), ['Mr Justice Ellerby']);
  });
});
