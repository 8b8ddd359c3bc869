import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { analyse, type ProcessedDocument } from '../../ingest/process.js';
import { writeDocument } from '../../ingest/write.js';
import { loadConfig } from '../../src/config.js';
import { createApp, type App } from '../../src/server/app.js';
import type { Graph } from '../../src/graph/driver.js';
import { colleaguesWithProvenFindings } from '../../src/graph/patterns.js';
import { uniqueSurname } from '../fixtures/corpus.js';
import { removeRun, runId, testGraph } from '../fixtures/graph.js';
import { gql } from '../fixtures/gql.js';

/**
 * The graph model end to end, from page text through redaction, extraction, resolution and the
 * writer to the real Neo4j: a period of service in brackets, a date range in an allegation, the
 * notice, outcome and judicial review of one case, and a namesake in another force. Every text is
 * written for this test.
 */
const RUN = runId();
const ELDER = uniqueSurname(RUN + 'elder');
const SUBJECT = uniqueSurname(RUN + 'subject');
const W = { licence: 'test', source: null };
const CITATION = `[2026] EWHC ${3000 + (parseInt(createHash('sha256').update(RUN).digest('hex').slice(0, 4), 16) % 6000)} (Admin)`;

const texts: Record<string, string> = {
  // An officer in the command for six years, stated in brackets after the unit.
  elder: `Metropolitan Police Service
Outcome of a gross misconduct hearing
Officer concerned: Detective Constable Tamsin ${ELDER}, Parliamentary and Diplomatic Protection Command (2017 to 2023)
The hearing took place on 12 May 2025.
It was alleged that on 3 August 2023 DC ${ELDER} passed restricted briefing notes to an acquaintance.
The panel found that DC ${ELDER} breached the Standards of Professional Behaviour in respect of Confidentiality, amounting to gross misconduct.
Outcome: DC ${ELDER} was dismissed without notice.`,
  // The colleague's notice: the conduct is dated by a range of months, and the posting is "at the time".
  notice: `Metropolitan Police Service
Notice of gross misconduct hearing
Officer concerned: Police Constable Orla ${SUBJECT}
Posting at the time: Parliamentary and Diplomatic Protection Command
It is alleged that between June and September 2022 PC ${SUBJECT} posted mocking remarks about members of the public in a group chat, in breach of the Standard of Professional Behaviour of Authority, Respect and Courtesy.
The hearing will be held on 3 March 2025 at a venue in central London.`,
  outcome: `Metropolitan Police Service
Outcome of gross misconduct hearing
A hearing took place on 3 March 2025 concerning Police Constable Orla ${SUBJECT}.
It was alleged that between June and September 2022 PC ${SUBJECT} posted mocking remarks about members of the public in a group chat.
The panel found that PC ${SUBJECT} breached the Standards of Professional Behaviour in respect of Authority, Respect and Courtesy, amounting to gross misconduct.
The decision was given on 4 March 2025. PC ${SUBJECT} was dismissed without notice.`,
  ruling: `Neutral Citation Number: ${CITATION}
Case No: AC-2025-LON-00${RUN.length}
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
ADMINISTRATIVE COURT
Date: 20 November 2025
Before:
MRS JUSTICE ELLWOOD
Between:
THE KING
on the application of
ORLA ${SUBJECT.toUpperCase()}
Claimant
- and -
COMMISSIONER OF POLICE OF THE METROPOLIS
Defendant
JUDGMENT
1. The claimant, a former police constable of the Metropolitan Police Service, challenges the decision of the misconduct panel of 4 March 2025 to dismiss her without notice.
2. For the reasons below the claim is dismissed.`,
  // Same first name and surname, another force, another hearing.
  namesake: `Kent Police
Outcome of misconduct hearing
A misconduct hearing took place on 9 October 2025 concerning Police Constable Orla ${SUBJECT}.
The panel found that PC ${SUBJECT} failed to record a crime report, in breach of the Standard of Professional Behaviour of Duties and Responsibilities, amounting to misconduct.
PC ${SUBJECT} was given a written warning.`,
};

function processed(name: string, text: string): ProcessedDocument {
  const sha256 = createHash('sha256').update(`${RUN}:${name}:${text}`).digest('hex');
  const r = analyse(`${RUN}-${name}.pdf`, { sha256, bytes: text.length, pageCount: 1, title: null }, [{ num: 1, text }], {
    pseudonymKey: loadConfig().pseudonymKey,
  } as never);
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r;
}

describe('graph model: periods, one proceeding per case, rulings and namesakes', () => {
  let graph: Graph;
  let app: App;
  let url: string;
  const docs = Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, processed(k, t)]));

  before(async () => {
    graph = await testGraph();
    // The ruling arrives before the outcome: the case must come together whatever the order.
    for (const k of ['elder', 'notice', 'ruling', 'outcome', 'namesake']) await writeDocument(graph, docs[k]!, W);
    const config = loadConfig();
    app = createApp({ ...config, api: { ...config.api, apiKeys: new Map(), maxPageSize: 50 } }, graph, { log: () => {} });
    ({ url } = await app.listen(0, '127.0.0.1'));
  });
  after(async () => {
    await app?.stop();
    await removeRun(graph, RUN);
    await graph.close();
  });

  const officerOf = async (doc: string) => {
    const [row] = await graph.read<{ id: string; force: string }>(
      'MATCH (:Document {id: $d})-[:MENTIONS]->(:OfficerMention)-[:RESOLVED_TO]->(o:Officer) RETURN o.id AS id, o.force AS force',
      { d: docs[doc]!.sha256 },
    );
    assert.ok(row, `no officer for ${doc}: ${JSON.stringify(docs[doc]!.extraction.officers)}`);
    return row;
  };

  it('reads the period in brackets and the range in the allegation, and the two colleagues overlap', async () => {
    const elder = await officerOf('elder');
    const subject = await officerOf('notice');
    const periods = await graph.read<{ officer: string; from: string; to: string; start: string; end: string }>(
      `MATCH (o:Officer)-[m:MEMBER_OF]->(:Unit {name: 'Parliamentary and Diplomatic Protection Command'}) WHERE o.id IN $ids
       RETURN o.id AS officer, m.from AS from, m.to AS to, m.periodStart AS start, m.periodEnd AS end ORDER BY officer, start`,
      { ids: [elder.id, subject.id] },
    );
    assert.deepEqual(
      periods.filter((p) => p.officer === elder.id).map((p) => [p.from, p.to, p.start, p.end]),
      [['2017', '2023', '2017-01-01', '2023-12-31']],
    );
    assert.ok(
      periods.some((p) => p.officer === subject.id && p.start === '2022-06-01' && p.end === '2022-09-30'),
      JSON.stringify(periods),
    );
    const pairs = await colleaguesWithProvenFindings((q, p) => graph.read(q, p), { windowDays: 0, force: 'Metropolitan Police Service', limit: 1000 });
    const ours = pairs.find(
      (r) =>
        r.officers
          .map((o) => o.officerId)
          .sort()
          .join() === [elder.id, subject.id].sort().join(),
    );
    assert.ok(ours, 'the two served in the command at overlapping times');
    assert.equal(ours.daysApart, 0);
  });

  it('joins the notice and the outcome into one proceeding, with the reasons and the duration', async () => {
    const subject = await officerOf('outcome');
    const rows = await graph.read<{ id: string; incident: string; hearing: string; decision: string; joins: { kind: string; rel: string; reasons: string[] }[] }>(
      `MATCH (p:Proceeding)-[:CONCERNS]->(:Officer {id: $o})
       RETURN p.id AS id, p.incidentDate AS incident, p.hearingDate AS hearing, p.decisionDate AS decision,
              COLLECT { MATCH (p)<-[r:RECORDS|DESCRIBES]-(d:Document) RETURN {kind: d.kind, rel: type(r), reasons: r.reasons} } AS joins`,
      { o: subject.id },
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const p = rows[0]!;
    assert.deepEqual([p.incident, p.hearing, p.decision], ['2022-06-01', '2025-03-03', '2025-03-04']);
    assert.deepEqual(p.joins.map((j) => `${j.kind}:${j.rel}`).sort(), ['hearing_notice:RECORDS', 'hearing_outcome:RECORDS', 'judgment:DESCRIBES']);
    const outcome = p.joins.find((j) => j.kind === 'hearing_outcome')!;
    assert.ok(
      outcome.reasons.some((r) => r.startsWith('same hearing date')),
      JSON.stringify(p.joins),
    );
    const { caseDurations } = await import('../../src/domain/durations.js');
    const d = caseDurations({ incidentDate: p.incident, hearingDate: p.hearing, decisionDate: p.decision }, ['2025-11-20']);
    assert.deepEqual([d.incidentToDecision, d.decisionToRuling], [1007, 261]);
  });

  it('links the ruling to that proceeding and to the right officer, and records no proceeding of its own', async () => {
    const subject = await officerOf('outcome');
    assert.equal((await officerOf('ruling')).id, subject.id);
    const reviews = await graph.read<{ proceeding: string; officerId: string }>(
      `MATCH (:Document {id: $r})-[rv:REVIEWS]->(p:Proceeding) RETURN p.id AS proceeding, rv.officerId AS officerId`,
      { r: docs.ruling!.sha256 },
    );
    const [own] = await graph.read<{ id: string }>('MATCH (p:Proceeding)-[:CONCERNS]->(:Officer {id: $o}) RETURN p.id AS id', { o: subject.id });
    assert.deepEqual(reviews, [{ proceeding: own!.id, officerId: subject.id }]);
    const recorded = await graph.read('MATCH (:Document {id: $r})-[:RECORDS]->(p) RETURN p', { r: docs.ruling!.sha256 });
    assert.equal(recorded.length, 0);
  });

  it('answers the case through the API: one proceeding, its durations, why each document joined, the ruling', async () => {
    const subject = await officerOf('outcome');
    const res = await gql(
      url,
      `query($id: ID!) { officer(id: $id) { proceedings {
      incidentDate durations { incidentToHearing hearingToDecision decisionToRuling incidentToDecision rulingDate }
      joins { relation reasons document { kind } } reviewedBy { ruling { neutralCitation } } } units { from to periodBasis } } }`,
      { id: subject.id },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const [p, ...more] = res.data!.officer.proceedings;
    assert.equal(more.length, 0, JSON.stringify(res.data));
    assert.deepEqual(p.durations, { incidentToHearing: 1006, hearingToDecision: 1, decisionToRuling: 261, incidentToDecision: 1007, rulingDate: '2025-11-20' });
    assert.deepEqual(p.joins.map((j: any) => `${j.document.kind}:${j.relation}`).sort(), ['hearing_notice:RECORDS', 'hearing_outcome:RECORDS', 'judgment:DESCRIBES']);
    assert.deepEqual(
      p.reviewedBy.map((r: any) => r.ruling.neutralCitation),
      [CITATION],
    );
    assert.deepEqual(res.data!.officer.units, [{ from: '2022-06', to: '2022-09', periodBasis: 'CONDUCT' }]);
  });

  it('keeps the namesake in another force apart', async () => {
    const namesake = await officerOf('namesake');
    const subject = await officerOf('outcome');
    assert.notEqual(namesake.id, subject.id);
    assert.equal(namesake.force, 'Kent Police');
    const reviews = await graph.read('MATCH (:Document {id: $r})-[:REVIEWS]->(:Proceeding)-[:CONCERNS]->(:Officer {id: $o}) RETURN 1', {
      r: docs.ruling!.sha256,
      o: namesake.id,
    });
    assert.equal(reviews.length, 0);
  });
});
