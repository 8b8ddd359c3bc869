import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withOpeningParties } from '../../ingest/extract/judgment/openingParties.js';
import { findParties } from '../../ingest/extract/judgment/parties.js';
import { DocText } from '../../ingest/text.js';

const parties = (text: string) => findParties(new DocText([{ num: 1, text }])).map((p) => [p.name, p.role]);

describe('findParties: caption layouts', () => {
  const cases: { name: string; text: string; expected: [string, string][] }[] = [
    {
      name: 'the short form of a judicial review caption, "R (claimant)" with its role below and "v" after',
      text: '   R (Chief Constable of Gwent Police)\n                         Claimant\n   - v -\n   Legally Qualified Chair\n                         Defendant\n   - and -\n   Rhodri Penhallow\n                         Interested Party\nMr A Bell for the Claimant',
      expected: [
        ['Chief Constable of Gwent Police', 'claimant'],
        ['Legally Qualified Chair', 'defendant'],
        ['Rhodri Penhallow', 'interested_party'],
      ],
    },
    {
      name: "a court's cipher for an anonymised claimant stays as written",
      text: 'Between:\nTHE KING\non the application of\nVLD\nClaimant\n- and -\nLEGALLY QUALIFIED CHAIR\nDefendant\nHearing date: 3 May 2026',
      expected: [
        ['VLD', 'claimant'],
        ['Legally Qualified Chair', 'defendant'],
      ],
    },
    {
      name: "the Crown's words alone on their line above numbered, anonymised claimants",
      text: 'Between:\nTHE KING\n(on the application of\n(1) OFFICER Q12\n(2) OFFICER Q19)                     Claimants\n- and -\nPOLICE MISCONDUCT PANEL          Defendant\nHearing dates: 3 May 2026',
      expected: [
        ['Officer Q12', 'claimant'],
        ['Officer Q19', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
      ],
    },
    {
      name: 'a caption printed as a table, with bars at the cell edges',
      text: 'Between:\n|\nTHE CHIEF CONSTABLE OF LINCOLNSHIRE POLICE\n|\nClaimant\n|\n- and -\n|\nPOLICE APPEALS TRIBUNAL\n|\nDefendant\n|\n- and -\n|\nMR OLIVER McDONAGH\n|\nInterested party\n|\n____\nHearing date: 2 May 2019',
      expected: [
        ['The Chief Constable of Lincolnshire Police', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
        ['Mr Oliver McDonagh', 'interested_party'],
      ],
    },
    {
      name: 'interested parties numbered "1)" and "2)"',
      text: 'Between :\nCHIEF CONSTABLE OF KENT POLICE\nClaimant\n- and -\nPOLICE MISCONDUCT PANEL\nDefendant\n1) DETECTIVE SERGEANT NELL ASHBY\n2) INDEPENDENT OFFICE FOR POLICE CONDUCT\nInterested Parties\nMs Q (instructed by R) for the Claimant',
      expected: [
        ['Chief Constable of Kent Police', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
        ['Detective Sergeant Nell Ashby', 'interested_party'],
        ['Independent Office for Police Conduct', 'interested_party'],
      ],
    },
    {
      name: 'numbered interested parties with their ordinal at the end of each line',
      text: 'R (on the application of QRT)\nClaimant\nv\nDIRECTOR GENERAL OF THE INDEPENDENT OFFICE FOR POLICE CONDUCT\nDefendant\n(1) Chief Constable of Anyshire Constabulary First Interested Party\n(2) Detective Constable Wren Abara-Lund Second Interested Party\nMr K (instructed by L) for the Claimant',
      expected: [
        ['QRT', 'claimant'],
        ['Director General of the Independent Office for Police Conduct', 'defendant'],
        ['Chief Constable of Anyshire Constabulary', 'interested_party'],
        ['Detective Constable Wren Abara-Lund', 'interested_party'],
      ],
    },
    {
      name: 'counsel named "for the Claimant" without "instructed by" end the caption',
      text: 'Between :\nTHE CHIEF CONSTABLE OF ESSEX POLICE\nClaimant\n- and -\nTOM REED\nInterested Party\nMr P Lane for the Claimant\nThe Defendant did not appear\nJUDGMENT',
      expected: [
        ['The Chief Constable of Essex Police', 'claimant'],
        ['Tom Reed', 'interested_party'],
      ],
    },
    {
      name: "the transcriber's notice printed between the names and their roles",
      text: 'Between :\nR (on the application of THE CHIEF CONSTABLE OF SUFFOLK CONSTABULARY)\nClaimant/Respondent\n- and -\nTHE IOPC\n- and -\nPC DAVID OKORO\n(Transcript of the Handed Down Judgment of\nSome Transcribers Ltd\nOfficial Shorthand Writers to the Court)\nDefendant/Appellant\nInterested Party\nMr X (instructed by Y) for the Appellant',
      expected: [
        ['The Chief Constable of Suffolk Constabulary', 'claimant'],
        ['The Chief Constable of Suffolk Constabulary', 'respondent'],
        ['The IOPC', 'defendant'],
        ['The IOPC', 'appellant'],
        ['PC David Okoro', 'interested_party'],
      ],
    },
    {
      name: 'a defendant printed without a role line opposite the claimant',
      text: 'Between:\nTHE QUEEN (ON THE APPLICATION OF MAYA GILL)\nClaimant\n- and -\nCHIEF CONSTABLE OF CUMBRIA CONSTABULARY\n____\nMs Z (instructed by W) for the Claimant',
      expected: [
        ['Maya Gill', 'claimant'],
        ['Chief Constable of Cumbria Constabulary', 'defendant'],
      ],
    },
    {
      name: 'a title with roles in brackets and no space after "v"',
      text: '[2018] UKSC 3\nQ (Appellant) vChief Constable of Surrey Police (Respondent)\nbefore\nLady Hale',
      expected: [
        ['Q', 'appellant'],
        ['Chief Constable of Surrey Police', 'respondent'],
      ],
    },
    {
      name: "an index title after the breadcrumb, the claimant before the Crown's words",
      text: 'Home >> Decisions >> Admin >> Okafor, R (on the application of) v Police Appeals Tribunal & Anor [2015] EWHC 9 (Admin) (3 March 2015)\nURL: http://example.org\nIN THE HIGH COURT',
      expected: [
        ['Okafor', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
      ],
    },
    {
      name: 'a plain first-line title naming a third party after "&"',
      text: 'Chief Constable of Devon and Cornwall Police v Police Appeals Tribunal & Sam Ellery\n[2020] EWHC 5 (Admin)\nIN THE HIGH COURT',
      expected: [
        ['Chief Constable of Devon and Cornwall Police', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
        ['Sam Ellery', 'interested_party'],
      ],
    },
    {
      name: 'a sealed order: the Crown and "on the application of" on lines of their own, "versus", and the ORDER heading closing the caption',
      text: 'IN THE HIGH COURT OF JUSTICE\nClaim Number: CO/4410/2026\nTHE KING\non the application of\nPRIYA OYELARAN-WEST\nClaimant\nversus\nTHE CHIEF CONSTABLE OF CUMBRIA CONSTABULARY\nDefendant\nORDER\nUpon reading the papers filed by the Claimant and the summary grounds of the Defendant',
      expected: [
        ['Priya Oyelaran-West', 'claimant'],
        ['The Chief Constable of Cumbria Constabulary', 'defendant'],
      ],
    },
    {
      name: 'a bracketed Crown line with the claimant wrapped onto the next line, sides split by "Versus"',
      text: 'R (on the application of\nDC Tomasz Brennan)\nClaimant\nVersus\nPOLICE APPEALS TRIBUNAL\nDefendant\nORDER\n1. Permission is granted.',
      expected: [
        ['DC Tomasz Brennan', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
      ],
    },
    {
      name: 'an appeal caption with the appellant printed above the Crown line, no "Between"',
      text: 'Before:\nLORD JUSTICE QUAYLE\n==========\nTHE COMMISSIONER OF THE CITY OF LONDON POLICE Appellant\n- and -\nTHE KING on the application of\nINSPECTOR RUTH ABERNETHY Respondent\n==========\nLord Justice Quayle:\n1. The appeal concerns a sanction.',
      expected: [
        ['The Commissioner of the City of London Police', 'appellant'],
        ['Inspector Ruth Abernethy', 'respondent'],
      ],
    },
    {
      name: 'the appellant and its role on separate lines above the Crown line',
      text: 'Before:\nLADY JUSTICE ORME\n__________\nCHIEF CONSTABLE OF GWENT POLICE\nAppellant\nv\nR (on the application of PC Idris Vaughan)\nRespondent\n__________\n1. Introduction.',
      expected: [
        ['Chief Constable of Gwent Police', 'appellant'],
        ['PC Idris Vaughan', 'respondent'],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(parties(c.text), c.expected));
});

/** Captions and openings written for this test. */
describe('withOpeningParties: a party the caption leaves out', () => {
  const opened = (text: string) => {
    const doc = new DocText([{ num: 1, text }]);
    return withOpeningParties(doc, findParties(doc)).map((p) => [p.name, p.role]);
  };
  const cases: { name: string; text: string; expected: [string, string][] }[] = [
    {
      name: 'a one-line title and the interested party named in the first paragraph',
      text: 'R (on the application of the Chief Constable of Wessex Police) v Police Appeals Tribunal\nJUDGMENT\n1. The interested party, Tamsin Orrell-Byrne, holds the rank of inspector and appealed to the tribunal.',
      expected: [
        ['the Chief Constable of Wessex Police', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
        ['Tamsin Orrell-Byrne', 'interested_party'],
      ],
    },
    {
      name: 'a caption with its own interested party keeps it, whatever the opening names',
      text: 'R (on the application of the Chief Constable of Wessex Police) v Police Appeals Tribunal (Jon Pell)\nJUDGMENT\n1. The interested party, Jon Aldo Pell, is an inspector.',
      expected: [
        ['the Chief Constable of Wessex Police', 'claimant'],
        ['Police Appeals Tribunal', 'defendant'],
        ['Jon Pell', 'interested_party'],
      ],
    },
    {
      name: 'a body introduced as the interested party is not a person named',
      text: 'R (on the application of Ann Vole) v Police Misconduct Panel\nJUDGMENT\n1. The interested party, the Chief Constable of Wessex Police, takes no part.',
      expected: [
        ['Ann Vole', 'claimant'],
        ['Police Misconduct Panel', 'defendant'],
      ],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(opened(c.text), c.expected));
});
