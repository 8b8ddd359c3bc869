import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countsIn, moveRanking, needsRanking, rankAll, rankOrder, type RankedCase, type YearCounts, type YearRange } from '../../src/graph/write/citedRanking.js';
import { seededRandom } from '../fixtures/seededRandom.js';

/**
 * A most-cited ranking moved write after write by only the cases each write changed (ranked afresh
 * when it runs short, as the writer does) always holds the true ranking's first entries: all of
 * them when it says complete, else its first entries, at least a page of `size`. Small sizes and few cases, so entries leave and
 * come back, ties on documents and citations are common, and rankings run short.
 */
function truth(counts: Map<string, RankedCase>): RankedCase[] {
  return [...counts.values()].filter((c) => c.documents > 0).sort(rankOrder);
}

describe('most-cited rankings moved by the cases a write changes', () => {
  for (const size of [1, 3, 5]) {
    for (const seed of [1, 2, 3, 4]) {
      it(`size ${size}, seed ${seed}: equals the ranking from scratch after every write`, () => {
        const r = seededRandom(seed * 100 + size);
        const cases = Array.from({ length: 9 }, (_, i) => `case ${String.fromCharCode(97 + i)}`);
        const counts = new Map<string, RankedCase>(cases.map((citation) => [citation, { citation, documents: 0, citations: 0 }]));
        // As the writer keeps them: a few entries beyond the page, ranked afresh below the page.
        const kept = size + 2;
        let ranking = rankAll(counts.values(), kept);
        let reranked = 0;
        for (let step = 0; step < 300; step++) {
          const changed: RankedCase[] = [];
          for (const citation of new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => cases[Math.floor(r() * cases.length)]!))) {
            const old = counts.get(citation)!;
            // Mostly more citing documents, sometimes fewer (a deletion), sometimes none left.
            const documents = r() < 0.15 ? 0 : Math.max(0, old.documents + Math.floor(r() * 4) - 1);
            const next = { citation, documents, citations: documents === 0 ? 0 : documents + Math.floor(r() * 2) };
            counts.set(citation, next);
            changed.push(next);
          }
          ranking = moveRanking(ranking, changed, kept);
          if (needsRanking(ranking, size)) {
            ranking = rankAll(counts.values(), kept);
            reranked++;
          }
          const all = truth(counts);
          const where = `step ${step}`;
          if (ranking.complete) assert.deepEqual(ranking.entries, all, where);
          else assert.deepEqual(ranking.entries, all.slice(0, ranking.entries.length), where);
          // Not complete may be said of a ranking that is (it cannot know), but then it holds a full page.
          if (!ranking.complete) assert.ok(ranking.entries.length >= size && ranking.entries.length <= kept, where);
        }
        // Decreases must have exercised the path that ranks afresh.
        assert.ok(reranked > 0);
      });
    }
  }

  it('counts a case within a range: year-less documents only with no year bound', () => {
    const years: YearCounts = new Map([
      ['', [2, 3]],
      ['2019', [1, 1]],
      ['2021', [4, 6]],
    ]);
    const table: [YearRange, number, number][] = [
      [{ bound: 'all', year: null }, 7, 10],
      [{ bound: 'from', year: 2019 }, 5, 7],
      [{ bound: 'from', year: 2020 }, 4, 6],
      [{ bound: 'from', year: 2022 }, 0, 0],
      [{ bound: 'to', year: 2019 }, 1, 1],
      [{ bound: 'to', year: 2018 }, 0, 0],
      [{ bound: 'to', year: 2021 }, 5, 7],
    ];
    for (const [range, documents, citations] of table) assert.deepEqual(countsIn(range, years), { documents, citations }, JSON.stringify(range));
  });
});
