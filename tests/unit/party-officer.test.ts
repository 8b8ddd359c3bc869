import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { judgmentOfficers } from '../../ingest/extract/judgment/subject.js';
import { DocText } from '../../ingest/text.js';
import type { OfficerFact, PartyFact } from '../../src/domain/extraction.js';
import { judgmentWithParties, party } from '../fixtures/judgmentFacts.js';

const at = { page: 1, start: 0, end: 1, quote: '' };
const facts = judgmentWithParties;
const textOfficer = (key: string, name: string, rank: OfficerFact['rank']): OfficerFact => ({
  key,
  name,
  label: null,
  rank,
  rankText: null,
  warrantNumber: null,
  former: null,
  force: null,
  unit: null,
  source: at,
});

type Expected = { name: string | null; label?: string | null; rank: string | null; former: boolean | null };

describe('judgmentOfficers: the officer under review from the caption and the opening', () => {
  const cases: { title: string; text: string; parties: PartyFact[]; found?: OfficerFact[]; expected: Expected[] }[] = [
    {
      title: 'a claimant described as a former constable',
      text: 'THE KING on the application of OWEN HALLAM Claimant\n1. The claimant, a former police constable of Cumbria Constabulary, challenges the decision.',
      parties: [party('OWEN HALLAM', 'claimant'), party('CHIEF CONSTABLE OF CUMBRIA CONSTABULARY', 'defendant')],
      expected: [{ name: 'OWEN HALLAM', rank: 'Police Constable', former: true }],
    },
    {
      title: 'an appellant described as serving',
      text: 'Between RUTH OKAFOR Appellant and THE POLICE APPEALS TRIBUNAL. The appellant is a serving detective sergeant.',
      parties: [party('RUTH OKAFOR', 'appellant'), party('THE POLICE APPEALS TRIBUNAL', 'respondent')],
      expected: [{ name: 'RUTH OKAFOR', rank: 'Detective Sergeant', former: false }],
    },
    {
      title: 'a claimant who is a constable, in the present tense, is still serving',
      text: 'Between KWAME ADDO Claimant and THE CHIEF CONSTABLE OF ESSEX POLICE Defendant. The claimant is a constable posted to Basildon.',
      parties: [party('KWAME ADDO', 'claimant'), party('THE CHIEF CONSTABLE OF ESSEX POLICE', 'defendant')],
      expected: [{ name: 'KWAME ADDO', rank: 'Police Constable', former: false }],
    },
    {
      title: 'an appellant who was a constable',
      text: 'Between GARETH PRYCE Appellant and THE CHIEF CONSTABLE. The appellant was a police constable until his dismissal.',
      parties: [party('GARETH PRYCE', 'appellant'), party('THE CHIEF CONSTABLE', 'respondent')],
      expected: [{ name: 'GARETH PRYCE', rank: 'Police Constable', former: true }],
    },
    {
      title: 'an institution described as a chief constable is no officer',
      text: 'The claimant, a chief constable, seeks review of the panel decision.',
      parties: [party('THE CHIEF CONSTABLE OF KENT POLICE', 'claimant')],
      expected: [],
    },
    {
      title: 'a member of the public challenging a chief constable',
      text: 'Between ANNA LEE Claimant and CHIEF CONSTABLE OF ESSEX POLICE Defendant.\n1. The claimant, a local resident, complained about the stop. The officer was given management advice at a misconduct meeting.',
      parties: [party('ANNA LEE', 'claimant'), party('CHIEF CONSTABLE OF ESSEX POLICE', 'defendant')],
      expected: [],
    },
    {
      title: 'the rank printed in the caption, with a warrant number',
      text: 'Between THE CHIEF CONSTABLE OF GWENT POLICE Claimant and POLICE APPEALS TRIBUNAL Defendant and DETECTIVE CONSTABLE 4471 MEGAN ROWE Interested Party',
      parties: [
        party('The Chief Constable of Gwent Police', 'claimant'),
        party('Police Appeals Tribunal', 'defendant'),
        party('Detective Constable 4471 Megan Rowe', 'interested_party'),
      ],
      expected: [{ name: 'Megan Rowe', rank: 'Detective Constable', former: null }],
    },
    {
      title: 'an interested party named without a rank, whose case a chief constable brings against the tribunal',
      text: 'Between THE CHIEF CONSTABLE OF SURREY POLICE Claimant and POLICE APPEALS TRIBUNAL Defendant and Mr Idris Kaya Interested Party\n1. This claim concerns the sanction given to the interested party in his capacity as an acting inspector.',
      parties: [party('The Chief Constable of Surrey Police', 'claimant'), party('Police Appeals Tribunal', 'defendant'), party('Mr Idris Kaya', 'interested_party')],
      expected: [{ name: 'Idris Kaya', rank: 'Inspector', former: null }],
    },
    {
      title: 'a complainant claimant against a panel, with the officer as interested party',
      text: 'Between R (on the application of NADIA FERRO) Claimant and MISCONDUCT PANEL CHAIR Defendant and TOBIAS GRANT Interested Party\n1. The interested party, Tobias Grant, a former police officer, was found to have harassed the claimant.',
      parties: [party('Nadia Ferro', 'claimant'), party('Misconduct Panel Chair', 'defendant'), party('Tobias Grant', 'interested_party')],
      expected: [{ name: 'Tobias Grant', rank: null, former: true }],
    },
    {
      title: 'a relative challenging a chief constable is not the officer',
      text: 'Between HELEN MARSH Claimant and THE CHIEF CONSTABLE OF KENT POLICE Defendant\n1. The claimant is the daughter of a man injured in a collision. A constable was cleared of misconduct.',
      parties: [party('Helen Marsh', 'claimant'), party('The Chief Constable of Kent Police', 'defendant')],
      expected: [],
    },
    {
      title: 'a claimant against the appeals tribunal, never described',
      text: 'Between CONOR WALSH Claimant and POLICE APPEALS TRIBUNAL Defendant\n1. The claimant asks the court to set aside an order for costs.',
      parties: [party('Conor Walsh', 'claimant'), party('Police Appeals Tribunal', 'defendant')],
      expected: [{ name: 'Conor Walsh', rank: null, former: null }],
    },
    {
      title: 'an anonymised appellant serving as an officer',
      text: 'Q (Appellant) v Chief Constable of Kent Police (Respondent)\n1. The appellant was injured in 2015 while serving as a police officer.',
      parties: [party('Q', 'appellant'), party('Chief Constable of Kent Police', 'respondent')],
      expected: [{ name: null, label: 'Q', rank: null, former: null }],
    },
    {
      title: 'a text officer with the caption surname spelt differently keeps the caption name and the text rank',
      text: 'Between CHIEF CONSTABLE OF DORSET POLICE Claimant and POLICE APPEALS TRIBUNAL Defendant and MR LIAM McGRATH Interested Party\n1. PC Liam Magrath joined the force in 2009.',
      parties: [party('Chief Constable of Dorset Police', 'claimant'), party('Police Appeals Tribunal', 'defendant'), party('Mr Liam McGrath', 'interested_party')],
      found: [textOfficer('o1', 'Liam Magrath', 'Police Constable')],
      expected: [{ name: 'Liam McGrath', rank: 'Police Constable', former: null }],
    },
    {
      title: 'a colleague named in the text is dropped when the caption names the subject',
      text: 'Between R (on the application of DANIEL ORR) Claimant and CHIEF CONSTABLE OF LEICESTERSHIRE POLICE Defendant\n1. The Claimant, who was then a police constable, attended a call with PC Brennan.',
      parties: [party('Daniel Orr', 'claimant'), party('Chief Constable of Leicestershire Police', 'defendant')],
      found: [textOfficer('o1', 'Brennan', 'Police Constable')],
      expected: [{ name: 'Daniel Orr', rank: 'Police Constable', former: true }],
    },
    {
      title: 'of two persons as interested parties, the one with a rank',
      text: 'Between CHIEF CONSTABLE OF CLEVELAND POLICE Claimant and INDEPENDENT OFFICE FOR POLICE CONDUCT Defendant and POLICE SERGEANT ANYA BELL and MARCUS FIELD Interested Parties',
      parties: [
        party('Chief Constable of Cleveland Police', 'claimant'),
        party('Independent Office for Police Conduct', 'defendant'),
        party('Police Sergeant Anya Bell', 'interested_party'),
        party('Marcus Field', 'interested_party'),
      ],
      expected: [{ name: 'Anya Bell', rank: 'Police Sergeant', former: null }],
    },
    {
      title: 'a chief constable appealing against a person: the respondent is the officer',
      text: 'Chief Constable of Norfolk Constabulary (Appellant) v Ellis Crane (Respondent)\n1. The tribunal reinstated the respondent.',
      parties: [party('Chief Constable of Norfolk Constabulary', 'appellant'), party('Ellis Crane', 'respondent')],
      expected: [{ name: 'Ellis Crane', rank: null, former: null }],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const found = { officers: c.found ?? [], mentions: (c.found ?? []).map((o) => ({ key: o.key, start: 0 })) };
      const { officers } = judgmentOfficers(new DocText([{ num: 1, text: c.text }]), facts(c.parties), found);
      assert.deepEqual(
        officers.map((o) => ({ name: o.name?.toLowerCase() ?? null, label: o.label, rank: o.rank, former: o.former })),
        c.expected.map((e) => ({ name: e.name?.toLowerCase() ?? null, label: e.label ?? null, rank: e.rank, former: e.former })),
      );
    });
  }

  it('keeps the text officers when the caption names no person', () => {
    const found = { officers: [textOfficer('o1', 'Hewitt', 'Inspector')], mentions: [{ key: 'o1', start: 5 }] };
    const out = judgmentOfficers(new DocText([{ num: 1, text: 'Inspector Hewitt' }]), facts([party('Chief Constable of Kent Police', 'claimant')]), found);
    assert.deepEqual(
      out.officers.map((o) => o.name),
      ['Hewitt'],
    );
  });
});
