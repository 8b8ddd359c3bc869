import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../src/graph/driver.js';
import type { FailedDocument, ProcessedDocument } from './process.js';
import { operatorDecisions } from '../src/graph/resolution.js';
import { firstNamesOf, MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scoreMatch, surnameKey, type OfficerCandidate } from './resolve.js';

export interface WriteOptions {
  licence: string;
  source: string | null;
}

export interface WriteResult {
  status: 'written' | 'unchanged';
  nodesCreated: number;
  relationshipsCreated: number;
}

function shortId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

/** The fact's own provenance, flattened onto the node or relationship that records it. */
function src(s: { page: number; start: number; end: number; quote: string }) {
  return { page: s.page, start: s.start, end: s.end, quote: s.quote };
}

/**
 * Writes one document and everything extracted from it in a single transaction: a crash at any
 * point leaves all of it or none of it. A document already ingested (same content hash) is left
 * alone, so re-running ingest on a folder changes nothing.
 */
export async function writeDocument(graph: Graph, doc: ProcessedDocument, options: WriteOptions): Promise<WriteResult> {
  return graph.write(async (tx) => {
    const existing = await tx.run('MATCH (d:Document {id: $id}) RETURN d.status AS status', { id: doc.sha256 });
    if (existing.records[0]?.get('status') === 'ingested') return { status: 'unchanged', nodesCreated: 0, relationshipsCreated: 0 };
    const counters = { nodes: 0, rels: 0 };
    const run = async (cypher: string, params: Record<string, unknown>) => {
      const r = await tx.run(cypher, params);
      const c = r.summary.counters.updates();
      counters.nodes += c.nodesCreated;
      counters.rels += c.relationshipsCreated;
      return r;
    };
    await writeDocumentNode(run, doc, options);
    const officerIds = await resolveOfficers(tx, run, doc);
    await writeFacts(run, doc, officerIds);
    return { status: 'written', nodesCreated: counters.nodes, relationshipsCreated: counters.rels };
  });
}

type Run = (cypher: string, params: Record<string, unknown>) => Promise<unknown>;

async function writeDocumentNode(run: Run, doc: ProcessedDocument, options: WriteOptions): Promise<void> {
  const x = doc.extraction;
  const j = x.judgment;
  const date = (role: string) => x.dates.find((d) => d.role === role)?.date ?? null;
  await run(
    `MERGE (d:Document {id: $id})
     SET d.file = $file, d.title = $title, d.kind = $kind, d.kindConfidence = $kindConfidence,
         d.force = $force, d.status = 'ingested', d.errorCode = null, d.error = null,
         d.bytes = $bytes, d.pageCount = $pageCount, d.licence = $licence, d.source = $source,
         d.neutralCitation = $neutralCitation, d.court = $court, d.jrResult = $jrResult,
         d.caseNumbers = $caseNumbers, d.judges = $judges,
         d.incidentDate = $incident, d.hearingDate = $hearing, d.decisionDate = $decision,
         d.ingestedAt = coalesce(d.ingestedAt, datetime())
     WITH d
     UNWIND $pages AS p
     MERGE (pg:Page {id: $id + '#p' + p.num})
     SET pg.number = p.num, pg.text = p.text
     MERGE (d)-[:HAS_PAGE]->(pg)`,
    {
      id: doc.sha256,
      file: doc.name,
      title: doc.title,
      kind: x.kind,
      kindConfidence: x.kindConfidence,
      force: x.force,
      bytes: doc.bytes,
      pageCount: doc.pages.length,
      licence: options.licence,
      source: options.source,
      neutralCitation: j?.neutralCitation ?? null,
      court: j?.court ?? null,
      jrResult: j?.jrResult ?? null,
      caseNumbers: j?.caseNumbers ?? [],
      judges: j?.judges ?? [],
      incident: date('incident'),
      hearing: date('hearing'),
      decision: date('decision'),
      pages: doc.pages.map((p) => ({ num: p.num, text: p.text })),
    },
  );
  if (x.paragraphs.length) {
    await run(
      `MATCH (d:Document {id: $id})
       UNWIND $paras AS p
       MERGE (pa:Paragraph {id: $id + '#para' + p.number + '@' + p.start + ':' + p.page})
       SET pa.number = p.number, pa.page = p.page, pa.start = p.start, pa.end = p.end
       MERGE (d)-[:HAS_PARAGRAPH]->(pa)`,
      { id: doc.sha256, paras: x.paragraphs },
    );
  }
}

/**
 * Labels ("PC A") are scoped to their document and never joined. Named officers join an existing
 * officer with the same surname when the evidence scores high enough; otherwise a new officer is
 * created whose id derives from this document, so a rerun makes the same ids.
 */
async function resolveOfficers(tx: ManagedTransaction, run: Run, doc: ProcessedDocument): Promise<Map<string, string>> {
  const x = doc.extraction;
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const o of x.officers) {
    const force = o.force ?? x.force;
    const mentionId = `${doc.sha256}#${o.key}`;
    let officerId = shortId(doc.sha256, o.key);
    let score = 1;
    let reasons = ['first mention'];
    let method = 'automatic';
    const possible: { id: string; score: number; reasons: string[] }[] = [];
    const decisions = await operatorDecisions(tx, mentionId);
    if (decisions.assign) {
      officerId = decisions.assign;
      reasons = ['assigned by an operator'];
      method = 'operator';
    } else if (o.name && !o.label) {
      const res = await tx.run(
        `MATCH (c:Officer {surnameKey: $s}) WHERE c.label IS NULL
         RETURN c.id AS id, c.firstNames AS firstNames, c.force AS force, c.warrantNumber AS warrantNumber, c.rank AS rank`,
        { s: surnameKey(o.name) },
      );
      const scored: { id: string; score: number; reasons: string[] }[] = [];
      for (const r of res.records) {
        const c = r.toObject() as unknown as OfficerCandidate;
        // Two subjects of one document are two people; an operator's "not the same" stands.
        if (used.has(c.id) || decisions.rejected.has(c.id)) continue;
        const m = scoreMatch(o, c, force);
        if (m.score >= POSSIBLE_THRESHOLD) scored.push({ id: c.id, ...m });
      }
      scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      const [best, second] = scored;
      // Two candidates equally good means the text cannot tell them apart: join neither, ask an operator.
      const decisive = best && best.score >= MATCH_THRESHOLD && !(second && second.score === best.score);
      if (best && decisive) {
        officerId = best.id;
        score = best.score;
        reasons = best.reasons;
      }
      possible.push(...scored.filter((c) => !decisive || c !== best));
    }
    used.add(officerId);
    ids.set(o.key, officerId);
    await run(
      `MERGE (off:Officer {id: $officerId})
       ON CREATE SET off.name = $name, off.label = $label, off.surnameKey = $surnameKey, off.firstNames = $firstNames,
                     off.rank = $rank, off.warrantNumber = $warrant, off.force = $force, off.former = $former
       ON MATCH SET off.name = CASE WHEN size(coalesce($name, '')) > size(coalesce(off.name, '')) THEN $name ELSE off.name END,
                    off.firstNames = coalesce(off.firstNames, $firstNames),
                    off.rank = coalesce($rank, off.rank), off.warrantNumber = coalesce(off.warrantNumber, $warrant),
                    off.former = coalesce($former, off.former)
       WITH off
       MATCH (d:Document {id: $docId})
       MERGE (m:OfficerMention {id: $docId + '#' + $key})
       SET m.name = $name, m.label = $label, m.rank = $rank, m.rankText = $rankText, m.warrantNumber = $warrant,
           m.former = $former, m.force = $force, m.unit = $unit,
           m.page = $src.page, m.start = $src.start, m.end = $src.end, m.quote = $src.quote
       MERGE (d)-[:MENTIONS]->(m)
       MERGE (m)-[r:RESOLVED_TO]->(off)
       SET r.score = $score, r.reasons = $reasons, r.method = $method
       WITH off, m
       CALL (m) {
         UNWIND $possible AS p
         MATCH (c:Officer {id: p.id})
         MERGE (m)-[q:POSSIBLY_SAME]->(c)
         SET q.score = p.score, q.reasons = p.reasons
       }
       WITH off
       FOREACH (_ IN CASE WHEN $force IS NULL THEN [] ELSE [1] END |
         MERGE (f:Force {name: $force})
         MERGE (off)-[:SERVES_IN]->(f))`,
      {
        officerId,
        docId: doc.sha256,
        key: o.key,
        name: o.name,
        label: o.label,
        surnameKey: o.name && !o.label ? surnameKey(o.name) : null,
        firstNames: o.name && !o.label ? firstNamesOf(o.name) : null,
        rank: o.rank,
        rankText: o.rankText,
        warrant: o.warrantNumber,
        force,
        former: o.former,
        unit: o.unit,
        src: src(o.source),
        score,
        reasons,
        method,
        possible,
      },
    );
  }
  return ids;
}

async function writeFacts(run: Run, doc: ProcessedDocument, officerIds: Map<string, string>): Promise<void> {
  const x = doc.extraction;
  const docId = doc.sha256;
  const procId = docId + '#proceeding';
  const hasProceeding = x.officers.length > 0;
  if (hasProceeding) {
    await run(
      `MATCH (d:Document {id: $docId})
       MERGE (p:Proceeding {id: $procId})
       SET p.force = $force, p.incidentDate = d.incidentDate, p.hearingDate = d.hearingDate, p.decisionDate = d.decisionDate
       MERGE (d)-[:RECORDS]->(p)
       WITH p
       UNWIND $officerIds AS oid
       MATCH (o:Officer {id: oid})
       MERGE (p)-[:CONCERNS]->(o)`,
      { docId, procId, force: x.force, officerIds: [...new Set(officerIds.values())] },
    );
  }
  const allegations = x.allegations.map((a, i) => ({ id: `${docId}#a${i}`, officerId: officerIds.get(a.officerKey) ?? null, standard: a.standard, finding: a.finding, ...src(a.source) }));
  if (allegations.length) {
    await run(
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
    await run(
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
  const units = x.units.map((u) => ({ name: u.name, ...src(u.source) }));
  if (units.length && x.force) {
    await run(
      `MERGE (f:Force {name: $force})
       WITH f
       UNWIND $rows AS u
       MERGE (un:Unit {id: $force + '/' + u.name})
       ON CREATE SET un.name = u.name
       MERGE (un)-[:PART_OF]->(f)
       WITH un, u
       MATCH (d:Document {id: $docId})
       MERGE (d)-[r:NAMES_UNIT]->(un)
       SET r.page = u.page, r.start = u.start, r.end = u.end, r.quote = u.quote`,
      { force: x.force, docId, rows: units },
    );
    const memberships = x.officers
      .filter((o) => o.unit)
      .map((o) => ({ officerId: officerIds.get(o.key), unitId: `${x.force}/${o.unit}`, ...src(o.source) }));
    if (memberships.length) {
      await run(
        `UNWIND $rows AS r
         MATCH (o:Officer {id: r.officerId}), (u:Unit {id: r.unitId})
         MERGE (o)-[m:MEMBER_OF {docId: $docId}]->(u)
         SET m.page = r.page, m.quote = r.quote, m.asOf = $asOf`,
        { rows: memberships, docId, asOf: x.dates.find((d) => d.role === 'incident')?.date ?? x.dates[0]?.date ?? null },
      );
    }
  }
  const complainants = x.complainants.filter((c) => c.pseudonym).map((c) => ({ pseudonym: c.reference, ...src(c.source) }));
  if (complainants.length && hasProceeding) {
    await run(
      `MATCH (p:Proceeding {id: $procId})
       UNWIND $rows AS c
       MERGE (co:Complainant {pseudonym: c.pseudonym})
       MERGE (p)-[r:COMPLAINANT]->(co)
       SET r.page = c.page, r.quote = c.quote`,
      { procId, rows: complainants },
    );
  }
  const refs = x.complainants.filter((c) => !c.pseudonym).map((c) => c.reference);
  if (hasProceeding) await run(`MATCH (p:Proceeding {id: $procId}) SET p.complainantLabels = $refs`, { procId, refs: [...new Set(refs)] });
  await writeJudgment(run, doc);
  if (hasProceeding) await linkRulings(run, docId);
}

/**
 * Decision -> challenge -> ruling: a judgment about an officer reviews that officer's misconduct
 * proceedings recorded by other documents of the same force that were decided before it. Runs for
 * every document, so the link is made whichever of the two arrives first. Confidence starts from
 * the weaker of the two officer resolutions and drops when force or dates cannot be checked.
 */
async function linkRulings(run: Run, docId: string): Promise<void> {
  await run(
    `MATCH (d:Document {id: $docId})-[:RECORDS]->(p:Proceeding)-[:CONCERNS]->(o:Officer)<-[:CONCERNS]-(p2:Proceeding)<-[:RECORDS]-(d2:Document)
     WHERE d2 <> d AND (d.kind = 'judgment') <> (d2.kind = 'judgment')
     WITH o, CASE WHEN d.kind = 'judgment' THEN d ELSE d2 END AS ruling, CASE WHEN d.kind = 'judgment' THEN p2 ELSE p END AS proc
     WITH o, ruling, proc, coalesce(proc.decisionDate, proc.hearingDate) AS decided
     WHERE (ruling.force IS NULL OR proc.force IS NULL OR ruling.force = proc.force)
       AND (decided IS NULL OR ruling.decisionDate IS NULL OR decided <= ruling.decisionDate)
     MATCH (ruling)-[:MENTIONS]->(:OfficerMention)-[r1:RESOLVED_TO]->(o)
     MATCH (procDoc:Document)-[:RECORDS]->(proc)
     MATCH (procDoc)-[:MENTIONS]->(:OfficerMention)-[r2:RESOLVED_TO]->(o)
     WITH ruling, proc, o, decided,
          CASE WHEN r1.score < r2.score THEN r1.score ELSE r2.score END AS base,
          ruling.force IS NOT NULL AND proc.force IS NOT NULL AS forceChecked,
          decided IS NOT NULL AND ruling.decisionDate IS NOT NULL AS datesChecked
     MERGE (ruling)-[rv:REVIEWS]->(proc)
     SET rv.officerId = o.id,
         rv.confidence = base * (CASE WHEN forceChecked THEN 1.0 ELSE 0.85 END) * (CASE WHEN datesChecked THEN 1.0 ELSE 0.9 END),
         rv.reasons = ['same officer'] + (CASE WHEN forceChecked THEN ['same force'] ELSE [] END)
                      + (CASE WHEN datesChecked THEN ['proceeding decided before the ruling'] ELSE [] END)`,
    { docId },
  );
}

async function writeJudgment(run: Run, doc: ProcessedDocument): Promise<void> {
  const j = doc.extraction.judgment;
  if (!j) return;
  const docId = doc.sha256;
  if (j.neutralCitation) {
    await run(
      `MATCH (d:Document {id: $docId})
       MERGE (c:Case {citation: $citation})
       SET c.stub = false, c.court = $court
       MERGE (d)-[:REPORTS]->(c)`,
      { docId, citation: j.neutralCitation, court: j.court },
    );
  }
  const cites = j.citations
    .filter((c) => c.canonical !== j.neutralCitation)
    .map((c) => ({ canonical: c.canonical, text: c.text, type: c.type, pin: c.pin, paragraph: c.paragraph, ...src(c.source) }));
  if (cites.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS c
       MERGE (k:Case {citation: c.canonical})
       ON CREATE SET k.stub = true, k.type = c.type
       MERGE (d)-[r:CITES {page: c.page, start: c.start}]->(k)
       SET r.text = c.text, r.pin = c.pin, r.paragraph = c.paragraph, r.end = c.end, r.quote = c.quote`,
      { docId, rows: cites },
    );
  }
  const leg = j.legislation.map((l) => ({ instrument: l.instrument, provision: l.provision, text: l.text, ...src(l.source) }));
  if (leg.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS l
       MERGE (g:Legislation {name: l.instrument})
       MERGE (d)-[r:REFERS_TO {page: l.page, start: l.start}]->(g)
       SET r.provision = l.provision, r.text = l.text, r.quote = l.quote`,
      { docId, rows: leg },
    );
  }
}

/** A failed document is recorded too, so operators can query what failed and why. */
export async function recordFailure(graph: Graph, doc: FailedDocument, options: WriteOptions): Promise<void> {
  const id = doc.sha256 ?? 'file:' + shortId(doc.name);
  await graph.write((tx) =>
    tx.run(
      `MERGE (d:Document {id: $id})
       ON CREATE SET d.ingestedAt = datetime()
       WITH d WHERE coalesce(d.status, '') <> 'ingested'
       SET d.file = $file, d.status = 'failed', d.errorCode = $code, d.error = $message, d.licence = $licence, d.source = $source, d.kind = null`,
      { id, file: doc.name, code: doc.code, message: doc.message, licence: options.licence, source: options.source },
    ),
  );
}
