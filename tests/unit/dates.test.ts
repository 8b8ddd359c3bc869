import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractDates, findDates } from '../../ingest/extract/dates.js';
import { DocText } from '../../ingest/text.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';

describe('findDates', () => {
  const cases: { text: string; expected: (string | null)[] }[] = [
    { text: '24/25/26 June 2019', expected: ['2019-06-24'] },
    { text: 'Tuesday 29th May 2018', expected: ['2018-05-29'] },
    { text: 'between 1 and 3 March 2023', expected: ['2023-03-01'] },
    { text: '12.11.2018 and 12/11/2018', expected: ['2018-11-12', '2018-11-12'] },
    { text: 'Between 1 April and 30 June 2022', expected: ['2022-04-01'] },
    { text: '27, 28 AND 30 MARCH 2023', expected: ['2023-03-27'] },
    { text: 'Wednesday 10 and Thursday 11 July 2024', expected: ['2024-07-10'] },
    { text: '16th-18th December 2024', expected: ['2024-12-16'] },
    { text: 'Sat from 2027-03-08 to 2027-03-09', expected: ['2027-03-08', '2027-03-09'] },
    { text: 'Case ref 2027-0308-11 and 2027-13-40', expected: [] },
    { text: 'Determination handed down on 1\nDecember 2023', expected: ['2023-12-01'] },
    { text: 'Tuesday 28th January at 10.00am', expected: [null] },
    { text: 'Forthcoming hearings: April 2024\nDate Tuesday 16th April, 10:00', expected: ['2024-04-16'] },
    { text: 'Published: 31/02/2024', expected: [null] },
    { text: 'section 5 may apply; paragraph 6.1 and 10:30', expected: [] },
    { text: 'sitting on the 7th of October 2024', expected: ['2024-10-07'] },
    { text: 'The 1st and the 2nd of February 2022', expected: ['2022-02-01'] },
    { text: '9-10 June 2025 and 4/11/2025', expected: ['2025-06-09', '2025-11-04'] },
    // A numbered day of a hearing is not the first day of a range.
    { text: 'Day 2 - Tuesday 9 December 2025 - Court 4', expected: ['2025-12-09'] },
    // A day written as a word, as formal notices write it.
    { text: 'Friday the twenty-third of January 2026', expected: ['2026-01-23'] },
    { text: 'to open on the thirty first of May 2027', expected: ['2027-05-31'] },
    { text: 'the second reason; the fourth of these', expected: [] },
  ];
  for (const c of cases)
    it(JSON.stringify(c.text), () =>
      assert.deepEqual(
        findDates(c.text).map((d) => d.iso),
        c.expected,
      ),
    );
});

describe('extractDates', () => {
  type Roles = { incident?: string; hearing?: string; decision?: string };
  const cases: { text: string; kind: DocumentKind; expected: Roles }[] = [
    // The page wrapped the decision's sentence before its date.
    {
      text: 'The conduct hearing for two detectives sat at Bootle on 6 and 7 May 2031. The chair, sitting with two members, announced the findings and the outcome\non 9 May 2031, in public.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-05-06', decision: '2031-05-09' },
    },
    // A letter in the first person: the decision given to the reader at the end of the meeting, or on the day.
    {
      text: 'Dear PC Amadi\nThe misconduct meeting was held on Tuesday 3 June 2031. I gave you my decision at the end of the meeting, and this letter confirms it.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-06-03', decision: '2031-06-03' },
    },
    {
      text: 'MISCONDUCT MEETING HELD ON 11 JULY 2031\nHaving heard from you and your representative, I reached my decision on the day and told you before we parted.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-07-11', decision: '2031-07-11' },
    },
    // A form whose labels sit on the line above their values, however the value words the date.
    {
      text: 'Meeting date\n12 Aug 2031\nChaired by\nSuperintendent, Crime Command\nResult communicated\nOrally on the day (12 Aug 2031), then by letter on 19 Aug 2031',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-08-12' },
    },
    {
      text: 'Meeting date\n12 Aug 2031\nChaired by\nSuperintendent, Crime Command\nOutcome notified\nOrally on the day (12 Aug 2031), then by letter on 19 Aug 2031',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-08-12', decision: '2031-08-12' },
    },
    // A day counted on the hearing's calendar when the panel found the case proven.
    {
      text: 'A hearing opened on Monday 6 October 2031. On the fourth day, Thursday 9 October, the panel found the sergeant had lied and dismissed him.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-10-06', decision: '2031-10-09' },
    },
    // A section heading above a sentence is no field's label, nor is a term that runs to a date.
    {
      text: 'Outcome of misconduct meeting\nMeeting held on 3 March 2031.\nDecision\nThe complaint was received on 4 January 2031.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-03-03' },
    },
    {
      text: 'Outcome of hearing\nThe hearing sat on 3 March 2031.\nOutcome notified\nFinal written warning, expires 10 June 2033',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-03-03' },
    },
    // "on the day after" the hearing is not the hearing's day; a day when the panel only found facts is not the decision's.
    {
      text: 'The hearing sat on 3 and 4 March 2031. The chair gave her decision on the day after the hearing concluded.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-03-03' },
    },
    {
      text: 'The hearing opened on 3 March 2031. On the second day the panel found that the account was not credible. On the third day the panel gave its decision.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-03-03', decision: '2031-03-05' },
    },
    // A notice whose hearing is "scheduled to start" or "will begin" on its day, below the page's own date.
    {
      text: 'Press office\n14 January 2032\nTwo constables will face a misconduct panel. The hearing is scheduled to start on Monday 1 March 2032 at headquarters.',
      kind: 'hearing_notice',
      expected: { hearing: '2032-03-01' },
    },

    {
      text: 'Subject ............ Former PC 4410 Alun Rees\nStatus ............. Retired from the force on 30 August 2030\nHearing ............ 3 - 4 March 2031\nThe matter was reported in September 2030.\nBetween 1 May and 30 June 2030 the former constable is alleged to have sent messages.\nIssued by the Professional Standards Department on 2 February 2031',
      kind: 'hearing_notice',
      expected: { hearing: '2031-03-03', incident: '2030-05-01' },
    },
    // A tribunal's decision: heard at a place on a day, the decision promulgated later.
    {
      text: 'POLICE APPEALS TRIBUNAL\nHeard at Lincoln on 9 June 2031\nDecision promulgated 20 June 2031\nThe appellant was a sergeant until a panel reduced her rank on 2 February 2031.',
      kind: 'hearing_outcome',
      expected: { hearing: '2031-06-09', decision: '2031-06-20' },
    },
    // A moved hearing: the date it moved from no longer stands; a breadcrumb's "News |" date is the page's.
    {
      text: 'News | 2 March 2026\nThe hearing first listed for 6 April 2026 has been postponed. It will now open on 11 May 2026 in Exeter. On 3 June 2025 DC Lark lost an exhibit.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-05-11', incident: '2025-06-03' },
    },
    {
      text: 'Name | Rank | Date and time | Type\nEdda Rowe | Sergeant | 09/03/2026 09:30 (rescheduled from 12/02/2026) | Misconduct hearing\nOn 4 May 2025 PS Rowe struck a detainee.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-03-09', incident: '2025-05-04' },
    },
    // A hearing that first sat on a day sat then; only a listing that was moved no longer stands.
    {
      text: 'The hearing first sat on 2 March 2026 and the panel gave its decision on 4 March 2026. On 5 May 2025 PC Rowe lied.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-03-02', decision: '2026-03-04', incident: '2025-05-05' },
    },
    // The day a hearing ended dates the outcome; when it sat is not said.
    {
      text: 'PS Rhea Tolland was dismissed after a three-day hearing at the force\nheadquarters which ended on Friday 6 March 2026. On 9 May 2025 she took cash from a detainee.',
      kind: 'hearing_outcome',
      expected: { decision: '2026-03-06', incident: '2025-05-09' },
    },
    // A "When:" field dates the hearing, in dd/mm/yy; a sitting "listed for three days from" a day opens that day.
    {
      text: "When:   09/06/26 - 10/06/26\nWho:    PC 'R'\nOn 14/01/26 PC R lost a seized phone.",
      kind: 'hearing_notice',
      expected: { hearing: '2026-06-09', incident: '2026-01-14' },
    },
    {
      text: 'The meeting is listed for three days from Tuesday, 8 September 2026, at Bridgend. On 2 April 2026 PS Tal shouted at a detainee.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-09-08', incident: '2026-04-02' },
    },
    // A range opening the conduct's clause dates it, though the conduct is about an investigation.
    {
      text: 'Hearing date: 1 July 2026\nBetween 4 March 2025 and 30 May 2025 the detective left the burglary investigation without any enquiry.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-07-01', incident: '2025-03-04' },
    },
    // Label above value, a publication date in the same field list, conduct dated by a month.
    {
      text: 'Hearing date\n2 February 2026\nDate of publication\n9 February 2026\n\nIn May 2025, while posted to the Dover Roads Policing Unit, PC Elm was rude to drivers, whom the hearing called Driver 1 and Driver 2.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-02-02', incident: '2025-05' },
    },
    // "Decision issued" dates the decision though "issued" alone stamps a publication; a period named as one.
    {
      text: 'Tribunal hearing: 3 June 2025\nDecision issued: 17 June 2025\n\nThe hearing looked at conduct over a period between April and July 2024 in Hove.',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-06-03', decision: '2025-06-17', incident: '2024-04' },
    },
    // A page of several cases, each with its own hearing: the first case dates the conduct.
    {
      text: 'Recent hearings\n\nCase 1\nDate of hearing: 4 March 2026\nDetails: On 1 October 2025 PC Orr lost a seized phone.\n\nCase 2\nDate of hearing: 11 March 2026\nDetails: On 2 February 2024 PC Bell swore at a driver.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-03-04', incident: '2025-10-01' },
    },
    // A period that is a clause of its own is read with the clause it opens.
    {
      text: 'Hearing: 6 May 2026\nIn 2016, misconduct panels gained independent chairs. On 8 August 2025 PC Pike drove a van into a wall.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-05-06', incident: '2025-08-08' },
    },
    {
      text: 'Date of publication: 19 August 2024\nVenue, time and date of the hearing: 9/10/11 September 2024\n1) On Wednesday 14 February 2024 at 23:40 PC Bren stopped a car.',
      kind: 'hearing_notice',
      expected: { hearing: '2024-09-09', incident: '2024-02-14' },
    },
    {
      text: 'Misconduct hearings are held in public from 1st May 2015.\nOn 25th and 26th March 2024 at 10.00am at Force HQ a misconduct hearing will take place in relation to PC Dow.\n1. On 11th April 2023, at 09:29 PC Dow reversed a van.',
      kind: 'hearing_notice',
      expected: { hearing: '2024-03-25', incident: '2023-04-11' },
    },
    {
      text: 'PC Hal faced a misconduct hearing on Wednesday 10 and Thursday 11 July 2024. The panel heard that on the night of Wednesday 19 October 2022 PC Hal hit a man.\nFindings (announced on Thursday 11 July 2024)',
      kind: 'hearing_outcome',
      expected: { hearing: '2024-07-10', incident: '2022-10-19', decision: '2024-07-11' },
    },
    {
      text: 'Date: 02/12/2022\nHearing date: 5 November 2021\nThe misconduct hearing took place on 25 to 27 September 2023. On 10 November 2021 a misconduct panel found against him.',
      kind: 'judgment',
      expected: { decision: '2022-12-02', hearing: '2021-11-05' },
    },
    {
      text: 'The case arose from a conviction of PS Gart on 26 June 2018 at Lewes Crown Court.\nDate of Misconduct Hearing: 12 November 2018',
      kind: 'hearing_outcome',
      expected: { hearing: '2018-11-12' },
    },
    {
      text: 'By Jo Lister, Crime Reporter | Saturday 1 March 2025\nIn a ruling handed down on Friday (28 February) the judge agreed. The case arose from a pursuit in Bristol on 30 April 2023. The court heard that he lied.',
      kind: 'other',
      expected: { incident: '2023-04-30' },
    },
    // Header fields worded in other ways: "Date of hearing", "Judgment date", "Date of judgment".
    {
      text: 'Date of hearing: Tuesday 29th October 2024\nDate of judgment: 30 October 2024\nThe boy was arrested on 21 April 2022.',
      kind: 'judgment',
      expected: { hearing: '2024-10-29', decision: '2024-10-30' },
    },
    {
      text: 'Judgment date: 28 March 2025\nHearing dates: 4 and 5 March 2025',
      kind: 'judgment',
      expected: { decision: '2025-03-28', hearing: '2025-03-04' },
    },
    // Outcome fields naming the decision; an allegation opening "That on".
    {
      text: 'Hearing held: 3 to 5 December 2024\nOutcome decided: 6 December 2024\nAllegation\nThat on 9 August 2024 PC Lark pushed a detainee.',
      kind: 'hearing_outcome',
      expected: { hearing: '2024-12-03', decision: '2024-12-06', incident: '2024-08-09' },
    },
    {
      text: 'Hearing date: 28 January 2025\nDecision: 28 January 2025\nDecision date: 29 January 2025',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-01-28', decision: '2025-01-28' },
    },
    // A press release: the officer "will appear before a misconduct panel ... on" the date.
    {
      text: 'PC Hardy will appear before a misconduct panel at Middlemoor, Exeter, on Monday 3rd February 2025.',
      kind: 'hearing_notice',
      expected: { hearing: '2025-02-03' },
    },
    // "Date(s):" field; a meeting "held on"; an allegation's date is no hearing even near "meeting".
    {
      text: 'Officer(s) concerned: DC Vane\nDate(s): 3rd - 5th March 2026\nTime: 09:30',
      kind: 'hearing_notice',
      expected: { hearing: '2026-03-03' },
    },
    {
      text: 'Meeting held on: 9 January 2026\nOutcome given: 9 January 2026\nAllegation: It was alleged that on the night of 14/15 June 2025 Sgt Alston authorised a detention.',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-01-09', decision: '2026-01-09', incident: '2025-06-14' },
    },
    // Criminal process and leaving the force are not the conduct.
    {
      text: "Date of hearing: Friday, 14th November 2025\nFormer PC Doran resigned on 1 October 2025, the day after he was charged. On 30 October 2025 he pleaded guilty at the Magistrates' Court.",
      kind: 'hearing_outcome',
      expected: { hearing: '2025-11-14' },
    },
    {
      text: 'The Review examined allegations between 1 April 2013 and 31 March 2023.',
      kind: 'review',
      expected: {},
    },
    // The session opens in a sentence after the one naming the hearing; the conduct is a span of months.
    {
      text: 'A gross misconduct hearing has been arranged at Force HQ,\nLeyland. It is due to begin at 10am on Wednesday 4 March 2026.\nThe allegation is that from October 2024 to January 2025 Sergeant Ume misused a fuel card.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-03-04', incident: '2024-10' },
    },
    // Repeated conduct dated by its month, with no day given.
    {
      text: 'Hearing date: 2 February 2026\nIt is said that on several occasions in June 2025 PC Vale left her post early.',
      kind: 'hearing_notice',
      expected: { hearing: '2026-02-02', incident: '2025-06' },
    },
    // A period named after "in relation to" dates the conduct, though the sentence began with the hearing;
    // a day inside the period is not when the conduct began, and a day after the hearing never is.
    {
      text: 'Date of hearing: 9 December 2025\nPC Ngata faced a hearing in relation to messages he sent between March and June 2025. On 2 April 2025 he sent the worst of them. The outcome was given on 10 December 2025.',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-12-09', incident: '2025-03', decision: '2025-12-10' },
    },
    {
      text: 'Date of hearing: 9 December 2025\nPC Ngata wrote to the team to apologise on 15 December 2025.',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-12-09' },
    },
    // A release date is the page's; a hearing that began on a day sat then; a span inside a list of allegations is the conduct.
    {
      text: 'Released: 20 March 2025\nThe hearing began on Monday 3 March 2025 and ran for four days.\nIt was alleged that: first, between 6 January and 2 February 2024 he sent abusive texts to a woman whose former partner he had investigated; second, on 9 February 2024 he lied about it.',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-03-03', incident: '2024-01-06' },
    },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      const facts = extractDates(new DocText([{ num: 1, text: c.text }]), c.kind);
      const got: Roles = {};
      for (const f of facts) got[f.role] ??= f.date;
      assert.deepEqual(got, c.expected);
    });
  }
});

describe('extractDates: roles read from the document structure', () => {
  type Roles = { incident?: string; hearing?: string; decision?: string };
  const cases: { name: string; text: string; kind: DocumentKind; expected: Roles }[] = [
    {
      name: 'a press report writes the month first',
      text: 'A detective was sacked last week.\nThe court heard that on March 3, 2021 she took cash from an exhibits store.\n',
      kind: 'hearing_outcome',
      expected: { incident: '2021-03-03' },
    },
    {
      name: 'a case heading dates the hearing, not the conduct',
      text: 'Hearing results\n2 February 2023 - PC Ansel Brook\nIn 2019 the constable ran a side business from his patrol car.\nFinding: misconduct\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2023-02-02', incident: '2019' },
    },
    {
      // Each case one paragraph opening on its date, with no gap the layout kept between them.
      name: 'a listing of dated paragraphs dates the first case',
      text: 'Recent results are listed below.\n4 March 2026 - PC Ansel Brook attended a hearing. In 2021 he sold seized phones.\n9 February 2026 - Former DS Una Pell attended a meeting. Between 2018 and 2019 she misused a fuel card on 3 May 2019.\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-03-04', incident: '2021' },
    },
    {
      name: 'a hearing "from" its first day, with no verb between',
      text: 'Two constables will face a misconduct hearing from Tuesday 12 May 2026 at headquarters. It is alleged that they lied.\n',
      kind: 'hearing_notice',
      expected: { hearing: '2026-05-12' },
    },
    {
      name: 'a month-only period is as precise as the text',
      text: 'It is alleged that, during September 2020, the officer disclosed an address to a relative.\n',
      kind: 'hearing_notice',
      expected: { incident: '2020-09' },
    },
    {
      name: 'a deadline with a dotted time is never the conduct',
      text: 'PC R will attend a misconduct hearing at 9.30 am on 4 June 2025.\nWritten questions reach the chair by 17.00 on 28 May 2025.\n',
      kind: 'hearing_notice',
      expected: { hearing: '2025-06-04' },
    },
    {
      name: 'a register table gives the hearing in its date column',
      text: 'Officer rank | Hearing date | Finding\nSergeant | 2018 | Misconduct\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2018' },
    },
    {
      name: 'a case dated only in its heading: the first heading dates the hearing',
      text: 'Conduct outcomes\n\n4 March 2024 - PC Alder Voss\nPC Voss ignored a call from a neighbour on 12 May 2023.\n\n19 April 2024 - Sergeant Ruth Cole\nSgt Cole lost a notebook.\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2024-03-04', incident: '2023-05-12' },
    },
    {
      name: 'labels above values: the misconduct date is the incident, a notice date is not the hearing',
      text: 'Notice date\n2 June 2026\n\nDate(s) of hearing\nthe 20th of July 2026\n\nDate of misconduct\n8/1/2026\n',
      kind: 'hearing_notice',
      expected: { hearing: '2026-07-20', incident: '2026-01-08' },
    },
    {
      name: 'a hearing that sits "from" a day, and conduct dated in its heading',
      text: 'Date of notice: 3 March 2026\nThe hearing will be held from the 30th of March 2026 in Carmarthen.\n\nAlleged conduct (14-15 August 2025)\nThe officer drove a marked car to a party.\n',
      kind: 'hearing_notice',
      expected: { hearing: '2026-03-30', incident: '2025-08-14' },
    },
    {
      name: 'the night of a date is when it happened, though the sentence names the hearing',
      text: 'A hearing on 2 October 2025 considered the actions of two constables who guarded a cell on the night of 5 January 2025.\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2025-10-02', incident: '2025-01-05' },
    },
    {
      name: 'the day a pay claim was made for is the conduct, though the sentence names the panel',
      text: 'Decision issued: 2 March 2026\nThe panel considered a mileage claim the officer made for 9 June 2025, when he was on leave.\n',
      kind: 'hearing_outcome',
      expected: { decision: '2026-03-02', incident: '2025-06-09' },
    },
    {
      name: "news counts this week's yearless days and its weekdays from the dateline",
      text: 'Published: Thursday 10 September 2026\nPC Ada Quill appeared before a misconduct panel in Lewes from Monday to Wednesday this week, 7 to 9 September.\nGiving its decision on Wednesday evening, the panel said she would be dismissed.\n',
      kind: 'hearing_outcome',
      expected: { hearing: '2026-09-07', decision: '2026-09-09' },
    },
    {
      name: 'news counts "yesterday" back from its dateline',
      text: 'Friday, 6 March 2026 | 2 min read\nThe disciplinary hearing in Taunton ended yesterday, and the sergeant was dismissed.\n',
      kind: 'hearing_outcome',
      expected: { decision: '2026-03-05' },
    },
    {
      name: 'a yearless day far from the dateline keeps no year',
      text: 'Published: 10 September 2026\nOn 3 March the constable lied to a supervisor.\n',
      kind: 'hearing_outcome',
      expected: {},
    },
    {
      name: 'a publication stamp is never the conduct',
      text: 'Result published Mon 4th Nov 2024\nThe panel found the case against PC Orr proven.\n',
      kind: 'hearing_outcome',
      expected: {},
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const facts = extractDates(new DocText([{ num: 1, text: c.text }]), c.kind);
      const got: Roles = {};
      for (const f of facts) got[f.role] ??= f.date;
      assert.deepEqual(got, c.expected);
    });
  }
});

describe('extractDates: one role read from a shape', () => {
  const cases: { text: string; role: 'incident' | 'hearing'; expected: string | null }[] = [
    // What the officer was doing then ("while investigating ...") is no procedure following the date.
    {
      text: 'Hearing: 4 May 2026\nIt is alleged that between 2 June 2025 and 9 July 2025, while investigating a theft, PC Oona Thwaite took cash, and that on 30 July 2025 she lied about it.\n',
      role: 'incident',
      expected: '2025-06-02',
    },
    {
      text: 'Hearing: 4 May 2026\nOver the period from 3 February 2025 to 1 April 2025 DS Thwaite ran the team. On 20 March 2025 she lied.\n',
      role: 'incident',
      expected: '2025-02-03',
    },
    {
      text: 'Item | Entry\nDate of hearing | 4 May 2026\nWhat happened | At a station leaving party in November 2024, PS Thwaite insulted a colleague.\n',
      role: 'incident',
      expected: '2024-11',
    },
    // A row above that says what was alleged does not make the hearing's day a date of the conduct.
    {
      text: 'Item | Entry\nKind of case | Gross misconduct alleged\nDates of hearing | 04/05/2026 - 06/05/2026\nAt a party in March 2025 PS Rhee swore at a colleague.\n',
      role: 'hearing',
      expected: '2026-05-04',
    },
    { text: 'Record of meeting\nMeeting held: Friday the 9th of October 2026, Riverside\n', role: 'hearing', expected: '2026-10-09' },
    { text: 'The officer appeared before a panel in Exeter on 6, 7 and 8 May 2026.\n', role: 'hearing', expected: '2026-05-06' },
    {
      text: 'The force held a gross misconduct hearing in respect of a former custody detention officer at the Riverside custody suite, Mr Barnaby Quillfeather-Osei, which took place\nover three days, 3rd - 5th March 2027, at Riverside House. It was alleged that on 2 June 2026 he struck a detainee.\n',
      role: 'hearing',
      expected: '2027-03-03',
    },
    // A row whose value opens with its range's own word; conduct repeated a number of times written as a word.
    { text: 'Field | Value\nHearing date | 05/05/2026\nDate(s) of conduct | Between 3 February 2025 and 8 March 2025\n', role: 'incident', expected: '2025-02-03' },
    {
      text: 'Hearing: 4 May 2026\nA detective sergeant looked up a neighbour on police systems on twelve occasions between March 2025 and May 2025, the panel heard.\n',
      role: 'incident',
      expected: '2025-03',
    },
    // A summary's "Conduct:" line dates the conduct, though a proceedings line with its date sits right above.
    {
      text: 'Sgt K - Dover Custody\nProceedings: misconduct meeting, 2 March 2026\nConduct: on the evening of 9 August 2025, Sgt K slapped a detainee.\n\nPC L - Deal\nProceedings: misconduct meeting, 5 March 2026\nConduct: on 1 May 2025 PC L lied.\n',
      role: 'incident',
      expected: '2025-08-09',
    },
    // A sentence of its own after the one naming the hearing: only a sitting is listed for days, or sits.
    {
      text: 'The hearing heard from four witnesses called by the force and by the officer. It was listed for four days from Tuesday 2 June 2026.\n',
      role: 'hearing',
      expected: '2026-06-02',
    },
    { text: 'The panel was chaired by a barrister and heard from six witnesses. It sat on 9, 10 and 12 March 2026.\n', role: 'hearing', expected: '2026-03-09' },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 50), () => {
      const d = extractDates(new DocText([{ num: 1, text: c.text }]), 'hearing_outcome').find((x) => x.role === c.role);
      assert.equal(d?.date ?? null, c.expected);
    });
  }
});

describe('extractDates: decision dates of notices and outcomes', () => {
  const cases: { text: string; expected: string | null }[] = [
    { text: 'Misconduct meeting record\nDate of outcome: 14 August 2023\nPS Ola Fenn received management advice.\n', expected: '2023-08-14' },
    { text: 'Determination date - 2 October 2022\n', expected: '2022-10-02' },
    { text: 'The hearing sat for three days. On 19 January 2024 the panel found the allegation proven.\n', expected: '2024-01-19' },
    { text: 'On 19 January 2024 the constable drove home after drinking.\n', expected: null },
    // Findings one day, the outcome the next: the outcome's day is the decision.
    {
      text: 'The panel gave its findings on 3 March 2025. It heard mitigation on Tuesday 4 March 2025, when it announced its sanction.\n',
      expected: '2025-03-04',
    },
    { text: 'Notes\n1. The findings and the outcome in both cases were given on 6 May 2025.\n', expected: '2025-05-06' },
    { text: 'Having heard from the officer, the chair decided on 8 July 2026 that a written warning was enough.\n', expected: '2026-07-08' },
    { text: 'It was decided on 2 February 2026 to refer the matter to a misconduct hearing.\n', expected: null },
    { text: 'The panel retired and considered the sanction on 15 June 2026, after hearing mitigation.\n', expected: '2026-06-15' },
    { text: 'Its determinations were given to the officer in writing on 21 May 2026.\n', expected: '2026-05-21' },
    { text: 'Item | Entry\nDate of outcome | 30/09/2026\n', expected: '2026-09-30' },
    // News told by weekday under its dateline: the last such weekday before the page's day.
    {
      text: 'Local News\nFriday, 12 June 2026 at 09:10 BST\nA constable was sacked after a disciplinary panel ruled at a hearing on Wednesday that he lied.\n',
      expected: '2026-06-10',
    },
    { text: 'Published: 12 June 2026\nThe panel concluded its hearing on Monday the 8th and will give reasons later.\n', expected: null },
    // A day of the hearing's own list: "the final day", "the afternoon of the second day".
    { text: 'The hearing at Hindlip took place on 7, 8 and 9 April 2026. The panel gave its decision on the final day of the hearing.\n', expected: '2026-04-09' },
    { text: 'Hearing held: Mon 2nd Feb 2026 and Tue 3rd Feb 2026\nThe outcome was given to the officer on the afternoon of the second day.\n', expected: '2026-02-03' },
    // Day-of-hearing arithmetic: a counted day, a weekday, "the day of the hearing" or "the next morning" on the hearing's own calendar.
    {
      text: 'A hearing about PC Orla Fenwick opened on Monday 4 May 2026. It closed on the third day, Wednesday, when the chair read out the outcome.\n',
      expected: '2026-05-06',
    },
    { text: 'The hearing began on Tuesday 3 November 2026 and, on its fifth day, Monday 9 November, the panel gave its decision.\n', expected: '2026-11-09' },
    { text: 'The hearing began on Thursday 5 March 2026 and the outcome came on its third day.\n', expected: '2026-03-09' },
    { text: 'Misconduct hearing: 12 October 2026\nThe chair reached her decision on the day of the hearing.\n', expected: '2026-10-12' },
    {
      text: 'Dates of hearing | 06/04/2026 - 08/04/2026\nThe panel gave its findings late on Tuesday 7 April and gave the sanction the following morning.\n',
      expected: '2026-04-08',
    },
    { text: 'The hearing was held on 1, 2 and 4 June 2026; the outcome was announced on the third sitting day.\n', expected: '2026-06-04' },
    { text: 'Hearing: 9 and 10 March 2026 in Exeter\nAfter a short break the panel announced its decision on the Tuesday.\n', expected: '2026-03-10' },
    { text: 'Hearing: 9 March 2026\nThe outcome will be announced at the end of the hearing.\n', expected: null },
    { text: 'Kind: hearing on the decision on sanction only\nDate: to open on Thursday 3 September 2026\nThe sanction will be given on the Friday.\n', expected: null },
    // A field naming the outcome's delivery; "It ended on" in the sentence after the one naming the hearing.
    { text: 'Hearing dates: 3 and 4 June 2026\nOutcome delivered: Monday 8th June 2026\n', expected: '2026-06-08' },
    { text: 'The force then arranged a misconduct hearing for the inspector. It ended on Friday 17 April 2026.\n', expected: '2026-04-17' },
  ];
  for (const c of cases) {
    it(c.text.slice(0, 50), () => {
      const d = extractDates(new DocText([{ num: 1, text: c.text }]), 'hearing_outcome').find((x) => x.role === 'decision');
      assert.equal(d?.date ?? null, c.expected);
    });
  }
});
