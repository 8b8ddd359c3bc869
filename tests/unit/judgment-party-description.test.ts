import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describedParties, type PartyRef } from '../../ingest/extract/judgment/partyDescription.js';
import type { PartyRole } from '../../src/domain/vocabulary.js';

/** Sentences written for this test, each about the one party with the given role. */
describe('what a judgment says a party is: rank and whether they still serve', () => {
  const cases: { role: PartyRole; text: string; rank: string | null; former: boolean | null }[] = [
    // The short name the judgment gives in brackets stands between the role and the description.
    {
      role: 'interested_party',
      text: 'The Second Interested Party ("the sergeant"), a police sergeant in the county, was found to have lied.',
      rank: 'Police Sergeant',
      former: null,
    },
    { role: 'claimant', text: 'The claimant was until June 2021 a police sergeant in the Dyfed force.', rank: 'Police Sergeant', former: true },
    { role: 'claimant', text: 'The claimant was until April of last year a detective constable.', rank: 'Detective Constable', former: true },
    { role: 'claimant', text: 'The claimant was, until 3 March 2025, a police inspector in the Gwent force.', rank: 'Inspector', former: true },
    { role: 'respondent', text: 'The respondent joined the force in 2009 and was a police sergeant in Wrexham.', rank: 'Police Sergeant', former: true },
    { role: 'appellant', text: 'The appellant was until recently a police constable at Barry.', rank: 'Police Constable', former: true },
    // A rank dated to the events says nothing of whether the officer serves now.
    { role: 'interested_party', text: 'The Interested Party was at the material time a sergeant in the custody suite.', rank: 'Police Sergeant', former: null },
    { role: 'claimant', text: 'The claimant, who was then a police constable on a response team, appealed.', rank: 'Police Constable', former: true },
    { role: 'claimant', text: 'The claimant was a detective sergeant in the fraud squad.', rank: 'Detective Sergeant', former: true },
    { role: 'claimant', text: 'The claimant, a former inspector, challenges the decision.', rank: 'Inspector', former: true },
    // The description can come before the role it describes.
    {
      role: 'interested_party',
      text: 'The panel heard the case of a serving police sergeant, the Second Interested Party, in private.',
      rank: 'Police Sergeant',
      former: false,
    },
    { role: 'interested_party', text: 'The ruling concerned a constable, the Interested Party, who had asked for anonymity.', rank: 'Police Constable', former: null },
    // An aside saying how the judgment will name the party stands between the role and the description.
    {
      role: 'interested_party',
      text: 'The interested party, whom we will call Officer Z9 as the chair did, is a serving police constable in the dog section.',
      rank: 'Police Constable',
      former: false,
    },
    // A rank held, with no article: the rank, and nothing said of whether they still serve.
    { role: 'interested_party', text: 'The Interested Party holds the rank of detective sergeant and is on leave.', rank: 'Detective Sergeant', former: null },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const party: PartyRef = { roles: new Set([c.role]), surname: 'x' };
      const d = describedParties(c.text, [party]).get(party);
      assert.deepEqual([d?.rank ?? null, d?.former ?? null], [c.rank, c.former]);
    });
  }
});
