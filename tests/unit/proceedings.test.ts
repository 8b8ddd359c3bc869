import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { caseDurations } from '../../src/domain/durations.js';
import { sameCase, type CaseFacts } from '../../src/domain/proceedings.js';

const F = 'Gwent Police';
const facts = (extra: Partial<CaseFacts>): CaseFacts => ({
  force: F,
  incident: null,
  incidentUntil: null,
  hearing: null,
  decision: null,
  standards: [],
  mentioned: [],
  ...extra,
});

describe('sameCase: one proceeding per misconduct case', () => {
  const cases: { why: string; doc: CaseFacts; p: CaseFacts; same: boolean }[] = [
    {
      why: 'a notice and the outcome of one hearing',
      doc: facts({ hearing: '2026-02-09', standards: ['Use of Force'] }),
      p: facts({ hearing: '2026-02-09', standards: ['Use of Force'] }),
      same: true,
    },
    { why: 'a hearing over three days: first day against last', doc: facts({ hearing: '2026-02-11' }), p: facts({ hearing: '2026-02-09' }), same: true },
    {
      why: 'an appeal outcome naming the panel decision it appeals',
      doc: facts({ hearing: '2026-09-01', mentioned: ['2026-09-01', '2026-02-10'] }),
      p: facts({ hearing: '2026-02-09', decision: '2026-02-10' }),
      same: true,
    },
    {
      why: 'a news page dated later, same incident',
      doc: facts({ incident: '2025-07-04', mentioned: ['2026-03-01'] }),
      p: facts({ incident: '2025-07-04', hearing: '2026-02-09' }),
      same: true,
    },
    { why: 'a range of months against a day inside it', doc: facts({ incident: '2025-06', incidentUntil: '2025-09' }), p: facts({ incident: '2025-08-15' }), same: true },
    {
      why: 'a ruling described the case, undated, with the same allegations',
      doc: facts({ hearing: '2026-02-09', standards: ['Honesty and Integrity'] }),
      p: facts({ standards: ['Honesty and Integrity'] }),
      same: true,
    },
    { why: 'another force', doc: facts({ hearing: '2026-02-09' }), p: facts({ force: 'Dyfed-Powys Police', hearing: '2026-02-09' }), same: false },
    { why: 'two hearings months apart with nothing else shared', doc: facts({ hearing: '2026-05-20' }), p: facts({ hearing: '2026-02-09' }), same: false },
    {
      why: 'incidents years apart',
      doc: facts({ incident: '2021-03-01', hearing: '2026-02-09' }),
      p: facts({ incident: '2024-11-30', hearing: '2026-02-09' }),
      same: false,
    },
    {
      why: 'allegations that do not agree',
      doc: facts({ hearing: '2026-02-09', standards: ['Confidentiality'] }),
      p: facts({ hearing: '2026-02-09', standards: ['Use of Force'] }),
      same: false,
    },
    { why: 'nothing to go on but the officer', doc: facts({}), p: facts({ hearing: '2026-02-09' }), same: false },
  ];
  for (const c of cases) {
    it(`${c.same ? 'joins' : 'keeps apart'}: ${c.why}`, () => {
      const m = sameCase(c.doc, c.p);
      assert.equal(m.same, c.same, JSON.stringify(m));
      assert.ok(m.reasons.length > 0);
    });
  }
});

describe('caseDurations', () => {
  it('counts from the first day of a period to hearing, decision and ruling', () => {
    assert.deepEqual(caseDurations({ incidentDate: '2025-06-01', hearingDate: '2026-02-09', decisionDate: '2026-02-10' }, ['2026-11-20', '2027-05-01']), {
      incidentToHearing: 253,
      hearingToDecision: 1,
      decisionToRuling: 283,
      incidentToDecision: 254,
      incidentToRuling: 537,
      rulingDate: '2026-11-20',
    });
  });
  it('leaves a step without its dates null', () => {
    const d = caseDurations({ incidentDate: null, hearingDate: '2026-02-09', decisionDate: null }, []);
    assert.deepEqual([d.incidentToHearing, d.hearingToDecision, d.decisionToRuling], [null, null, null]);
  });
});
