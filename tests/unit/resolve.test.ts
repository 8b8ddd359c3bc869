import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OfficerFact } from '../../src/domain/extraction.js';
import { surnameKey } from '../../src/domain/names.js';
import { MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scoreMatch, surnameEvidence, surnameSounds, type OfficerCandidate } from '../../src/domain/officerMatch.js';

const mention = (name: string, extra: Partial<OfficerFact> = {}): OfficerFact => ({
  key: 'o1',
  name,
  label: null,
  rank: 'Police Constable',
  rankText: 'PC',
  warrantNumber: null,
  former: false,
  force: null,
  unit: null,
  source: { page: 1, start: 0, end: 1, quote: name },
  ...extra,
});
const candidate = (extra: Partial<OfficerCandidate> = {}): OfficerCandidate => ({
  id: 'c',
  firstNames: null,
  force: 'Kent Police',
  warrantNumber: null,
  rank: null,
  ...extra,
});

describe('scoreMatch', () => {
  const cases: { name: string; m: OfficerFact; c: OfficerCandidate; force: string | null; join: boolean }[] = [
    { name: 'surname and force agree', m: mention('Tincello'), c: candidate(), force: 'Kent Police', join: true },
    { name: 'first name added later', m: mention('John Tincello'), c: candidate(), force: 'Kent Police', join: true },
    { name: 'same warrant number', m: mention('Tincello', { warrantNumber: '10865' }), c: candidate({ warrantNumber: '10865' }), force: 'Kent Police', join: true },
    { name: 'initial against full first name', m: mention('J Tincello'), c: candidate({ firstNames: 'john' }), force: 'Kent Police', join: true },
    { name: 'different force', m: mention('Tincello'), c: candidate(), force: 'Essex Police', join: false },
    { name: 'different warrant number', m: mention('Tincello', { warrantNumber: '1' }), c: candidate({ warrantNumber: '2' }), force: 'Kent Police', join: false },
    { name: 'different first names', m: mention('Mary Tincello'), c: candidate({ firstNames: 'john' }), force: 'Kent Police', join: false },
  ];
  for (const c of cases) {
    it(`${c.join ? 'joins' : 'keeps apart'}: ${c.name}`, () => {
      const s = scoreMatch(c.m, c.c, c.force);
      assert.equal(s.score >= MATCH_THRESHOLD, c.join, JSON.stringify(s));
      assert.ok(s.reasons.length > 0);
    });
  }
  it('a shared proceeding date breaks a tie between two officers of one surname and force', () => {
    const m = mention('John Tincello');
    const dates = ['2025-03-03'];
    const same = scoreMatch(m, candidate({ warrantNumber: '1037', dates: ['2025-03-03'] }), 'Kent Police', dates);
    const other = scoreMatch(m, candidate({ warrantNumber: '1074', dates: ['2025-04-05'] }), 'Kent Police', dates);
    assert.ok(same.score > other.score, `${same.score} vs ${other.score}`);
    assert.ok(same.reasons.some((r) => r.includes('2025-03-03')));
  });
  // Spelling variants: alike surnames need a force and one more piece of evidence to join.
  const spelling: { name: string; m: OfficerFact; c: OfficerCandidate; force: string | null; outcome: 'join' | 'possible' | 'apart' }[] = [
    {
      name: 'Smyth / Smith with first names',
      m: mention('Gareth Smyth'),
      c: candidate({ surnameKey: 'smith', firstNames: 'gareth' }),
      force: 'Kent Police',
      outcome: 'join',
    },
    {
      name: 'Thomson / Thompson with the warrant number',
      m: mention('Thomson', { warrantNumber: '4412' }),
      c: candidate({ surnameKey: 'thompson', warrantNumber: '4412' }),
      force: 'Kent Police',
      outcome: 'join',
    },
    { name: 'Macpherson / McPherson, force only', m: mention('Macpherson'), c: candidate({ surnameKey: 'mcpherson' }), force: 'Kent Police', outcome: 'possible' },
    {
      name: 'Smyth / Smith in another force',
      m: mention('Gareth Smyth'),
      c: candidate({ surnameKey: 'smith', firstNames: 'gareth', force: 'Essex Police' }),
      force: 'Kent Police',
      outcome: 'apart',
    },
    {
      name: 'Smyth / Smith with another warrant number',
      m: mention('Gareth Smyth', { warrantNumber: '1' }),
      c: candidate({ surnameKey: 'smith', warrantNumber: '2' }),
      force: 'Kent Police',
      outcome: 'apart',
    },
    {
      name: 'Hale / Hill: sound alike by code but not spelt alike',
      m: mention('Ruth Hale'),
      c: candidate({ surnameKey: 'hill', firstNames: 'ruth' }),
      force: 'Kent Police',
      outcome: 'apart',
    },
  ];
  for (const c of spelling) {
    it(`${c.outcome}: ${c.name}`, () => {
      const s = scoreMatch(c.m, c.c, c.force);
      const outcome = s.score >= MATCH_THRESHOLD ? 'join' : s.score >= POSSIBLE_THRESHOLD ? 'possible' : 'apart';
      assert.equal(outcome, c.outcome, JSON.stringify(s));
    });
  }
  it('compares surnames exactly, by sound and by spelling', () => {
    assert.equal(surnameEvidence('PC Okafor', 'okafor')?.reason, 'same surname');
    assert.match(surnameEvidence('Catherine Philips', 'phillips')?.reason ?? '', /alike/);
    assert.equal(surnameEvidence('Dunmore', 'Ashcombe'), null);
    assert.deepEqual(surnameSounds('Sgt Smyth')[0], surnameSounds('Smith')[0]);
  });
  it('keys surnames without case or accents', () => {
    assert.equal(surnameKey('Police Constable José  NÚÑEZ'), 'nunez');
  });
});
