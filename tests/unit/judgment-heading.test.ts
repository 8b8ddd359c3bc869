import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocText } from '../../ingest/text.js';
import { extractJudgment } from '../../ingest/extract/judgment/index.js';
import { findCaseNumbers } from '../../ingest/extract/judgment/caseNumber.js';
import { courtFromHeading, isJudgment } from '../../ingest/extract/judgment/court.js';
import { findJudges } from '../../ingest/extract/judgment/judges.js';
import { findParties } from '../../ingest/extract/judgment/parties.js';

const doc = (...texts: string[]) => new DocText(texts.map((text, i) => ({ num: i + 1, text })));

const HIGH_COURT = `Approved Judgment R (Smith) v Police Misconduct Panel
Neutral Citation Number: [2024] EWHC 1877 (Admin)
Case No: AC-2024-LON-000872
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
ADMINISTRATIVE COURT
Date: 19/07/2024
Before :
THE HONOURABLE MRS JUSTICE FARTHING-LEE
(sitting in private)
- - - - - - - - - - - - - - - - - - - - -
Between :
THE KING
(on the application of ANNA SMITH)
Claimant
- and -
POLICE MISCONDUCT PANEL Defendant
- and -
(1) THE CHIEF CONSTABLE OF KENT POLICE
(2) PC JOHN DOE
Interested
Parties
- - - - - - - - - - - - - - - - - - - - -
Ms A Barrister (instructed by Firm LLP) for the Claimant
Hearing date: 9 July 2024`;

const APPEAL = `Neutral Citation Number: [2020] EWCA Civ 1301 Appeal No: C1/2019/2919 Case No: CO/463/2019
IN THE COURT OF APPEAL (CIVIL DIVISION)
ON APPEAL FROM THE HIGH COURT OF JUSTICE
QUEEN'S BENCH DIVISION
[2019] EWHC 2215 (Admin)
Before:
SIR JOHN ROE, CHANCELLOR OF THE HIGH COURT
LADY JUSTICE MARSH
and
LORD JUSTICE HALE-BROWN
B E T W E E N
THE QUEEN
(on the application of OFFICER X1)
Claimant/Respondent
and
DIRECTOR GENERAL OF THE INDEPENDENT OFFICE FOR POLICE
CONDUCT
Defendant/Appellant
and
THE NATIONAL POLICE CHIEFS' COUNCIL
Intervener
Mr Q (instructed by IOPC) for the appellant`;

describe('judgment heading', () => {
  it('reads citation, court, case number, judges and parties from a High Court heading', () => {
    const j = extractJudgment(doc(HIGH_COURT, 'Smith v PMP [2024] EWHC 1877 (Admin)\n1. Text.'));
    assert.equal(j.neutralCitation, '[2024] EWHC 1877 (Admin)');
    assert.equal(j.court, 'EWHC (Admin)');
    assert.deepEqual(j.caseNumbers, ['AC-2024-LON-000872']);
    assert.deepEqual(j.judges, ['Mrs Justice Farthing-Lee']);
    assert.deepEqual(
      j.parties.map((p) => [p.name, p.role]),
      [
        ['Anna Smith', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
        ['The Chief Constable of Kent Police', 'interested_party'],
        ['PC John Doe', 'interested_party'],
      ],
    );
    assert.deepEqual(j.citations, [], 'the own citation in the running header is not a citation');
  });

  it('reads an appeal heading: court sitting, not the court below; roles that changed sides', () => {
    const j = extractJudgment(doc(APPEAL));
    assert.equal(j.neutralCitation, '[2020] EWCA Civ 1301');
    assert.equal(j.court, 'EWCA Civ');
    assert.deepEqual(j.caseNumbers, ['C1/2019/2919', 'CO/463/2019']);
    assert.deepEqual(j.judges, ['Sir John Roe', 'Lady Justice Marsh', 'Lord Justice Hale-Brown']);
    assert.deepEqual(
      j.parties.map((p) => [p.name, p.role]),
      [
        ['Officer X1', 'claimant'],
        ['Officer X1', 'respondent'],
        ['Director General of the Independent Office for Police Conduct', 'defendant'],
        ['Director General of the Independent Office for Police Conduct', 'appellant'],
        ["The National Police Chiefs' Council", 'intervener'],
      ],
    );
    assert.deepEqual(j.citations.map((c) => c.canonical), ['[2019] EWHC 2215 (Admin)']);
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
      parties: [['Jane Smith', 'claimant'], ['Commissioner of Police of the Metropolis', 'defendant']],
    },
    { title: 'Approved Judgment. R (Garroway) v Police Misconduct Panel', parties: [['Garroway', 'claimant'], ['Police Misconduct Panel', 'defendant']] },
    {
      title: 'The King (on the application of Bob Jones) v Police Misconduct Panel (PS Roe)',
      parties: [['Bob Jones', 'claimant'], ['Police Misconduct Panel', 'defendant'], ['PS Roe', 'interested_party']],
    },
  ];
  for (const t of titles) {
    it(`parties from the title line ${JSON.stringify(t.title)}`, () => {
      assert.deepEqual(findParties(doc(t.title + '\nIN THE HIGH COURT OF JUSTICE')).map((p) => [p.name, p.role]), t.parties);
    });
  }

  it('finds the own citation of an unlabelled Supreme Court judgment at the top of page 1', () => {
    const j = extractJudgment(doc('Hilary Term\n[2019] UKSC 12\nOn appeal from: [2017] EWCA Civ 34\nJUDGMENT\nR (on the application of A) v B\nbefore\nLord Reed, President\nLady Black\nJUDGMENT GIVEN ON\n1 March 2019'));
    assert.equal(j.neutralCitation, '[2019] UKSC 12');
    assert.equal(j.court, 'UKSC');
    assert.deepEqual(j.citations.map((c) => c.canonical), ['[2017] EWCA Civ 34']);
  });

  it('gives non-judgments no citation, court, judges or parties, but still their citations', () => {
    const j = extractJudgment(doc('Misconduct hearing outcome\nThe panel applied Salter v Chief Constable of Dorset [2012] EWCA Civ 1047.\nBefore: the chair'));
    assert.equal(j.neutralCitation, null);
    assert.equal(j.court, null);
    assert.deepEqual(j.judges, []);
    assert.deepEqual(j.citations.map((c) => c.canonical), ['[2012] EWCA Civ 1047']);
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
