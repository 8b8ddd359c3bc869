import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractUnits } from '../../ingest/extract/units.js';
import { DocText } from '../../ingest/text.js';

describe('extractUnits', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'Posting when the conduct was said to occur: Roads Policing Unit, Worthing', expected: ['Roads Policing Unit'] },
    {
      text: 'At the time the sergeant was the supervisor for Skegness and Mablethorpe Neighbourhood Policing. She denied it.',
      expected: ['Skegness and Mablethorpe Neighbourhood Policing'],
    },
    { text: "Both constables served in BTP's Euston district when it happened.", expected: ['Euston district'] },
    { text: 'Base at the time:   Louth, Neighbourhood Policing Team\nHearing: 3 May 2026', expected: ['Neighbourhood Policing Team'] },
    { text: 'He was sent to the College of Policing for a course.', expected: [] },
    {
      text: 'Case 1\nPC A - Exeter Response\nFinding: misconduct\nCase 2\nSergeant B - Torquay Custody\nFinding: proven',
      expected: ['Exeter Response', 'Torquay Custody'],
    },
    { text: 'He died in Police Custody in 2019 and the family complained.', expected: [] },
    {
      text: 'Chaired by\nChief Inspector Ruth Amble-Doyle\nSubject\nDetective Sergeant Ines Parrow-Quill\nDepartment\nWatford Child Protection Unit\nComplainant',
      expected: ['Watford Child Protection Unit'],
    },
    { text: 'a hearing for Sergeant Mo Dhar of the Kent Police Tactical Operations Unit, held on 2 May', expected: ['Tactical Operations Unit'] },
    { text: 'PC Ada Lunt was attached to the Person TRTWZQ team (Deal).', expected: [] },
    { text: 'Subject: PC Dara Whelk\nPosted to: Harrowgate Rural Safer Neighbourhood Team\nHearing: 2 May', expected: ['Harrowgate Rural Safer Neighbourhood Team'] },
    { text: 'Rank\nSpecial Sergeant\nUnit\nFenland Special Constabulary\nHearing type', expected: ['Fenland Special Constabulary'] },
    { text: 'The officers were DS Ana Pike (Grantham CID) and PC Lee Fane (Grantham CID).', expected: ['Grantham CID'] },
    { text: 'Role | Police Staff - Call Handler\nDepartment | Contact Management, Bicester\nHearing | 3 May', expected: ['Contact Management'] },
    { text: 'Subject officer: Police Constable (Student) Rhys Bannon, Barnsley North NPT\nHearing: 2 May', expected: ['Barnsley North NPT'] },
    { text: 'She was then a sergeant supervising the Old\nQuay Neighbourhood Team in Wrexham.', expected: ['Old Quay Neighbourhood Team'] },
    { text: 'Department\nSerious Organised Crime Directorate, Cyber Squad\nDate of hearing', expected: ['Serious Organised Crime Directorate', 'Cyber Squad'] },
    { text: 'Posting Criminal Investigation Department, Southern Area Command', expected: ['Criminal Investigation Department', 'Southern Area Command'] },
    { text: 'PC A – North West Basic Command Unit\nCommand / unit North West Basic Command Unit (Barnet)', expected: ['North West Basic Command Unit'] },
    { text: 'both officers were attached to the Birmingham East\nLocal Policing Area and worked shifts', expected: ['Birmingham East Local Policing Area'] },
    { text: "a sergeant from Avon and Somerset Police's Operational Support\nUnit, lost her job", expected: ['Operational Support Unit'] },
    { text: 'Unit at time of\nconduct Southampton CID\nHearing dates', expected: ['Southampton CID'] },
    { text: 'Misconduct hearing outcome: Inspector Jo Bloggs\nEastern Division | Hearing held', expected: ['Eastern Division'] },
    { text: 'PC Hale of the Territorial Support Group (TSG) and the Directorate of Professional Standards', expected: ['Territorial Support Group'] },
    { text: 'Officer concerned: Inspector 2210 Nia Pardoe (Penrith Response)\nOutcome: final written warning', expected: ['Penrith Response'] },
    { text: 'Subject: PC Tomos Vale, Rhyl LPU\nAllegation 1: Use of Force', expected: ['Rhyl LPU'] },
    { text: 'Mrs Ola Reed, police staff (Control Room), did not attend the meeting.', expected: ['Control Room'] },
    { text: 'Constable Bran Haddow\nc/o Ashby Safer Neighbourhood Team\nLoughborough', expected: ['Ashby Safer Neighbourhood Team'] },
    { text: 'The report (Annual Review) was published in May.', expected: [] },
    { text: 'He consulted the Occupational Health Unit and the Professional Standards Department.', expected: [] },
    { text: "instructed by the Government Legal Department; IN THE HIGH COURT, Queen's Bench Division", expected: [] },
    {
      text: 'He served in the Parliamentary and Diplomatic Protection Command (PaDP) and later in PaDP again.',
      expected: ['Parliamentary and Diplomatic Protection Command'],
    },
    // A name the page wrapped in running prose is kept whole; a chair's own unit is not the subject's.
    { text: 'She was posted to the South Area\nCriminal Investigation Department. She appeals.', expected: ['South Area Criminal Investigation Department'] },
    { text: 'Subjects\nDetective Sergeant Una Pryor, Economic Crime Unit\nChaired by: Superintendent, Mendip Local Policing Area', expected: ['Economic Crime Unit'] },
    { text: 'Station: Ynys Mon Rural Policing Team\nStation: Holyhead', expected: ['Ynys Mon Rural Policing Team'] },
    { text: "a sergeant in the force's Rotherham district at the time", expected: ['Rotherham district'] },
    { text: 'Officer concerned: Sergeant Ida Bale, Whitby Neighbourhood Policing Team', expected: ['Whitby Neighbourhood Policing Team'] },
    { text: 'She worked in the Stockport District Patrol team until 2024.', expected: ['Stockport District Patrol team'] },
    // Posting fields worded in other ways, and a field value without a unit word.
    { text: 'Unit at the time of the conduct: Reading Local Policing Area, Neighbourhood Policing', expected: ['Reading Local Policing Area'] },
    { text: 'Posting (all three): Wrexham Local Policing Team\nDate of hearing: 1 May 2025', expected: ['Wrexham Local Policing Team'] },
    { text: 'Department: Erewash Safer Neighbourhood Team\nHearing: 2 May 2025', expected: ['Erewash Safer Neighbourhood Team'] },
    { text: 'Attached to: Central Operations, Birmingham New Street\nStation: Kidderminster', expected: ['Central Operations'] },
    // A lettered division in a table row; a department split over a line break is still not the subject's.
    { text: 'Officer | Rank | Area\nJo Bloggs | Police Constable | B Division (London North)', expected: ['B Division'] },
    { text: 'Details are available from the Professional\nStandards Department.', expected: [] },
    // The press writes a unit in lower case after the force's possessive.
    { text: "who worked for Lincolnshire Police's public protection unit in Boston", expected: ['Public Protection Unit'] },
    { text: "He was referred to the force's professional standards department.", expected: [] },
    // A unit word followed by a colon is the next field's label, not the end of a name.
    { text: 'Officers: DC 1873 Sam Qureshi\nDepartment: Child Abuse Investigation Team, Cheltenham', expected: ['Child Abuse Investigation Team'] },
    // A place in capitals and the unit in lower case, after a posting or a role field.
    { text: 'PCSO Marsh, who worked in the Peterborough South neighbourhood policing team, attended.', expected: ['Peterborough South neighbourhood policing team'] },
    {
      text: 'Role at the time: Custody sergeant, Martlesham custody investigation unit\nMeeting held on: 9 January 2026',
      expected: ['Martlesham custody investigation unit'],
    },
    { text: 'The file went to the Crown Prosecution Service team in Leeds.', expected: [] },
    { text: 'the custody sergeant said.\nOfficers from the response team arrived.', expected: [] },
    // Volunteers serve in the Special Constabulary, which has no unit word; its policy is not a posting.
    { text: 'She was a volunteer with the Special Constabulary at Stroud.', expected: ['Special Constabulary'] },
    { text: 'He cancelled shifts, contrary to the Special Constabulary duty policy.', expected: [] },
    { text: 'At the time he was on the North Yorkshire Serious Collision Team.', expected: ['North Yorkshire Serious Collision Team'] },
    { text: 'She was then a constable in the Domestic Abuse team based at Rhyl.', expected: ['Domestic Abuse team'] },
    { text: 'Both were members of a Missing Persons team in the east of the county.', expected: ['Missing Persons team'] },
    { text: 'PS 771 Ewan Tosh Hartlepool Neighbourhood Support Unit\nHearing: 3 May', expected: ['Hartlepool Neighbourhood Support Unit'] },
    // A centre where staff work is a unit; one where the hearing sits is a venue.
    {
      text: 'Subject: Ms Ona Reid, member of police staff (despatcher), Force Communications Centre\nVenue: Ashford Training Centre',
      expected: ['Force Communications Centre'],
    },
    // The department that investigated, wrapped at its hyphen, is still not the subject's unit.
    { text: "after an inquiry by the force's Anti-\nCorruption Unit, PC Lo of the Dog\nSupport Unit was suspended", expected: ['Dog Support Unit'] },
    // A table flattened one cell per line: the officer's line, then the unit's.
    { text: 'Officer\nDistrict\nFinding\n14/10/2025\nPS Rowan Tilly\nWakefield District\nUse of Force', expected: ['Wakefield District'] },
    { text: "a sergeant in the force's Cyber Crime team since 2019", expected: ['Cyber Crime team'] },
  ];
  // Names and abbreviations of the units vocabulary (src/domain/units.ts), in new wordings.
  const vocabulary: { text: string; expected: string[] }[] = [
    { text: 'PC Hale of the TSG attended the flat.', expected: ['TSG'] },
    { text: 'She was posted to the Royalty and Specialist Protection team in 2015.', expected: ['Royalty and Specialist Protection'] },
    { text: 'A sergeant in the Diplomatic Protection Group at Westminster.', expected: ['Diplomatic Protection Group'] },
    { text: 'DC Oduya, who served with SCO19, resigned.', expected: ['SCO19'] },
    { text: 'Inspector Vale joined the Directorate of Professional Standards in 2020.', expected: [] },
    { text: 'Two DPS investigators interviewed him.', expected: [] },
  ];
  for (const c of vocabulary)
    it(c.text.slice(0, 50), () =>
      assert.deepEqual(
        extractUnits(new DocText([{ num: 1, text: c.text }])).map((u) => u.name),
        c.expected,
      ),
    );
  it('keeps the period written beside the unit', () => {
    const [u] = extractUnits(new DocText([{ num: 1, text: 'Sergeant Dunne, Territorial Support Group (2014 to 2019), then a trainer.' }]));
    assert.deepEqual({ from: u?.period?.from, to: u?.period?.to }, { from: '2014', to: '2019' });
  });
  for (const c of cases)
    it(c.text.slice(0, 50), () =>
      assert.deepEqual(
        extractUnits(new DocText([{ num: 1, text: c.text }])).map((u) => u.name),
        c.expected,
      ),
    );
});
