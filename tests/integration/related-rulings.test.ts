import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runId } from '../fixtures/graph.js';
import { ingestAndServe, type ServedRun } from '../fixtures/servedRun.js';
import { gql } from '../fixtures/gql.js';

const RUN = runId();
const N = 1000 + Math.floor(Math.random() * 8999);
const cite = (year: number, court: string) => `[${year}] ${court.replace('#', String(N))}`;
const A = cite(2035, 'EWHC # (Admin)');
const B = cite(2036, 'EWHC # (Admin)');
const C = cite(2037, 'EWHC # (Admin)');
const D = cite(2038, 'EWCA Civ #');
const X = cite(2020, 'EWCA Civ #');
const Y = cite(2021, 'EWHC # (Admin)');

/** A ruling whose heading opens with the judge and the hand-down, then its citation and the list it sat in. */
function ruling(citation: string, date: string, body: string): string[] {
  return [
    `Approved judgment of Mr Justice Arkwright, handed down remotely on ${date}
${citation}
Administrative Court list, Leeds, claim AC-2035-LDS-00${N}
${body}`,
  ];
}

const docs: Record<string, string[]> = {
  a: ruling(
    A,
    '10/02/2035',
    `1. The constable discharged a taser at a kneeling detainee in the custody suite. Reference ${RUN}.
2. Applying Ferrars v Chief Constable ${X}, and considering Lyle v Panel ${Y}, the panel had to ask whether the taser discharge was necessary and proportionate.
3. The taser discharge in the custody suite was not proportionate. The claim is dismissed.`,
  ),
  b: ruling(
    B,
    '11/03/2036',
    `1. The sergeant used a taser on a man already restrained in a custody suite. Reference ${RUN}.
2. Following Ferrars v Chief Constable ${X} and Lyle v Panel ${Y}, proportionality of each taser discharge is for the panel.
3. The claim is dismissed.`,
  ),
  c: ruling(
    C,
    '12/04/2037',
    `1. The inspector failed to disclose a conviction when applying for vetting clearance. Reference ${RUN}.
2. Honesty in vetting forms is fundamental. The claim is dismissed.`,
  ),
  d: ruling(
    D,
    '13/05/2038',
    `1. Two earlier decisions on custody taser use, ${A} and ${B}, were cited to us. Reference ${RUN}.
2. The appeal is dismissed.`,
  ),
};

describe('related rulings', () => {
  let served: ServedRun | undefined;
  let url: string;
  let ids: Record<string, string>;

  before(async () => {
    served = await ingestAndServe(RUN, docs);
    ({ url, ids } = served);
  });

  after(async () => {
    await served?.close();
  });

  it('ranks the ruling sharing authorities, citers and words first, and says why', async () => {
    const res = await gql(
      url,
      `query($id: ID!) { relatedRulings(rulingId: $id, first: 50) { score textSimilarity why sharedTerms
        ruling { id neutralCitation } sharedAuthorities { citation } coCitedBy { id } } }`,
      { id: ids.a },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const ours = (res.data?.relatedRulings as any[]).filter((r) => Object.values(ids).includes(r.ruling.id));
    assert.equal(ours[0].ruling.id, ids.b);
    const b = ours[0];
    assert.deepEqual(b.sharedAuthorities.map((c: any) => c.citation).sort(), [X, Y].sort());
    assert.deepEqual(
      b.coCitedBy.map((d: any) => d.id),
      [ids.d],
    );
    assert.ok(b.sharedTerms.includes('taser'), JSON.stringify(b.sharedTerms));
    assert.deepEqual(b.why.slice(0, 2), ['cites the same 2 authorities', 'cited together by 1 document']);
    assert.match(b.why[2], /^shares the terms .*taser/);
    const c = ours.find((r) => r.ruling.id === ids.c);
    if (c) {
      assert.ok(c.score < b.score && c.textSimilarity < b.textSimilarity, JSON.stringify([b, c]));
      assert.deepEqual(c.sharedAuthorities, []);
    }
  });

  it('compares the terms the writer stored, and counts them from the pages of a ruling written before: the same answer', async () => {
    const query = `query($id: ID!) { relatedRulings(rulingId: $id, first: 50) { score textSimilarity sharedTerms ruling { id } } }`;
    const [stored] = await served!.graph.read<{ terms: string[] | null; counts: number[] | null }>(
      'MATCH (d:Document {id: $id}) RETURN d.terms AS terms, d.termCounts AS counts',
      { id: ids.b },
    );
    assert.ok(stored?.terms?.includes('taser'), JSON.stringify(stored));
    assert.equal(stored?.counts?.[stored.terms!.indexOf('taser')], 2);
    const withTerms = await gql(url, query, { id: ids.a });
    await served!.graph.write((tx) => tx.run('MATCH (d:Document) WHERE d.id IN $ids REMOVE d.terms, d.termCounts', { ids: Object.values(ids) }));
    const counted = await gql(url, query, { id: ids.a });
    assert.equal(counted.errors, undefined, JSON.stringify(counted.errors));
    assert.deepEqual(counted.data, withTerms.data);
  });

  it('answers null for an unknown ruling', async () => {
    const res = await gql(url, `{ relatedRulings(rulingId: "no-such-ruling") { score } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data?.relatedRulings, null);
  });
});
