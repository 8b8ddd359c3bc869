import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uniqueSurname } from '../fixtures/corpus.js';
import { runId } from '../fixtures/graph.js';
import { ingestAndServe, type ServedRun } from '../fixtures/servedRun.js';
import { gql } from '../fixtures/gql.js';

/**
 * Sanction precedents and the decision chain from PDFs through ingest to the API: two hearing
 * records of one run, a High Court ruling on one of them and the Court of Appeal's ruling on that.
 * The run's reference word is in every document, so the full-text filter keeps other tests' out.
 */
const RUN = runId();
const SURNAME = uniqueSurname(RUN);
const N = 1000 + Math.floor(Math.random() * 8999);
const HIGH_COURT = `[2032] EWHC ${N} (Admin)`;
const APPEAL = `[2033] EWCA Civ ${N}`;

/** A hearing record laid out as a form: labelled lines, the finding in a sentence of its own. */
const record = (first: string, sanction: string, date: string, conduct: string) => [
  `Cumbria Constabulary
Record of a misconduct hearing held in public (reference ${RUN})
Officer concerned: Police Constable ${first} ${SURNAME}
Date the hearing concluded: ${date}
Summary of the case: ${conduct}
Standards engaged: Honesty and Integrity. Having heard the evidence, the panel decided that this amounted to gross misconduct.
Sanction: ${sanction}.`,
];

const docs: Record<string, string[]> = {
  orla: record('Orla', 'final written warning', '3 March 2031', `The constable wrote a false statement about a roadside search.`),
  piers: record('Piers', 'dismissal without notice', '9 June 2031', `The constable gave a false statement to the investigator about his overtime.`),
  high: [
    `Approved judgment of Mrs Justice Ferrier, handed down on 12/02/2032
${HIGH_COURT}
The King on the application of Police Constable Orla ${SURNAME} against the Chief Constable of Cumbria Constabulary
1. The constable asks the court to review the final written warning the panel gave her in March 2031 (reference ${RUN}).
2. The panel gave no reasons for preferring one account of the search to the other. The decision is quashed.`,
  ],
  appeal: [
    `${APPEAL}
IN THE COURT OF APPEAL (CIVIL DIVISION)
ON APPEAL FROM THE ADMINISTRATIVE COURT, ${HIGH_COURT}
Judgment date: 20/11/2032
Lord Justice Quarrie, Lady Justice Amberley and Lord Justice Tolland
1. The Chief Constable appeals against the order quashing the panel's warning to the constable (reference ${RUN}).
2. The judge was right. The appeal is dismissed.`,
  ],
};

describe('sanction precedents and the decision chain from PDFs', () => {
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

  it('counts the sanctions over the matching proceedings, quoting each from its document, with the ruling that reviewed one', async () => {
    const res = await gql(
      url,
      `query($text: String) { sanctionPrecedents(standards: ["Honesty and Integrity"], finding: gross_misconduct, text: $text) {
        proceedings buckets { outcome count share examples {
          finding { standard finding source { quote document { id } } }
          sanction { outcome source { quote document { id } } }
          reviewedBy { ruling { id jrResult } } } } } }`,
      { text: `${RUN} AND "false statement"` },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const p = res.data?.sanctionPrecedents;
    assert.equal(p.proceedings, 2);
    assert.deepEqual(
      (p.buckets as any[]).map((b) => [b.outcome, b.count, b.share]),
      [
        ['dismissed_without_notice', 1, 0.5],
        ['final_written_warning', 1, 0.5],
      ],
    );
    const [dismissed, warning] = (p.buckets as any[]).map((b) => b.examples[0]);
    assert.equal(warning.sanction.source.document.id, ids.orla);
    assert.match(warning.sanction.source.quote, /final written warning/);
    assert.equal(warning.finding.source.document.id, ids.orla);
    assert.equal(warning.finding.standard, 'Honesty and Integrity');
    assert.match(warning.finding.source.quote, /Honesty and Integrity/);
    assert.deepEqual(
      warning.reviewedBy.map((r: any) => [r.ruling.id, r.ruling.jrResult]),
      [[ids.high, 'quashed']],
    );
    assert.equal(dismissed.sanction.source.document.id, ids.piers);
    assert.deepEqual(dismissed.reviewedBy, []);
  });

  it('gives the chain from the appeal down to the panel, each step with its document and the days between', async () => {
    const res = await gql(url, `query($id: ID) { decisionChain(rulingId: $id) { daysFirstToLast steps { level date result known daysFromPrevious document { id } } } }`, {
      id: ids.appeal,
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const steps = (res.data?.decisionChain.steps as any[]).filter((s) => s.known !== 'described');
    assert.deepEqual(
      steps.map((s) => [s.level, s.date, s.document?.id]),
      [
        ['misconduct proceeding', '2031-03-03', ids.orla],
        ['High Court', '2032-02-12', ids.high],
        ['Court of Appeal', '2032-11-20', ids.appeal],
      ],
    );
    assert.deepEqual(
      steps.map((s) => s.result),
      ['final_written_warning', 'quashed', 'appeal_dismissed'],
    );
    assert.equal(res.data?.decisionChain.daysFirstToLast, 628);
  });
});
