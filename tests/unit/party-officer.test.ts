import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officerFromParties } from '../../ingest/extract/partyOfficer.js';
import { DocText } from '../../ingest/text.js';
import type { PartyFact } from '../../src/domain/extraction.js';
import type { PartyRole } from '../../src/domain/vocabulary.js';

const at = { page: 1, start: 0, end: 1, quote: '' };
const party = (name: string, role: PartyRole): PartyFact => ({ name, role, source: at });

describe('officerFromParties', () => {
  const cases: { text: string; parties: PartyFact[]; expected: { name: string; rank: string; former: boolean | null } | null }[] = [
    {
      text: 'THE KING on the application of OWEN HALLAM Claimant\n1. The claimant, a former police constable of Cumbria Constabulary, challenges the decision.',
      parties: [party('OWEN HALLAM', 'claimant'), party('CHIEF CONSTABLE OF CUMBRIA CONSTABULARY', 'defendant')],
      expected: { name: 'Owen Hallam', rank: 'Police Constable', former: true },
    },
    {
      text: 'Between RUTH OKAFOR Appellant and THE POLICE APPEALS TRIBUNAL. The appellant is a serving detective sergeant.',
      parties: [party('RUTH OKAFOR', 'appellant'), party('THE POLICE APPEALS TRIBUNAL', 'respondent')],
      expected: { name: 'Ruth Okafor', rank: 'Detective Sergeant', former: false },
    },
    {
      text: 'Between GARETH PRYCE Appellant and THE CHIEF CONSTABLE. The appellant was a police constable until his dismissal.',
      parties: [party('GARETH PRYCE', 'appellant'), party('THE CHIEF CONSTABLE', 'respondent')],
      expected: { name: 'Gareth Pryce', rank: 'Police Constable', former: true },
    },
    {
      // The described party is an institution: no officer can be read from it.
      text: 'The claimant, a chief constable, seeks review of the panel decision.',
      parties: [party('THE CHIEF CONSTABLE OF KENT POLICE', 'claimant')],
      expected: null,
    },
    {
      // The claimant is described, but as a member of the public: not an officer.
      text: 'The claimant, a local resident, complained about the stop.',
      parties: [party('ANNA LEE', 'claimant')],
      expected: null,
    },
  ];
  for (const c of cases) {
    it(`${c.expected?.name ?? 'nobody'} from "${c.text.slice(0, 50)}..."`, () => {
      const o = officerFromParties(new DocText([{ num: 1, text: c.text }]), c.parties);
      assert.deepEqual(o && { name: o.name, rank: o.rank, former: o.former }, c.expected);
      if (o) assert.equal(c.text.slice(o.source.start, o.source.end).toLowerCase(), c.parties[0]!.name.toLowerCase());
    });
  }
});
