import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../ingest/classify.js';

describe('classify', () => {
  const cases: { text: string; expected: string }[] = [
    { text: 'Neutral Citation Number: [2022] EWHC 1 (Admin)\nIN THE HIGH COURT OF JUSTICE\nApproved Judgment', expected: 'judgment' },
    // An employment tribunal's reserved judgment on a dismissed constable's claim retells the dismissal too.
    {
      text: 'Case No: 2209911/2030\nEMPLOYMENT TRIBUNALS\nClaimant:   Ms Q Harwood\nRespondent: Chief Constable of Dyfed-Powys Police\nBefore: Employment Judge Tallis\nRESERVED JUDGMENT\n1. The claimant was dismissed without notice after a panel found she had lied. Her claim of unfair dismissal fails.',
      expected: 'judgment',
    },
    // A coroner's report to prevent future deaths names the force's failings, as a review does.
    {
      text: 'REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\nTHIS REPORT IS BEING SENT TO: the Chief Constable\nThe person conducting the meeting found that the sergeant had not checked the cell, and he received a written warning.',
      expected: 'review',
    },
    // An investigator's summary: it found a case to answer, and the hearing is yet to come.
    {
      text: 'Sergeant to face hearing after death in police van\nOur investigation into the death of a man in Luton has concluded. We found that a Bedfordshire Police sergeant should answer for gross misconduct at a hearing the force will arrange.',
      expected: 'review',
    },
    // A notice page whose related-links list names the outcomes page.
    {
      text: 'Misconduct hearing - PC 2201 Iwan Dace\nA constable will face a gross misconduct hearing in March.\nIt is alleged that he lied on a duty statement.\nRelated pages\n  Misconduct hearing outcomes\n  Complaints about the police\n  Careers',
      expected: 'hearing_notice',
    },
    // A front sheet titled "Record of outcome", the proceeding on the next line.
    {
      text: 'OFFICIAL\nProfessional Standards\nRECORD OF OUTCOME\nSPECIAL CASE HEARING\nSubject officer: PC 3301 Ana Vell\nHearing dates: 2 May 2031',
      expected: 'hearing_outcome',
    },
    // A force's news page: two officers will face a hearing later this month.
    {
      text: 'News | Misconduct outcomes | Contact us\nTwo officers to face hearing\nA constable and a sergeant will face a gross misconduct hearing this month. Both are due to attend the hearing in Hatfield. It is alleged that they used unnecessary force.',
      expected: 'hearing_notice',
    },
    // The Employment Appeal Tribunal's judgment on a police staff dismissal retells the dismissal it reviews.
    {
      text: 'Neutral Citation Number: [2031] EAT 7\nEMPLOYMENT APPEAL TRIBUNAL\nMR OSIAN PRYDDERCH Appellant\nTHE CHIEF CONSTABLE OF GWENT POLICE Respondent\n1. The appellant, a police staff investigator, was dismissed without notice after the disciplinary panel found the allegations proven. He received a written warning in 2029.',
      expected: 'judgment',
    },
    { text: 'NOTICE OF MISCONDUCT HEARING\nThe hearing will take place on 3 May 2024. The allegations have not been proven.', expected: 'hearing_notice' },
    { text: 'Forthcoming hearings\nPC A is to face a gross misconduct hearing. It is alleged that PC A breached Honesty and Integrity.', expected: 'hearing_notice' },
    { text: 'Outcome of misconduct hearing\nThe panel found the allegations proven. PC Smith was dismissed without notice.', expected: 'hearing_outcome' },
    { text: "WRITTEN REASONS FOR THE PANEL'S DETERMINATION\nThe Panel determined that the conduct amounted to gross misconduct.", expected: 'hearing_outcome' },
    { text: 'OUTCOME OF MISCONDUCT MEETING\nAllegation 1 – Misconduct proven. Outcome: management advice.', expected: 'hearing_outcome' },
    {
      text: 'POLICE APPEALS TRIBUNAL\nBETWEEN\nFORMER CONSTABLE OWEN TARR\nAppellant\nDECISION AND REASONS OF THE TRIBUNAL\nIntroduction\n1. The appellant served in the response team until his dismissal.',
      expected: 'hearing_outcome',
    },
    {
      text: 'Wessex Constabulary\nCounter Corruption Unit - Annual Report 2019/20\nTable 3: cases concluded\n1 | PC Ann Vole | Dismissed without notice\n2 | Officer 2 | Final written warning',
      expected: 'review',
    },
    { text: 'Independent Office for Police Conduct\nLearning the lessons\nIssue 12 | Road traffic\nCase 2 - a pursuit ended in a collision', expected: 'review' },
    {
      text: 'Misconduct Meeting - Record of Outcome\nOfficer concerned: PS Dale\nFindings\nThe allegation was admitted. PS Dale was given management advice.',
      expected: 'hearing_outcome',
    },
    {
      text: 'Misconduct proceedings - published outcome\nWhat the officer did\nThe person conducting the meeting found that SC Rowe had breached the Standards.',
      expected: 'hearing_outcome',
    },
    { text: 'Independent Review of Standards – Final Report\nChapter 3\nRecommendation 4: the force should publish data.', expected: 'review' },
    // A special case (accelerated) hearing headed with its outcome.
    {
      text: 'Anyshire Constabulary\n\nSpecial case hearing - result\n\nOfficer\nPC Ned Oram\nVenue\nForce headquarters, held in public\nThe hearing was conducted by the chief constable under the accelerated procedure.',
      expected: 'hearing_outcome',
    },
    // A commissioner's news item whose officer is demoted; a link to an inspection below does not make it a review.
    {
      text: 'Anyshire Commissioner\nNews\nStatement after the hearing of a superintendent\nThe panel found the bullying proven. It directed that Superintendent Ola Brandt be reduced by one rank.\nMore news\nHMICFRS report on call handling',
      expected: 'hearing_outcome',
    },
    // A newspaper's report of one officer's dismissal and listing is the outcome's report, byline and all.
    {
      text: 'Anytown Gazette\nSubscribe\nConstable sacked for lying about crash\nBy Wynn Holt, Crime Reporter\nA constable has been sacked. The panel found he lied about a crash. He will be added to the barred list held by the College of Policing.',
      expected: 'hearing_outcome',
    },
    // An outcome that says how the absent officer was told of the hearing is still an outcome.
    {
      text: 'Anyshire Police | Standards\nMisconduct outcome: former DC Ivo Lane\nNotice of the hearing was sent to his last address. He did not attend.\nThe panel decided that he would have\nbeen dismissed.',
      expected: 'hearing_outcome',
    },
    // The decision-maker's own report, its findings in its own voice.
    {
      text: 'Anyshire Police\nREPORT OF THE MISCONDUCT PANEL\nOfficers concerned: PC Lune\n4. Findings\n4.1 We find that PC Lune pushed the man without need.',
      expected: 'hearing_outcome',
    },
    {
      text: 'Decision of the person conducting the misconduct hearing\nStaff member: Mr Tarrant\n5. Allegation (b) is proven. Mr Tarrant is dismissed without notice.',
      expected: 'hearing_outcome',
    },
    // "If the allegation is proven" is what a notice warns of, not a finding.
    {
      text: 'Misconduct hearing: PC Lune\nThe hearing will take place on 4 June 2026. If the allegation is proven, PC Lune could be dismissed. It is alleged that she lied.',
      expected: 'hearing_notice',
    },
    { text: 'Officer sacked\nBy Jo Bloggs, Home Affairs Correspondent\nA constable has been sacked. © The Daily Paper 2024', expected: 'other' },
    { text: 'Minutes of the parish council: bins, potholes and the summer fete.', expected: 'other' },
    // A paper decision on permission: no neutral citation, and its reasons recount the panel's findings.
    {
      text: [
        'IN THE HIGH COURT OF JUSTICE',
        'Claim reference CO/0099/2026',
        'R (on the application of Tam Osei) Claimant',
        'The Chief Constable of Somewhere Police Defendant',
        'ORDER',
        'Permission to apply for judicial review is refused.',
        'Reasons: the panel found the allegation proven and the claimant was dismissed without notice.',
      ].join('\n'),
      expected: 'judgment',
    },
    {
      text: 'IN THE HIGH COURT OF JUSTICE\nUpon reading the papers\nAcme Chief Constable\nFirst Interested Party\nORDER\nThe panel found the charge proven; the officer was dismissed without notice.',
      expected: 'judgment',
    },
    // Title-case court heading and an "Order by ... Judge" line instead of an ORDER heading.
    {
      text: "In the High Court of Justice\nKing's Bench Division\nIvo Dane Claimant\nChief Constable of Kent Police Defendant\nOrder by His Honour Judge Pryce sitting as a judge of the High Court\nReasons: the panel found gross misconduct and the officer was dismissed without notice.",
      expected: 'judgment',
    },
    {
      text: 'Nurse cleared\nA former PC appeared in the High Court yesterday. The panel found gross misconduct and he was dismissed without notice.',
      expected: 'hearing_outcome',
    },
    // A tribunal's decision on an officer's appeal names an appellant and a respondent, not a claimant.
    {
      text: 'APPEALS TRIBUNAL DECISION\nAppellant: former DC Rook\nRespondent: the Chief Constable\nThe panel found gross misconduct and he was dismissed without notice. The appeal fails.',
      expected: 'hearing_outcome',
    },
    // A report that tells individual cases to illustrate its findings stays a report: its title sits
    // under a protective marking, and it has contents, captions, a reporting period and counts.
    {
      text: [
        'OFFICIAL SENSITIVE',
        'An inspection of vetting and standards in Anyshire Police',
        'Contents',
        'Key findings ........................................ 4',
        'Table 2: Files sampled by department',
        'Area for improvement 2: supervisors should log conduct concerns.',
        'Example 1: PC Vane was dismissed without notice after the panel found gross misconduct.',
        'Example 2: a sergeant received a written warning; the panel found the allegation proven.',
      ].join('\n'),
      expected: 'review',
    },
    {
      text: [
        'Anyshire Police',
        'Standards Directorate ANNUAL REPORT 2030/31',
        '(1 April 2030 to 31 March 2031)',
        'Key figures: 412 complaint cases recorded and 21 conduct matters assessed.',
        'Hearing A: the panel found gross misconduct and PC Tarn was dismissed without notice.',
        'Hearing B: the panel found that former PC Ely would have been dismissed.',
      ].join('\n'),
      expected: 'review',
    },
    // A review's title under its publisher's name (line three), and the files it sampled counted:
    // the cases it retells with their sanctions do not make it an outcome.
    {
      text: [
        'Office of the Anyshire Mayor',
        'Policing and Justice',
        'Independent Review of Conduct Proceedings in Anyshire Constabulary',
        'We read 48 conduct files closed in the last two years; we found most were handled well.',
        'Example X: the panel found the breach proven and the sergeant was dismissed without notice.',
        'Example Y: the constable received a written warning. Example Z: the officer was dismissed.',
        'Recommendation 2: publish a target time for listing hearings.',
      ].join('\n'),
      expected: 'review',
    },
    // A listing whose cases say what would follow if proven, and where outcomes go afterwards, is a notice.
    {
      text: [
        'Upcoming conduct hearings - Anyshire Constabulary',
        "Sgt 2290 Perpetua Lowe, Custody. It is alleged that she ignored a detainee's request for a doctor.",
        'If the allegation is found proven and the panel decides she would have been dismissed had she still been serving, her name will be added to the barred list.',
        'Results of hearings are published on the Misconduct hearing outcomes page once the panel has given its decision.',
      ].join('\n'),
      expected: 'hearing_notice',
    },
    // A press release with nothing but the hearing to come: officers "to appear", a hearing that "will begin on".
    {
      text: 'Newsroom\nThree constables to appear before conduct panel over cell death\nThe three officers are to appear at a hearing next month. It will begin on 2 June and is expected to last six days at headquarters.',
      expected: 'hearing_notice',
    },
    // An investigator's news release announcing the hearing it led to, though it speaks of "our investigation".
    {
      text: 'IOPC news\nSergeant to face gross misconduct hearing after our inquiry into missed calls\nOur investigation found the sergeant may have failed to log six calls. It is for a panel to decide whether the allegations are proven. The hearing is scheduled to start on 4 May.',
      expected: 'hearing_notice',
    },
    // An inquiry's report in capitals, in volumes, retelling the conduct outcomes of several officers.
    {
      text: 'THE RIVERSIDE INQUIRY\nReport into the policing of the Riverside estate\nVolume III\nChapter 7: Individual officers\n7.1 Officer N3 was dismissed without notice in 2019; the panel found gross misconduct. Officer N5 was given a written warning.',
      expected: 'review',
    },
    // A coroner's record of an inquest, though it notes a conduct meeting's warning.
    {
      text: "NORTHSHIRE CORONER'S COURT\nINQUEST TOUCHING THE DEATH OF A MAN AGED 40\nI find that he died of a head injury. The detention officer was given a written warning at a misconduct meeting.",
      expected: 'review',
    },
    // A heading's cue is not supposed by the sentence after it, and a former officer's "if he were still serving" is a result.
    {
      text: 'Misconduct hearing outcome\nA hearing was held to decide whether former DC Ivo Marsh had lied. The panel found that if he had still been serving he would have been dismissed.',
      expected: 'hearing_outcome',
    },
    // An outcome that mentions the inquest further down is still an outcome.
    {
      text: "Outcome of hearing\nPC Nell Orme was given a final written warning after the panel found the allegation proven.\nThe inquest touching the death of Mr A at the county's Coroner's Court found no fault in her actions.",
      expected: 'hearing_outcome',
    },
    // The panel's decision headed after the proceeding's name, with nothing else an outcome page says.
    {
      text: 'Page 1 of 4 OFFICIAL\nANYSHIRE POLICE\nGROSS MISCONDUCT HEARING - DECISION OF THE PANEL\nOfficer C (Dog Support Unit)\nDates of hearing: 2 and 3 March 2031',
      expected: 'hearing_outcome',
    },
    // The inspectorate's letter revisiting a force, though it retells two cases' outcomes.
    {
      text: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services\nDear Chief Constable,\nWe examined 30 conduct files closed last year. In one, Officer M was given a written warning.",
      expected: 'review',
    },
  ];
  for (const c of cases) {
    it(`${c.expected}: ${c.text.slice(0, 40)}`, () => {
      const r = classify(c.text);
      assert.equal(r.kind, c.expected);
      assert.ok(r.confidence > 0 && r.confidence <= 1);
    });
  }
  it('is more confident with clearer signals', () => {
    const strong = classify('Neutral Citation Number: [2022] EWHC 1 (Admin)\nIN THE HIGH COURT OF JUSTICE\nApproved Judgment');
    const weak = classify('the judge said the appeal is dismissed');
    assert.ok(strong.confidence > weak.confidence);
  });
});
