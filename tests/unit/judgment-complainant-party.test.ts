import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimantAgainstOfficer, complainantParties, withPartyCiphers } from '../../ingest/extract/judgment/complainantParty.js';
import type { PartyFact } from '../../src/domain/extraction.js';
import { DocText } from '../../ingest/text.js';

/** Texts written for this test: a judgment body after its heading. */
const body = (sentence: string) =>
  new DocText([{ num: 1, text: `Neutral Citation Number: [2032] EWHC 771 (Admin)\nJUDGMENT\n1. ${sentence}\n2. The hearing took two days.` }]);

describe('a judgment party who is the complainant', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'The appellant complained that the Interested Party had pushed her to the ground.', want: ['the appellant'] },
    { text: 'The claimant complained that the tribunal misread the regulations.', want: [] },
    { text: 'The claimant made a complaint to the force about how her flat was searched.', want: ['the claimant'] },
    { text: 'The appellant is the elder brother of the man who died in the cell.', want: ['the appellant'] },
    { text: 'The applicant, the complainant in the disciplinary case, asks for the decision to be reviewed.', want: ['the applicant'] },
    // A chief constable "complains" of the tribunal's reasoning: a legal complaint, not a police one.
    { text: 'The claimant complained that the tribunal gave no reasons for reinstating the officer.', want: [] },
    // An officer can be the victim of an assault; that does not make them a complainant party.
    { text: 'The appellant was the victim of an assault while serving as a police officer.', want: [] },
    { text: 'The claimant, a former sergeant, was dismissed after the hearing.', want: [] },
    // A complaint made with no object in the sentence, or made to a police body, is a police complaint.
    { text: 'After the search of his car the claimant complained. The force upheld nothing.', want: ['the claimant'] },
    { text: 'The appellant complained to the IOPC about the length of her detention.', want: ['the appellant'] },
    { text: 'The applicant complained to Avon Police about the delay.', want: ['the applicant'] },
    // "Complained of" a ruling is a legal complaint by any party.
    { text: 'The claimant complained of the panel chair refusing an adjournment.', want: [] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      assert.deepEqual(
        complainantParties(body(c.text)).map((x) => x.reference),
        c.want,
      );
    });
  }
});

describe('a private person who brings a claim with an officer as the Interested Party', () => {
  const span = { page: 1, start: 0, end: 1, quote: 'x' };
  const party = (role: PartyFact['role'], name: string): PartyFact => ({ role, name, source: span });
  const cases: { name: string; parties: PartyFact[]; officers: string[]; want: string | null }[] = [
    {
      name: 'a member of the public against a panel, the officer interested',
      parties: [party('claimant', 'Marisol Featherby'), party('defendant', 'Police Misconduct Panel'), party('interested_party', 'Rowan Pilbeam')],
      officers: ['pilbeam'],
      want: 'the claimant',
    },
    {
      name: 'an appeal, the officer named with a rank',
      parties: [party('appellant', 'Tobiah Quennell'), party('respondent', 'Director General of the IOPC'), party('interested_party', 'Police Sergeant Ines Kowal')],
      officers: [],
      want: 'the appellant',
    },
    {
      name: 'a chief constable against the tribunal is no complainant',
      parties: [party('claimant', 'The Chief Constable of Gwent Police'), party('defendant', 'Police Appeals Tribunal'), party('interested_party', 'PC Arlo Brisk')],
      officers: ['brisk'],
      want: null,
    },
    {
      name: 'an anonymised officer bringing the claim is no complainant',
      parties: [
        party('claimant', 'Officer Q12'),
        party('defendant', 'Director General of the IOPC'),
        party('interested_party', 'The Commissioner of Police of the Metropolis'),
      ],
      officers: [],
      want: null,
    },
    {
      name: 'an officer against the force, with no officer interested',
      parties: [party('claimant', 'Lorna Vetch'), party('defendant', 'Chief Constable of Kent Police')],
      officers: ['vetch'],
      want: null,
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(claimantAgainstOfficer(c.parties, new Set(c.officers))?.reference ?? null, c.want));
});

describe("a complainant party known by the court's cipher", () => {
  const span = { page: 1, start: 0, end: 1, quote: 'x' };
  const party = (role: PartyFact['role'], name: string): PartyFact => ({ role, name, source: span });
  const cases: { name: string; parties: PartyFact[]; found: string[]; want: string[] }[] = [
    {
      name: "the claimant's cipher replaces the role",
      parties: [party('claimant', 'QZR'), party('defendant', 'Director General of the IOPC'), party('interested_party', 'PC Nia Brack')],
      found: ['the claimant'],
      want: ['QZR'],
    },
    {
      name: 'an applicant is the claimant of the caption',
      parties: [party('claimant', 'HV'), party('defendant', 'Police Misconduct Panel')],
      found: ['the applicant', 'Mrs D'],
      want: ['HV', 'Mrs D'],
    },
    {
      name: 'a named claimant keeps the role, which hides the name',
      parties: [party('claimant', 'Marisol Featherby'), party('defendant', 'Police Misconduct Panel')],
      found: ['the claimant'],
      want: ['the claimant'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const found = c.found.map((reference) => ({ reference, pseudonym: false, source: span }));
      assert.deepEqual(
        withPartyCiphers(found, c.parties).map((x) => x.reference),
        c.want,
      );
    });
  }
});
