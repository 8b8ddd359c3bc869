import { currentForceName } from '../src/domain/forces.js';
import { createHash } from 'node:crypto';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { ParagraphFact, ReviewFacts } from '../src/domain/extraction.js';
import type { Graph } from '../src/graph/driver.js';
import { writeRedactedNames } from './knownNames.js';
import type { FailedDocument, ProcessedDocument } from './process.js';
import { operatorDecisions } from '../src/graph/resolution.js';
import { canonicalUnit } from '../src/domain/units.js';
import { firstDay, lastDay, periodDays, type Period } from '../src/domain/periods.js';
import { sameCase, type CaseFacts } from '../src/domain/proceedings.js';
import { firstNamesOf, MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scoreMatch, surnameKey, surnameSounds, type OfficerCandidate } from './resolve.js';

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
    // Serialises document writes across ingest processes (schema/005_ingest_lock.cypher); taken before
    // anything is read, so the check below and officer resolution see every earlier write.
    await tx.run(`MERGE (l:IngestLock {id: 'document-writes'}) SET l.lastDocument = $id`, { id: doc.sha256 });
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
    await writeRedactedNames(run, doc.sha256, doc.redacted);
    const officerIds = await resolveOfficers(tx, run, doc);
    await writeFacts(run, doc, officerIds);
    return { status: 'written', nodesCreated: counters.nodes, relationshipsCreated: counters.rels };
  });
}

type Run = (cypher: string, params: Record<string, unknown>) => Promise<QueryResult>;

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
         d.decisionBelowBody = $below.body, d.decisionBelowResult = $below.result, d.decisionBelowDate = $below.date,
         d.decisionBelowPage = $below.page, d.decisionBelowStart = $below.start, d.decisionBelowEnd = $below.end, d.decisionBelowQuote = $below.quote,
         d.ingestedAt = coalesce(d.ingestedAt, datetime())
     WITH d
     UNWIND $pages AS p
     MERGE (pg:Page {id: $id + '#p' + p.num})
     SET pg.number = p.num, pg.text = p.text, pg.ocr = p.ocr, pg.ocrConfidence = p.ocrConfidence
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
      // The decision under challenge: one step down the chain from this court's result.
      below: j?.decisionBelow ? { body: j.decisionBelow.body, result: j.decisionBelow.result, date: j.decisionBelow.date, ...j.decisionBelow.source } : {},
      pages: doc.pages.map((p) => ({ num: p.num, text: p.text, ocr: p.ocr !== undefined, ocrConfidence: p.ocr?.confidence ?? null })),
    },
  );
  if (x.paragraphs.length) {
    // Keyed by label, not number: 6.1 and 6.10 are one number but two paragraphs.
    const paras = x.paragraphs.map((p) => ({ ...p, id: paragraphId(doc.sha256, p), docId: doc.sha256, quote: paragraphQuote(doc, p) }));
    await run(
      `MATCH (d:Document {id: $id})
       UNWIND $paras AS p
       MERGE (pa:Paragraph {id: p.id})
       SET pa.number = p.number, pa.label = p.label, pa.docId = p.docId, pa.page = p.page, pa.start = p.start,
           pa.endPage = p.endPage, pa.end = p.end, pa.quote = p.quote
       MERGE (d)-[:HAS_PARAGRAPH]->(pa)`,
      { id: doc.sha256, paras },
    );
  }
}

/** How much of a paragraph's opening words its node keeps as a quote. */
const PARAGRAPH_QUOTE_CHARS = 200;

/** Runs of white space, folded to one space in quotes. */
const WHITESPACE_RE = /\s+/g;

/**
 * Made here, not in Cypher, so sections can point at paragraphs by id (numbers sent to Bolt are
 * floats, and Cypher would spell them "1.0"). Keyed by label, not number: 6.1 and 6.10 differ.
 */
function paragraphId(docId: string, p: ParagraphFact): string {
  return `${docId}#para${p.label}@${p.page}:${p.start}`;
}

/** Page texts by number, built once per document: a review has thousands of paragraphs. */
const pageTexts = new WeakMap<ProcessedDocument, Map<number, string>>();
function pageText(doc: ProcessedDocument): Map<number, string> {
  let m = pageTexts.get(doc);
  if (!m) pageTexts.set(doc, (m = new Map(doc.pages.map((pg) => [pg.num, pg.text]))));
  return m;
}

/** The paragraph's opening words on its first page, one line, clipped. */
function paragraphQuote(doc: ProcessedDocument, p: ParagraphFact): string {
  const page = pageText(doc).get(p.page) ?? '';
  const words = page.slice(p.start, p.endPage === p.page ? p.end : page.length).replace(WHITESPACE_RE, ' ').trim();
  return words.length > PARAGRAPH_QUOTE_CHARS ? words.slice(0, PARAGRAPH_QUOTE_CHARS - 1) + '…' : words;
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
  const mentionDates = x.dates.filter((d) => d.role === 'hearing' || d.role === 'incident').map((d) => d.date);
  for (const o of x.officers) {
    const named = o.force ?? x.force;
    // One Force node per force: a page from 2015 says "Hampshire Constabulary", one from 2024 its current name.
    const force = named ? currentForceName(named) : null;
    const mentionId = `${doc.sha256}#${o.key}`;
    let officerId = shortId(doc.sha256, o.key);
    let score = 1;
    let reasons = ['first mention'];
    let method = 'automatic';
    const possible: { id: string; score: number; reasons: string[] }[] = [];
    const decisions = await operatorDecisions(tx, mentionId);
    // A document written again (after a failed attempt was recorded) keeps the resolution it has,
    // rather than matching its mention against the officer that mention itself created.
    const earlier = (
      await tx.run(
        `MATCH (:OfficerMention {id: $m})-[r:RESOLVED_TO]->(o:Officer) RETURN o.id AS id, r.score AS score, r.reasons AS reasons, r.method AS method`,
        { m: mentionId },
      )
    ).records[0]?.toObject() as { id: string; score: number; reasons: string[]; method: string } | undefined;
    if (decisions.assign) {
      officerId = decisions.assign;
      reasons = ['assigned by an operator'];
      method = 'operator';
    } else if (earlier && !decisions.rejected.has(earlier.id)) {
      ({ id: officerId, score, reasons, method } = earlier);
    } else if (o.name && !o.label) {
      const res = await tx.run(
        // Same folded surname, or one that sounds alike ("Smyth", "Smith"): scoreMatch weighs which.
        `CALL () {
           MATCH (c:Officer {surnameKey: $s}) RETURN c
           UNION
           UNWIND $sounds AS sound MATCH (c:Officer {surnameSound: sound}) RETURN c
           UNION
           // Spelt alike (Jaro-Winkler weighs the start most): the same first letters, an index range seek.
           MATCH (c:Officer) WHERE c.surnameKey STARTS WITH $prefix RETURN c
         }
         WITH c WHERE c.label IS NULL
         OPTIONAL MATCH (c)<-[:CONCERNS]-(p:Proceeding)
         WITH c, [x IN collect(p.hearingDate) + collect(p.incidentDate) WHERE x IS NOT NULL] AS dates
         RETURN c.id AS id, c.surnameKey AS surnameKey, c.firstNames AS firstNames, c.force AS force, c.warrantNumber AS warrantNumber, c.rank AS rank, dates`,
        { s: surnameKey(o.name), sounds: surnameSounds(o.name), prefix: surnameKey(o.name).slice(0, SURNAME_PREFIX) },
      );
      const scored: { id: string; score: number; reasons: string[] }[] = [];
      for (const r of res.records) {
        const c = r.toObject() as unknown as OfficerCandidate;
        // Two subjects of one document are two people; an operator's "not the same" stands.
        if (used.has(c.id) || decisions.rejected.has(c.id)) continue;
        const m = scoreMatch(o, c, force, mentionDates);
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
       ON CREATE SET off.name = $name, off.label = $label, off.surnameKey = $surnameKey, off.surnameSound = $surnameSound, off.firstNames = $firstNames,
                     off.rank = $rank, off.warrantNumber = $warrant, off.force = $force, off.former = $former
       ON MATCH SET off.name = CASE WHEN size(coalesce($name, '')) > size(coalesce(off.name, '')) THEN $name ELSE off.name END,
                    off.firstNames = coalesce(off.firstNames, $firstNames), off.surnameSound = coalesce(off.surnameSound, $surnameSound),
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
        surnameSound: o.name && !o.label ? (surnameSounds(o.name)[0] ?? null) : null,
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

/**
 * When the officer served in the unit: the period written beside the unit ("(2018 to 2023)"), else
 * the conduct's own date or range ("at the time", or nothing said), else unknown. `periodStart` and `periodEnd`
 * are whole days under the open-end rule of src/domain/periods.ts, which the overlap queries compare.
 */
function membershipPeriod(x: ProcessedDocument['extraction'], unitName: string) {
  const unit = x.units.find((u) => u.name === unitName);
  const stated = unit?.period && (unit.period.from || unit.period.to) ? unit.period : null;
  const incident = x.dates.find((d) => d.role === 'incident');
  const period: Period = stated ?? { from: incident?.date ?? null, to: incident ? (incident.until ?? incident.date) : null };
  const days = periodDays(period);
  return {
    from: period.from, to: period.to, periodStart: days?.start ?? null, periodEnd: days?.end ?? null,
    basis: stated ? 'STATED' : incident ? 'CONDUCT' : null,
    periodQuote: stated ? stated.source.quote : (incident?.source.quote ?? null),
  };
}

/** Letters a surname spelt differently must still share at its start to be a candidate. */
const SURNAME_PREFIX = 3;

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
function incidentOf(x: ProcessedDocument['extraction']): { incident: string | null; incidentUntil: string | null } {
  const d = x.dates.find((f) => f.role === 'incident');
  if (!d) return { incident: null, incidentUntil: null };
  return d.until ? { incident: firstDay(d.date), incidentUntil: lastDay(d.until) } : { incident: d.date, incidentUntil: null };
}

/** The facts `sameCase` compares, for this document. */
function caseFacts(x: ProcessedDocument['extraction']): CaseFacts {
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
async function proceedingFor(run: Run, doc: ProcessedDocument, officerIds: string[]): Promise<ProceedingChoice> {
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
async function rulingProceeding(run: Run, doc: ProcessedDocument, officerIds: string[]): Promise<ProceedingChoice> {
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
  await run(
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

async function writeFacts(run: Run, doc: ProcessedDocument, officerIds: Map<string, string>): Promise<void> {
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
    await linkRulings(run, docId, 'ruling');
    const chosen = await rulingProceeding(run, doc, subjectIds);
    procId = chosen.id;
    await run(
      `MATCH (d:Document {id: $docId}), (p:Proceeding {id: $procId})
       MERGE (d)-[r:DESCRIBES]->(p) SET r.reasons = $reasons`,
      { docId, procId, reasons: chosen.reasons },
    );
  } else if (hasProceeding) {
    const chosen = await proceedingFor(run, doc, subjectIds);
    procId = chosen.id;
    // A shared proceeding keeps what the first document said and gains what the next adds (the
    // outcome's decision date); the dates every document names are kept for the next join.
    await run(
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
        docId, procId, force: x.force ? currentForceName(x.force) : null, officerIds: subjectIds, reasons: chosen.reasons,
        ...incidentOf(x), mentioned: caseFacts(x).mentioned,
      },
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
  // One node per unit whatever the document calls it ("PaDP"); the words used are kept as aliases.
  const units = x.units.map((u) => ({ name: canonicalUnit(u.name), text: u.name, ...src(u.source) }));
  if (units.length && x.force) {
    await run(
      `MERGE (f:Force {name: $force})
       WITH f
       UNWIND $rows AS u
       MERGE (un:Unit {id: $force + '/' + u.name})
       ON CREATE SET un.name = u.name
       SET un.aliases = CASE WHEN u.text = u.name OR u.text IN coalesce(un.aliases, []) THEN un.aliases ELSE coalesce(un.aliases, []) + u.text END
       MERGE (un)-[:PART_OF]->(f)
       WITH un, u
       MATCH (d:Document {id: $docId})
       MERGE (d)-[r:NAMES_UNIT]->(un)
       SET r.page = u.page, r.start = u.start, r.end = u.end, r.quote = u.quote`,
      { force: currentForceName(x.force), docId, rows: units },
    );
    const memberships = x.officers
      .filter((o) => o.unit)
      .map((o) => ({
        officerId: officerIds.get(o.key),
        unitId: `${x.force}/${canonicalUnit(o.unit ?? '')}`,
        ...membershipPeriod(x, o.unit ?? ''),
        ...src(o.source),
      }));
    if (memberships.length) {
      await run(
        `UNWIND $rows AS r
         MATCH (o:Officer {id: r.officerId}), (u:Unit {id: r.unitId})
         MERGE (o)-[m:MEMBER_OF {docId: $docId}]->(u)
         SET m.page = r.page, m.quote = r.quote, m.from = r.from, m.to = r.to, m.periodStart = r.periodStart, m.periodEnd = r.periodEnd,
             m.periodBasis = r.basis, m.periodQuote = r.periodQuote`,
        { rows: memberships, docId },
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
  if (hasProceeding) {
    await run(
      `MATCH (p:Proceeding {id: $procId})
       SET p.complainantLabels = reduce(acc = coalesce(p.complainantLabels, []), r IN $refs | CASE WHEN r IN acc THEN acc ELSE acc + r END)`,
      { procId, refs: [...new Set(refs)] },
    );
  }
  await writeJudgment(run, doc);
  if (x.review) await writeReview(run, docId, x.force, x.review, x.paragraphs);
  if (hasProceeding && !ruling) await linkRulings(run, docId, 'proceeding');
}

/**
 * Decision -> challenge -> ruling: a judgment about an officer reviews that officer's misconduct
 * proceedings, recorded by notices and outcomes of the same force, that were decided before it.
 * Runs from either side (`from` says which this document is), so the link is made whichever
 * arrives first. Confidence starts from the weaker of the two officer resolutions and drops when
 * force or dates cannot be checked.
 */
async function linkRulings(run: Run, docId: string, from: 'ruling' | 'proceeding'): Promise<void> {
  const pairs =
    from === 'ruling'
      ? `MATCH (ruling:Document {id: $docId})-[:MENTIONS]->(:OfficerMention)-[r1:RESOLVED_TO]->(o:Officer)<-[:CONCERNS]-(proc:Proceeding)<-[:RECORDS]-(procDoc:Document)
         WHERE procDoc.kind <> 'judgment'`
      : `MATCH (procDoc:Document {id: $docId})-[:RECORDS]->(proc:Proceeding)-[:CONCERNS]->(o:Officer)<-[r1:RESOLVED_TO]-(:OfficerMention)<-[:MENTIONS]-(ruling:Document {kind: 'judgment'})`;
  await run(
    `${pairs}
     MATCH (procDoc)-[:MENTIONS]->(:OfficerMention)-[r2:RESOLVED_TO]->(o)
     WITH ruling, proc, o, CASE WHEN r1.score < r2.score THEN r1.score ELSE r2.score END AS pairScore
     WITH ruling, proc, o, max(pairScore) AS base, coalesce(proc.decisionDate, proc.hearingDate) AS decided
     WHERE (ruling.force IS NULL OR proc.force IS NULL OR ruling.force = proc.force)
       AND (decided IS NULL OR ruling.decisionDate IS NULL OR decided <= ruling.decisionDate)
     WITH ruling, proc, o, base,
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
  // The paragraph number stays a whole number (the API's Int); "6.10" lives in paragraphLabel.
  const cites = j.citations
    .filter((c) => c.canonical !== j.neutralCitation)
    .map((c) => ({
      canonical: c.canonical, text: c.text, type: c.type, pin: c.pin,
      paragraph: c.paragraph !== null && Number.isInteger(c.paragraph) ? c.paragraph : null, paragraphLabel: c.paragraphLabel, ...src(c.source),
      treatment: c.treatment, treatmentWords: c.treatmentWords, treatmentSource: src(c.treatmentSource),
    }));
  // A document's citations are replaced, not merged: MERGE on a relationship compares against
  // every CITES already between the pair, quadratic in a judgment citing one case thousands of times.
  await run(`MATCH (:Document {id: $docId})-[r:CITES|REFERS_TO]->() DELETE r`, { docId });
  if (cites.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS c
       MERGE (k:Case {citation: c.canonical})
       ON CREATE SET k.stub = true, k.type = c.type
       CREATE (d)-[r:CITES {page: c.page, start: c.start}]->(k)
       SET r.text = c.text, r.pin = c.pin, r.paragraph = c.paragraph, r.paragraphLabel = c.paragraphLabel, r.end = c.end, r.quote = c.quote,
           r.treatment = c.treatment, r.treatmentWords = c.treatmentWords, r.treatmentPage = c.treatmentSource.page,
           r.treatmentStart = c.treatmentSource.start, r.treatmentEnd = c.treatmentSource.end, r.treatmentQuote = c.treatmentSource.quote`,
      { docId, rows: cites },
    );
  }
  const leg = j.legislation.map((l) => ({ instrument: l.instrument, provision: l.provision, text: l.text, ...src(l.source) }));
  if (leg.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS l
       MERGE (g:Legislation {name: l.instrument})
       CREATE (d)-[r:REFERS_TO {page: l.page, start: l.start}]->(g)
       SET r.provision = l.provision, r.text = l.text, r.quote = l.quote`,
      { docId, rows: leg },
    );
  }
  await writeParties(run, docId, j.parties);
  if (j.appealFrom) {
    const a = j.appealFrom;
    await run(
      `MATCH (d:Document {id: $docId})
       MERGE (c:Case {citation: $citation})
       ON CREATE SET c.stub = true, c.court = $court
       MERGE (d)-[r:APPEALS]->(c)
       SET r.method = $method, r.page = $src.page, r.start = $src.start, r.end = $src.end, r.quote = $src.quote`,
      { docId, citation: a.citation, court: a.court, method: a.method, src: src(a.source) },
    );
  }
}

/** The last word of an anonymity label ("Officer W80", "A"): such a party is never joined across documents. */
const LABEL_WORD_RE = /(?:^|\s)[A-Z]\d{0,3}$/;
/** Accents, and characters a party key drops. */
const COMBINING_MARKS_RE = /[\u0300-\u036f]/g;
const NOT_KEY_CHARS_RE = /[^a-z0-9]+/g;
/** "The" in front of a body's name does not make another party. */
const LEADING_THE_RE = /^the\s+/;

/**
 * The key of a party: its folded name, so "THE CHIEF CONSTABLE OF ESSEX POLICE" in one caption
 * and "The Chief Constable of Essex Police" in another are one party across rulings. An anonymity
 * label is scoped to its document, as officers' labels are.
 */
function partyKey(docId: string, name: string): string {
  const folded = name.normalize('NFKD').replace(COMBINING_MARKS_RE, '').toLowerCase().replace(LEADING_THE_RE, '').replace(NOT_KEY_CHARS_RE, ' ').trim();
  return LABEL_WORD_RE.test(name.trim()) ? `${docId}#${folded}` : folded;
}

/** Parties of a ruling with their roles; a party with two roles ("Claimant/Respondent") has two PARTY links. */
async function writeParties(run: Run, docId: string, parties: NonNullable<ProcessedDocument['extraction']['judgment']>['parties']): Promise<void> {
  if (!parties.length) return;
  const rows = parties.map((p) => ({ key: partyKey(docId, p.name), name: p.name, label: LABEL_WORD_RE.test(p.name.trim()), role: p.role, ...src(p.source) }));
  await run(
    `MATCH (d:Document {id: $docId})
     UNWIND $rows AS p
     MERGE (pt:Party {key: p.key})
     ON CREATE SET pt.name = p.name, pt.anonymised = p.label
     MERGE (d)-[r:PARTY {role: p.role}]->(pt)
     SET r.name = p.name, r.page = p.page, r.start = p.start, r.end = p.end, r.quote = p.quote`,
    { docId, rows },
  );
}

/**
 * A review's headings, recommendations, quoted figures and findings. Findings and recommendations
 * point ABOUT the units and forces they concern; a unit needs the review's force for its key, so
 * without one only the unit names are kept on the fact.
 */
async function writeReview(run: Run, docId: string, force: string | null, r: ReviewFacts, paragraphs: ParagraphFact[] = []): Promise<void> {
  const idsByLabel = new Map<string, string[]>();
  for (const p of paragraphs) {
    const id = paragraphId(docId, p);
    const ids = idsByLabel.get(p.label);
    if (ids) ids.push(id);
    else idsByLabel.set(p.label, [id]);
  }
  if (r.sections.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS s
       MERGE (sec:Section {id: s.id})
       SET sec.label = s.label, sec.title = s.title, sec.kind = s.kind, sec.level = s.level, sec.docId = $docId,
           sec.page = s.page, sec.start = s.start, sec.end = s.end, sec.quote = s.quote
       MERGE (d)-[:HAS_SECTION]->(sec)
       WITH d, sec, s
       CALL (sec, s) {
         UNWIND s.paragraphIds AS pid
         MATCH (pa:Paragraph {id: pid})
         MERGE (sec)-[:CONTAINS]->(pa)
       }`,
      { docId, rows: r.sections.map((s, i) => ({ id: `${docId}#section${i}`, label: s.label, title: s.title, kind: s.kind, level: s.level, paragraphIds: [...new Set(s.paragraphs)].flatMap((l) => idsByLabel.get(l) ?? []), ...src(s.source) })) },
    );
  }
  const about = (units: string[]) => (force ? units.map((u) => ({ type: 'unit', name: u, text: u, via: 'named' })) : []);
  if (r.recommendations.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (rec:Recommendation {id: x.id})
       SET rec.label = x.label, rec.kind = x.kind, rec.text = x.text, rec.addressee = x.addressee, rec.unitNames = x.unitNames,
           rec.docId = $docId, rec.page = x.page, rec.start = x.start, rec.end = x.end, rec.quote = x.quote
       MERGE (d)-[:HAS_RECOMMENDATION]->(rec)
       WITH rec, x
       ${ABOUT_SUBJECTS('rec', 'x')}`,
      {
        docId,
        force,
        rows: r.recommendations.map((x) => ({
          id: `${docId}#${x.kind}${x.label}`, label: x.label, kind: x.kind, text: x.text, addressee: x.addressee, unitNames: x.units, about: about(x.units), ...src(x.source),
        })),
      },
    );
  }
  if (r.statistics.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (st:Statistic {id: x.id})
       SET st.value = x.value, st.text = x.text, st.unit = x.unit, st.measure = x.measure, st.description = x.description,
           st.paragraph = x.paragraph, st.docId = $docId, st.page = x.page, st.start = x.start, st.end = x.end, st.quote = x.quote
       MERGE (d)-[:HAS_STATISTIC]->(st)`,
      {
        docId,
        rows: r.statistics.map((x, i) => ({ id: `${docId}#statistic${i}`, value: x.value, text: x.text, unit: x.unit, measure: x.measure, description: x.description, paragraph: x.paragraph, ...src(x.source) })),
      },
    );
  }
  if (r.findings.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (f:ReviewFinding {id: x.id})
       SET f.text = x.text, f.cue = x.cue, f.paragraph = x.paragraph, f.unitNames = x.unitNames, f.forceNames = x.forceNames,
           f.docId = $docId, f.page = x.page, f.start = x.start, f.end = x.end, f.quote = x.quote
       MERGE (d)-[:HAS_FINDING]->(f)
       WITH f, x
       ${ABOUT_SUBJECTS('f', 'x')}`,
      {
        docId,
        force,
        rows: r.findings.map((x, i) => ({
          id: `${docId}#finding${i}`, text: x.text, cue: x.cue, paragraph: x.paragraph,
          unitNames: x.subjects.filter((s) => s.type === 'unit').map((s) => s.name),
          forceNames: x.subjects.filter((s) => s.type === 'force').map((s) => s.name),
          // Units are keyed under the review's force; a force named in the finding is linked directly.
          about: x.subjects.filter((s) => s.type === 'force' || force),
          ...src(x.source),
        })),
      },
    );
  }
}

/**
 * Links the fact bound to `v` (its row `row` holding \`about\`) to the units and forces it is
 * about: a unit under the review's force (made if new, as NAMES_UNIT makes them), a force by name.
 */
const ABOUT_SUBJECTS = (v: string, row: string) => `CALL (${v}, ${row}) {
         UNWIND [s IN ${row}.about WHERE s.type = 'unit'] AS s
         MERGE (home:Force {name: $force})
         MERGE (unit:Unit {id: $force + '/' + s.name})
         ON CREATE SET unit.name = s.name
         MERGE (unit)-[:PART_OF]->(home)
         MERGE (${v})-[about:ABOUT]->(unit)
         SET about.text = s.text, about.via = s.via
       }
       CALL (${v}, ${row}) {
         UNWIND [s IN ${row}.about WHERE s.type = 'force'] AS s
         MERGE (named:Force {name: s.name})
         MERGE (${v})-[about:ABOUT]->(named)
         SET about.text = s.text, about.via = s.via
       }`;

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
