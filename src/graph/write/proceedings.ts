import type { DocumentToWrite } from '../../domain/documents.js';
import { currentForceName } from '../../domain/forces.js';
import { firstDay, lastDay } from '../../domain/periods.js';
import { sameCase, type CaseFacts } from '../../domain/proceedings.js';
import { linkRulings } from './rulings.js';
import { src, type Run, type Statements } from './run.js';

/** Documents that record a misconduct case: a notice, an outcome (a panel's or an appeal's), a news page. */
const CASE_KINDS = ['hearing_notice', 'hearing_outcome', 'other'];
/** Bodies whose decision a ruling describes that a Proceeding stands for: its date is the proceeding's decision. */
const PROCEEDING_BODIES = ['misconduct panel', 'misconduct meeting', 'chief officer'];

interface ProceedingChoice {
  id: string;
  reasons: string[];
}

/**
 * The conduct's dates for a proceeding: a range ("between June and September 2022") starts on its
 * first day and ends on its last, so durations run from the first day; a single date stays as read.
 */
function incidentOf(x: DocumentToWrite['extraction']): { incident: string | null; incidentUntil: string | null } {
  const d = x.dates.find((f) => f.role === 'incident');
  if (!d) return { incident: null, incidentUntil: null };
  return d.until ? { incident: firstDay(d.date), incidentUntil: lastDay(d.until) } : { incident: d.date, incidentUntil: null };
}

/** The facts `sameCase` compares, for this document. */
function caseFacts(x: DocumentToWrite['extraction']): CaseFacts {
  const date = (role: string) => x.dates.find((d) => d.role === role);
  return {
    force: x.force ? currentForceName(x.force) : null,
    incident: date('incident')?.date ?? null,
    incidentUntil: date('incident')?.until ?? null,
    hearing: date('hearing')?.date ?? null,
    decision: date('decision')?.date ?? null,
    standards: [...new Set(x.allegations.map((a) => a.standard))],
    mentioned: [...new Set(x.dates.map((d) => d.date))],
  };
}

/**
 * The proceeding a notice, outcome or news page records: one already holding the same case (same
 * officer and force, compatible dates, allegations that agree: see src/domain/proceedings.ts),
 * whichever document arrived first, else a new one named after this document. A proceeding only a
 * ruling has described so far is a candidate too, so the ruling's case and the panel's are one.
 */
async function proceedingFor(run: Run, doc: DocumentToWrite, officerIds: string[]): Promise<ProceedingChoice> {
  const x = doc.extraction;
  const own = { id: doc.sha256 + '#proceeding', reasons: ['first document of the case'] };
  if (!CASE_KINDS.includes(x.kind) || !x.force || officerIds.length === 0) return own;
  const facts = caseFacts(x);
  const found = await run(
    `MATCH (p:Proceeding)-[:CONCERNS]->(o:Officer)
     WHERE o.id IN $officerIds AND p.force = $force AND NOT EXISTS { (:Document {id: $docId})-[:RECORDS]->(p) }
       AND (EXISTS { (p)<-[:RECORDS]-(d0:Document) WHERE d0.kind IN $kinds } OR EXISTS { (p)<-[:DESCRIBES]-(:Document) })
     WITH DISTINCT p
     RETURN p.id AS id, p.force AS force, p.incidentDate AS incident, p.incidentUntil AS incidentUntil, p.hearingDate AS hearing,
            p.decisionDate AS decision, coalesce(p.mentionedDates, []) AS mentioned,
            COLLECT { MATCH (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE a.standard IS NOT NULL RETURN DISTINCT a.standard } AS standards
     ORDER BY id`,
    { officerIds, docId: doc.sha256, kinds: CASE_KINDS, force: facts.force },
  );
  let best: ProceedingChoice | null = null;
  for (const r of found.records) {
    const m = sameCase(facts, r.toObject() as unknown as CaseFacts);
    if (m.same && (!best || m.reasons.length > best.reasons.length)) best = { id: r.get('id') as string, reasons: m.reasons };
  }
  return best ?? own;
}

/**
 * The proceeding a ruling's account of the case (its allegations, the sanction under challenge)
 * belongs to: of the proceedings it reviews about its subjects, the one decided last before it;
 * with none yet, a proceeding of its own that it DESCRIBES and REVIEWS, which a notice or outcome
 * of the case joins when it arrives. The court's own dates never become the proceeding's.
 */
async function rulingProceeding({ run, send }: Statements, doc: DocumentToWrite, officerIds: string[]): Promise<ProceedingChoice> {
  const own = doc.sha256 + '#proceeding';
  // Its own described proceeding (left from an earlier write of this document) is not one it found.
  const reviewed = await run(
    `MATCH (:Document {id: $docId})-[:REVIEWS]->(p:Proceeding)-[:CONCERNS]->(o:Officer) WHERE o.id IN $officerIds AND p.id <> $own
     WITH DISTINCT p ORDER BY coalesce(p.decisionDate, p.hearingDate, '') DESC, p.id
     RETURN p.id AS id LIMIT 1`,
    { docId: doc.sha256, officerIds, own },
  );
  const id = reviewed.records[0]?.get('id') as string | undefined;
  if (id) return { id, reasons: ['the proceeding the ruling reviews'] };
  const below = doc.extraction.judgment?.decisionBelow;
  const decided = below && below.body && PROCEEDING_BODIES.includes(below.body) ? below.date : null;
  await send(
    `MATCH (d:Document {id: $docId})
     MERGE (p:Proceeding {id: $procId})
     SET p.force = coalesce(p.force, $force), p.incidentDate = coalesce(p.incidentDate, d.incidentDate), p.decisionDate = coalesce(p.decisionDate, $decided)
     MERGE (d)-[rv:REVIEWS]->(p)
     SET rv.officerId = $officerIds[0], rv.confidence = 1.0, rv.reasons = ['the proceeding the ruling describes']
     WITH p
     UNWIND $officerIds AS oid
     MATCH (o:Officer {id: oid})
     MERGE (p)-[:CONCERNS]->(o)`,
    { docId: doc.sha256, procId: own, force: doc.extraction.force ? currentForceName(doc.extraction.force) : null, decided, officerIds },
  );
  return { id: own, reasons: ['described only by the ruling'] };
}

/**
 * The misconduct case this document speaks of, with its allegations, outcomes and complainants: a
 * notice, outcome or news page RECORDS it (joined to the case's existing proceeding when they are
 * the same case); a ruling REVIEWS and DESCRIBES it. Says whether there was one, and whether this
 * document is a ruling, so the caller links rulings from the right side. The proceeding's id comes
 * back (null when there is none), so what is kept on it is refreshed without reading it again.
 */
export async function writeProceeding(
  statements: Statements,
  doc: DocumentToWrite,
  officerIds: Map<string, string>,
): Promise<{ proceedingId: string | null; ruling: boolean }> {
  const { run, send } = statements;
  const x = doc.extraction;
  const docId = doc.sha256;
  // A review names officers it does not try; its proceeding (the case studies it reports) concerns
  // only officers with an allegation or outcome, and a review naming officers in passing records none.
  const tried = new Set([...x.allegations.map((a) => a.officerKey), ...x.outcomes.map((o) => o.officerKey)]);
  const subjects = x.kind === 'review' ? x.officers.filter((o) => tried.has(o.key)) : x.officers;
  const hasProceeding = subjects.length > 0;
  const subjectIds = [...new Set(subjects.map((o) => officerIds.get(o.key)).filter((id) => id !== undefined))];
  const ruling = x.kind === 'judgment';
  let procId = docId + '#proceeding';
  if (hasProceeding && ruling) {
    // A ruling is not a proceeding: it reviews the case's proceeding and describes it.
    await linkRulings(send, docId, 'ruling');
    const chosen = await rulingProceeding(statements, doc, subjectIds);
    procId = chosen.id;
    await send(
      `MATCH (d:Document {id: $docId}), (p:Proceeding {id: $procId})
       MERGE (d)-[r:DESCRIBES]->(p) SET r.reasons = $reasons`,
      { docId, procId, reasons: chosen.reasons },
    );
  } else if (hasProceeding) {
    const chosen = await proceedingFor(run, doc, subjectIds);
    procId = chosen.id;
    // A shared proceeding keeps what the first document said and gains what the next adds (the
    // outcome's decision date); the dates every document names are kept for the next join.
    await send(
      `MATCH (d:Document {id: $docId})
       MERGE (p:Proceeding {id: $procId})
       SET p.force = coalesce(p.force, $force), p.incidentDate = coalesce(p.incidentDate, $incident),
           p.incidentUntil = coalesce(p.incidentUntil, $incidentUntil),
           p.hearingDate = coalesce(p.hearingDate, d.hearingDate), p.decisionDate = coalesce(p.decisionDate, d.decisionDate),
           p.mentionedDates = reduce(acc = coalesce(p.mentionedDates, []), x IN $mentioned | CASE WHEN x IN acc THEN acc ELSE acc + x END)
       MERGE (d)-[r:RECORDS]->(p)
       SET r.reasons = $reasons
       WITH p
       UNWIND $officerIds AS oid
       MATCH (o:Officer {id: oid})
       MERGE (p)-[:CONCERNS]->(o)`,
      {
        docId,
        procId,
        force: x.force ? currentForceName(x.force) : null,
        officerIds: subjectIds,
        reasons: chosen.reasons,
        ...incidentOf(x),
        mentioned: caseFacts(x).mentioned,
      },
    );
  }
  const allegations = x.allegations.map((a, i) => ({
    id: `${docId}#a${i}`,
    officerId: officerIds.get(a.officerKey) ?? null,
    standard: a.standard,
    finding: a.finding,
    ...src(a.source),
  }));
  if (allegations.length) {
    await send(
      `MATCH (p:Proceeding {id: $procId})
       UNWIND $rows AS a
       MERGE (al:Allegation {id: a.id})
       SET al.standard = a.standard, al.finding = a.finding, al.docId = $docId,
           al.page = a.page, al.start = a.start, al.end = a.end, al.quote = a.quote
       MERGE (p)-[:HAS_ALLEGATION]->(al)
       WITH al, a
       MATCH (o:Officer {id: a.officerId})
       MERGE (al)-[:AGAINST]->(o)`,
      { procId, docId, rows: allegations },
    );
  }
  const outcomes = x.outcomes.map((o, i) => ({ id: `${docId}#o${i}`, officerId: officerIds.get(o.officerKey) ?? null, outcome: o.outcome, ...src(o.source) }));
  if (outcomes.length) {
    await send(
      `MATCH (p:Proceeding {id: $procId})
       UNWIND $rows AS r
       MERGE (oc:Outcome {id: r.id})
       SET oc.outcome = r.outcome, oc.docId = $docId, oc.page = r.page, oc.start = r.start, oc.end = r.end, oc.quote = r.quote
       MERGE (p)-[:HAS_OUTCOME]->(oc)
       WITH oc, r
       MATCH (o:Officer {id: r.officerId})
       MERGE (o)-[:RECEIVED]->(oc)`,
      { procId, docId, rows: outcomes },
    );
  }
  const complainants = x.complainants.filter((c) => c.pseudonym).map((c) => ({ pseudonym: c.reference, ...src(c.source) }));
  if (complainants.length && hasProceeding) {
    await send(
      `MATCH (p:Proceeding {id: $procId})
       UNWIND $rows AS c
       MERGE (co:Complainant {pseudonym: c.pseudonym})
       MERGE (p)-[r:COMPLAINANT]->(co)
       SET r.page = c.page, r.quote = c.quote`,
      { procId, rows: complainants },
    );
  }
  const refs = x.complainants.filter((c) => !c.pseudonym).map((c) => c.reference);
  if (hasProceeding) {
    await send(
      `MATCH (p:Proceeding {id: $procId})
       SET p.complainantLabels = reduce(acc = coalesce(p.complainantLabels, []), r IN $refs | CASE WHEN r IN acc THEN acc ELSE acc + r END)`,
      { procId, refs: [...new Set(refs)] },
    );
  }
  return { proceedingId: hasProceeding ? procId : null, ruling };
}
