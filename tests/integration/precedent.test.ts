import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { runId } from '../fixtures/graph.js';
import { ingestAndServe, type ServedRun } from '../fixtures/servedRun.js';
import { gql } from '../fixtures/gql.js';

const RUN = runId();
const N = 1000 + Math.floor(Math.random() * 8999);
/** Authorities only cited, never ingested: stubs whose treatment comes from the rulings below. */
const DOUBTED = `[2029] EWHC ${N} (Admin)`;
const APPLIED = `[2028] EWCA Civ ${N}`;
const LATER = `[2034] EWHC ${N} (Admin)`;
const EARLIER = `[2033] EWHC ${N} (Admin)`;

/**
 * A ruling laid out the way a transcript service prints one: the title, court and labelled
 * citation on one line, then the claim number, the hand-down in a sentence naming the judge.
 */
function ruling(citation: string, date: string, body: string): string[] {
  return [
    `R (Police Sergeant Ida Marlowe) v Police Appeals Tribunal. Administrative Court, London. Neutral citation: ${citation}
Claim No. AC-2033-LON-00${N}
Judgment handed down at the Royal Courts of Justice on ${date} by the Honourable Mrs Justice Okonjo
JUDGMENT
${body}`,
  ];
}

/** The earlier ruling applies one authority and declines to follow the other. */
const earlier = ruling(
  EARLIER,
  '14/05/2033',
  `1. The sergeant challenges the tribunal's refusal to reopen her case. Reference ${RUN}-earlier.
2. Applying the test in Venn v Chief Constable of Rutland ${APPLIED}, the tribunal had to ask whether new evidence could affect the outcome.
3. I decline to follow Castell v Police Misconduct Panel ${DOUBTED}, which was decided without argument on the point.
4. The claim is dismissed.`,
);

/** The later ruling merely mentions the authority the earlier one would not follow. */
const later = ruling(
  LATER,
  '02/02/2034',
  `1. This claim concerns a final written warning. Reference ${RUN}-later.
2. The panel was referred to Castell v Police Misconduct Panel ${DOUBTED} at [12].
3. The claim is dismissed.`,
);

describe('citation treatment in the graph and the API', () => {
  let served: ServedRun | undefined;
  let url: string;
  let ids: Record<string, string>;

  before(async () => {
    served = await ingestAndServe(RUN, { earlier, later });
    ({ url, ids } = served);
  });

  after(async () => {
    await served?.close();
  });

  it('each citation carries its treatment, the words and the sentence they were read from', async () => {
    const res = await gql(
      url,
      `query($id: ID!) { document(id: $id) { citations { case { citation } treatment treatmentWords treatmentSource { page quote document { id } } } } }`,
      { id: ids.earlier },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const cites = res.data?.document.citations as any[];
    assert.deepEqual(
      cites.map((c) => [c.case.citation, c.treatment, c.treatmentWords]),
      [
        [APPLIED, 'applied', 'Applying'],
        [DOUBTED, 'not_followed', 'decline to follow'],
      ],
    );
    assert.match(
      cites[1].treatmentSource.quote,
      /^I decline to follow Castell v Police Misconduct Panel \[2029\] EWHC \d+ \(Admin\), which was decided without argument/,
    );
    assert.equal(cites[1].treatmentSource.page, 1);
    assert.equal(cites[1].treatmentSource.document.id, ids.earlier);
  });

  it('Case.treatment summarises the citing rulings and names the negative one', async () => {
    const res = await gql(
      url,
      `query($c: String!) { case(citation: $c) { treatment { negative counts { treatment documents }
        warning { treatment treatmentWords citing { id neutralCitation } treatmentSource { quote } } } } }`,
      { c: DOUBTED },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const t = res.data?.case.treatment;
    assert.equal(t.negative, true);
    assert.deepEqual((t.counts as any[]).map((c) => [c.treatment, c.documents]).sort(), [
      ['mentioned', 1],
      ['not_followed', 1],
    ]);
    assert.deepEqual([t.warning.treatment, t.warning.citing.id, t.warning.citing.neutralCitation], ['not_followed', ids.earlier, EARLIER]);

    const applied = await gql(url, `query($c: String!) { case(citation: $c) { treatment { negative counts { treatment documents } warning { treatment } } } }`, {
      c: APPLIED,
    });
    assert.deepEqual(applied.data?.case.treatment, { negative: false, counts: [{ treatment: 'applied', documents: 1 }], warning: null });
  });

  it('a citation of a negatively treated case carries the warning wherever it is cited', async () => {
    const res = await gql(url, `query($id: ID!) { document(id: $id) { citations { case { citation } treatment caseWarning { treatment citing { id } } } } }`, {
      id: ids.later,
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const cites = res.data?.document.citations as any[];
    assert.deepEqual(
      cites.map((c) => [c.case.citation, c.treatment, c.caseWarning?.treatment, c.caseWarning?.citing.id]),
      [[DOUBTED, 'mentioned', 'not_followed', ids.earlier]],
    );
  });
});
