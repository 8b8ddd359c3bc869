import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgmentDates } from '../../ingest/extract/judgment/dates.js';
import { DocText } from '../../ingest/text.js';

const roles = (text: string) => Object.fromEntries(judgmentDates(new DocText([{ num: 1, text }])).map((d) => [d.role, d.date]));

describe('judgmentDates: decision, hearing and incident by role', () => {
  const cases: { name: string; text: string; expected: Record<string, string> }[] = [
    {
      name: 'a span of months dates the conduct when no day is given; a year alone does not',
      text: "IN THE HIGH COURT OF JUSTICE\nDate: 2 May 2026\nBefore:\nMR JUSTICE OWAIN\nHearing date: 20 April 2026\nMr Justice Owain:\n1. In 2009 the claimant joined the force.\n2. Between March and September 2023 the claimant sent a colleague's partner abusive letters.",
      expected: { decision: '2026-05-02', hearing: '2026-04-20', incident: '2023-03' },
    },
    {
      name: 'an evening named with its date is an event wherever it falls in the sentence',
      text: "IN THE COURT OF APPEAL\nDate: 1 July 2026\nBefore:\nLORD JUSTICE BRAY\nHearing date: 3 June 2026\nLord Justice Bray:\n1. The officer stopped the appellant's car outside a petrol station on the evening of 4 January 2024.",
      expected: { decision: '2026-07-01', hearing: '2026-06-03', incident: '2024-01-04' },
    },
    {
      name: 'an ordinal date field, and a finding whose reported clause opens on the date',
      text: "IN THE HIGH COURT OF JUSTICE\nDate: the 2nd of March 2026\nBefore:\nMRS JUSTICE AMBROSE\nHearing date: the 10th of February 2026\nMrs Justice Ambrose:\n1. In May 2025 a panel found that, on 30 October 2024, the claimant had taken a prisoner's phone.",
      expected: { decision: '2026-03-02', hearing: '2026-02-10', incident: '2024-10-30' },
    },
    {
      name: "the officer's conduct on a day is the incident",
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 9 May 2026\nBefore:\nMR JUSTICE NOLAN\nHearing date: 2 May 2026\nMr Justice Nolan:\n1. The claimant challenges a finding that his conduct on 12 August 2024 was gross misconduct.',
      expected: { decision: '2026-05-09', hearing: '2026-05-02', incident: '2024-08-12' },
    },
    {
      name: 'a shift on a day is an event',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 5 May 2026\nBefore:\nMR JUSTICE NOLAN\nHearing date: 1 May 2026\nMr Justice Nolan:\n1. The panel held that the claimant swore at a probationer during an early shift on 3 June 2024.',
      expected: { decision: '2026-05-05', hearing: '2026-05-01', incident: '2024-06-03' },
    },
    {
      name: 'labelled fields, a hearing over two days',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 9 October 2023\nBefore:\nMR JUSTICE FENWICK\nHearing dates: 12-13 September 2023\nMr Justice Fenwick:\n1. The claim concerns a sanction.',
      expected: { decision: '2023-10-09', hearing: '2023-09-12' },
    },
    {
      name: 'a date line alone above the bench, as older transcripts print it',
      text: 'Royal Courts of Justice\nStrand, London\n03/11/2011\nB e f o r e :\nLORD JUSTICE ROWAN\nHearing date : 14th October 2011\n1. This appeal concerns a constable.',
      expected: { decision: '2011-11-03', hearing: '2011-10-14' },
    },
    {
      name: "a tribunal's heading: the place heard at, then the days on the same line",
      text: 'EMPLOYMENT TRIBUNALS\nClaimant: Mr K Doyle\nHeard at:   Cardiff (by video)     On: 14 - 17 April 2031\nBefore: Employment Judge Pryce\n1. The claim is dismissed.',
      expected: { hearing: '2031-04-14' },
    },
    {
      name: 'the Supreme Court heading: "given on" and "Heard on", with the year from the last day',
      text: '[2019] UKSC 12\nJUDGMENT\nA (Appellant) v B (Respondent)\nJUDGMENT GIVEN ON\n6 March 2019\nHeard on 20 and 21 November 2018\n1. The question is narrow.',
      expected: { decision: '2019-03-06', hearing: '2018-11-20' },
    },
    {
      name: 'a field label glued to its date, and a draft date that is not the judgment date',
      text: 'Case summary\nJudgment Date4 June 2018\nHearing dates: 2 May 2018\nDate of draft judgment: 21 May 2018\nIntroduction\n1 The claimant challenges a decision.',
      expected: { decision: '2018-06-04', hearing: '2018-05-02' },
    },
    {
      name: 'handed down remotely, when the heading has no date field',
      text: 'Hearing date: 7 February 2022\nThis judgment was handed down remotely at 10.30am on 1 April 2022 by circulation to the parties.\n1. The Chief Constable seeks review.',
      expected: { decision: '2022-04-01', hearing: '2022-02-07' },
    },
    {
      name: "an index line's date after the citation, when nothing else dates the judgment",
      text: 'Index >> Smith v Police Appeals Tribunal [2016] EWHC 77 (Admin) (19 January 2016)\nBefore:\nTHE JUDGE\nHearing date: 4 December 2015\n1. The claimant was a sergeant.',
      expected: { decision: '2016-01-19', hearing: '2015-12-04' },
    },
    {
      name: 'the events of the case: "an incident on", not the dates of the panel or the tribunal',
      text: 'Date: 2 June 2020\nHearing date: 3 May 2020\n1. The panel sat on 9 January 2019. The allegations arose from an incident on 14 July 2017 at a petrol station. The tribunal gave its decision on 1 August 2019.',
      expected: { decision: '2020-06-02', hearing: '2020-05-03', incident: '2017-07-14' },
    },
    {
      name: 'a paragraph opening "On the night of" events, after procedural "On" sentences',
      text: 'Date: 2 June 2020\n1. On 4 March 2019 the misconduct hearing began.\n2. On the night of 30 August 2018 the officer drove a marked car at speed through a red light.',
      expected: { decision: '2020-06-02', incident: '2018-08-30' },
    },
    {
      name: 'no incident when the judgment names only procedure',
      text: 'Date: 2 June 2020\n1. Permission was granted on 3 March 2020. The appeal was heard on 1 April 2020 and dismissed on 9 April 2020.',
      expected: { decision: '2020-06-02' },
    },
    {
      name: 'a "Judgment:" field beside "Heard on:", and conduct at a court as the place of events',
      text: 'IN THE COURT OF APPEAL\nHeard on: 2 and 3 March 2026\nJudgment: 27 March 2026\nLord Justice Penrose:\n1. On 5 May 2024 the appellant, a constable, swore a false statement in the county court at Exeter about a seized phone.',
      expected: { hearing: '2026-03-02', decision: '2026-03-27', incident: '2024-05-05' },
    },
    {
      name: "a sealed order's date at its signed foot; the later conviction in the same sentence is procedure",
      text: 'IN THE HIGH COURT OF JUSTICE\nORDER\n1. Permission is refused.\nReasons\n(1) On 9 August 2024 the claimant, then off duty, struck a neighbour in a car park, and on 2 February 2025 he was convicted of assault.\nSigned: District Judge Amory      Dated: 04/06/2025\nSent to the parties on: 06/06/2025',
      expected: { decision: '2025-06-04', incident: '2024-08-09' },
    },
    {
      name: 'a date field inside a quoted letter in the body is not the decision',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 8 July 2026\nMr Justice Hale:\n1. The letter read:\nDate: 3 January 2026\nDear Sergeant,',
      expected: { decision: '2026-07-08' },
    },
    {
      name: 'a date inside a cited case name is never the incident',
      text: 'Date: 2 June 2020\n1. In Doe v Chief Constable of Essex [2014] EWHC 1 (Admin) (17 January 2014) the court held otherwise.',
      expected: { decision: '2020-06-02' },
    },
    {
      name: 'a heading that approves the judgment "for handing down" on a day gives the decision',
      text: 'IN THE HIGH COURT OF JUSTICE\nJudgment approved for handing down on Tuesday 4 August 2026\nBefore:\nMR JUSTICE PAYNE\nHearing date: 2 July 2026\n1. The claim is about a search.',
      expected: { decision: '2026-08-04', hearing: '2026-07-02' },
    },
    {
      name: 'an opening that names the end of the events gives way to their start a day or two before',
      text: "IN THE HIGH COURT OF JUSTICE\nDate: 3 March 2026\nMr Justice Payne:\n1. The claimant's brother died on 20 June 2024 in hospital.\n2. He was arrested on the evening of 18 June 2024 in a park.",
      expected: { decision: '2026-03-03', incident: '2024-06-18' },
    },
    {
      name: 'background weeks before the events is another event',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 3 March 2026\nMr Justice Payne:\n1. On 20 June 2024, while on duty, the officer fired a taser.\n2. The man had been arrested on 2 May 2024 for a burglary.',
      expected: { decision: '2026-03-03', incident: '2024-06-20' },
    },
    {
      name: 'a month beside the conduct it dates, when no day is given',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 3 March 2026\nMr Justice Payne:\n1. The panel held that the claimant had texted a witness repeatedly in October 2024; it found gross misconduct.',
      expected: { decision: '2026-03-03', incident: '2024-10' },
    },
    {
      name: 'a month opening a sentence about conduct, a subordinate clause of procedure aside',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 3 March 2026\nMr Justice Payne:\n1. The theft was reported in March 2023.\n2. From April to June 2023, while the inquiry continued, the appellant took cash from the safe.',
      expected: { decision: '2026-03-03', incident: '2023-04' },
    },
    {
      name: 'a month that dates an audit or a hearing is procedure, the conduct month beside claims is the incident',
      text: 'IN THE HIGH COURT OF JUSTICE\nDate: 3 March 2026\nMr Justice Payne:\n1. In May 2022 an audit showed that claims made by the officer for shifts in February 2022 were false.',
      expected: { decision: '2026-03-03', incident: '2022-02' },
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(roles(c.text), c.expected));
});

describe('judgmentDates: incident openings', () => {
  const incident = (body: string) => roles('Date: 1 December 2021\n' + body).incident ?? null;
  const cases: [string, string | null][] = [
    ['1. In the early hours of 9 May 2020 the sergeant was called to a disturbance.', '2020-05-09'],
    ['[4] Shortly after 2am on 11 June 2019, the constable stopped a van.', '2019-06-11'],
    ['2. At around 23:10 on 6 January 2018 two officers arrived at the flat.', '2018-01-06'],
    ['3. On 2 February 2021 the panel found the allegation proved.', null],
    ['4. The allegations relate to a custody transfer at Bedford on 8 July 2020, which went wrong.', '2020-07-08'],
    ['5. The chair found that, between 4 April and 20 May 2019, the sergeant had logged false overtime.', '2019-04-04'],
  ];
  for (const [body, expected] of cases) it(body.slice(0, 48), () => assert.equal(incident(body), expected));
});
