import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OfficerFact } from '../../src/domain/extraction.js';
import { MATCH_THRESHOLD, scoreMatch, surnameKey, type OfficerCandidate } from '../../ingest/resolve.js';

const mention = (name: string, extra: Partial<OfficerFact> = {}): OfficerFact => ({
  key: 'o1', name, label: null, rank: 'Police Constable', rankText: 'PC', warrantNumber: null, former: false, force: null, unit: null,
  source: { page: 1, start: 0, end: 1, quote: name }, ...extra,
});
const candidate = (extra: Partial<OfficerCandidate> = {}): OfficerCandidate => ({ id: 'c', firstNames: null, force: 'Kent Police', warrantNumber: null, rank: null, ...extra });

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
  it('keys surnames without case or accents', () => {
    assert.equal(surnameKey('Police Constable José  NÚÑEZ'), 'nunez');
  });
});
