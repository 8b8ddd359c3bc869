import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CITED, CITED_FORCE, SEP } from '../../src/graph/aggregateKeys.js';
import { compactCitations, expandCitations } from '../../src/graph/write/citationContribution.js';

const entry = (...parts: string[]) => parts.join(SEP);

/** A citing document's entries as CITATION_CONTRIBUTIONS writes them out. */
function entries(year: string, force: string | null, cases: [string, number][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [c, n] of cases) {
    out.set(entry(CITED, c, 'documents', year), 1);
    out.set(entry(CITED, c, 'citations', year), n);
    if (force === null) continue;
    out.set(entry(CITED_FORCE, c, force, 'forceDocuments', year), 1);
    out.set(entry(CITED_FORCE, c, force, 'forceCitations', year), n);
  }
  return out;
}

describe('a citing document contribution in compact form', () => {
  const shapes: { name: string; year: string; force: string | null; cases: [string, number][] }[] = [
    {
      name: 'with a force and a year',
      year: '2021',
      force: 'wessex constabulary',
      cases: [
        ['[2015] EWCA Civ 7', 3],
        ['[2019] EWHC 88 (Admin)', 1],
      ],
    },
    { name: 'without a force', year: '2018', force: null, cases: [['[2001] UKHL 4', 2]] },
    { name: 'without a decision year', year: '', force: 'mercia police', cases: [['[2020] EWHC 12 (QB)', 5]] },
  ];
  for (const s of shapes) {
    it(`expands back to exactly the entries it came from: ${s.name}`, () => {
      const full = entries(s.year, s.force, s.cases);
      const compact = compactCitations(full);
      assert.ok(compact);
      assert.deepEqual(compact.cases.length, s.cases.length);
      assert.deepEqual([...expandCitations(compact)].sort(), [...full].sort());
    });
  }

  it('refuses entries of another shape, which are then stored in full', () => {
    const twoYears = new Map([...entries('2020', null, [['[2010] EWCA Civ 1', 1]]), ...entries('2021', null, [['[2011] EWCA Civ 2', 1]])]);
    assert.equal(compactCitations(twoYears), null);
    const broken = entries('2020', 'kent police', [['[2010] EWCA Civ 1', 2]]);
    broken.set(entry(CITED_FORCE, '[2010] EWCA Civ 1', 'kent police', 'forceCitations', '2020'), 3);
    assert.equal(compactCitations(broken), null);
    assert.equal(compactCitations(new Map()), null);
  });
});
