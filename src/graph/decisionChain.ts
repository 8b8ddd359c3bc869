/**
 * The decision chain of a misconduct case in one answer: the proceeding, any tribunal a ruling
 * describes, and every ruling joined to it by REVIEWS links and appeal links (an appeal's
 * APPEALS to a case whose judgment REPORTS it), from the bottom of the hierarchy to the top, each
 * step with its date, decision maker, result and source and the days since the step before.
 */
import type { Read } from './read.js';

export interface ChainSource {
  docId: string;
  page: number | null;
  start: number | null;
  end: number | null;
  quote: string | null;
}

export interface ChainStep {
  level: string;
  decisionMaker: string | null;
  date: string | null;
  result: string | null;
  /** proceeding: a document records it; ruling: its judgment is held; described: only a later ruling describes it. */
  known: 'proceeding' | 'ruling' | 'described';
  documentId: string | null;
  proceedingId: string | null;
  source: ChainSource | null;
  daysFromPrevious: number | null;
}

export interface DecisionChain {
  steps: ChainStep[];
  daysFirstToLast: number | null;
}

/** The rungs of the hierarchy, lowest first: a chain reads bottom to top whatever the dates say. */
const LEVELS = [
  'misconduct proceeding',
  'misconduct meeting',
  'misconduct panel',
  'chief officer',
  'IOPC',
  'police appeals tribunal',
  'employment tribunal',
  'employment appeal tribunal',
  'Upper Tribunal',
  'High Court',
  'Court of Appeal',
  'Supreme Court',
];

/** A court's citation prefix to its rung ("EWHC (Admin)" is the High Court). */
const COURT_LEVELS: [prefix: string, level: string][] = [
  ['EWHC', 'High Court'],
  ['EWCA', 'Court of Appeal'],
  ['UKSC', 'Supreme Court'],
  ['UKHL', 'Supreme Court'],
  ['UKUT', 'Upper Tribunal'],
];

/** Bodies a proceeding node already stands for: a ruling's description of them adds no step. */
const PROCEEDING_BODIES = ['misconduct panel', 'misconduct meeting'];

/** How far appeal links are followed from a ruling: panel to Supreme Court is four rungs. */
const MAX_APPEAL_HOPS = 8;

function courtLevel(court: string | null): string {
  return COURT_LEVELS.find(([prefix]) => court?.startsWith(prefix))?.[1] ?? court ?? 'court';
}

const rung = (level: string) => {
  const k = LEVELS.indexOf(level);
  return k < 0 ? LEVELS.length : k;
};

function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const ms = Date.parse(b) - Date.parse(a);
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : null;
}

interface RulingRow {
  id: string;
  court: string | null;
  judges: string[] | null;
  date: string | null;
  result: string | null;
  neutralCitation: string | null;
  below: { body: string | null; result: string | null; date: string | null; page: number | null; start: number | null; end: number | null; quote: string | null };
}

interface ProceedingRow {
  id: string;
  force: string | null;
  date: string | null;
  outcomes: string[];
  source: ChainSource | null;
  recordedBy: string | null;
}

/** The chain through a proceeding or a ruling; null when the start is unknown. */
export async function decisionChain(read: Read, start: { proceedingId?: string | null; rulingId?: string | null }): Promise<DecisionChain | null> {
  const [seed] = await read<{ found: boolean; rulings: string[] }>(
    `OPTIONAL MATCH (p:Proceeding {id: $proceedingId})
     OPTIONAL MATCH (r:Document {id: $rulingId})
     RETURN p IS NOT NULL OR r IS NOT NULL AS found,
            [x IN COLLECT { MATCH (p)<-[:REVIEWS]-(d:Document) RETURN d.id } + CASE WHEN r IS NULL THEN [] ELSE [r.id] END WHERE x IS NOT NULL] AS rulings`,
    { proceedingId: start.proceedingId ?? null, rulingId: start.rulingId ?? null },
  );
  if (!seed?.found) return null;
  const rulings = await read<RulingRow>(
    `MATCH (s:Document) WHERE s.id IN $ids
     MATCH (s)-[:APPEALS|REPORTS*0..${MAX_APPEAL_HOPS}]-(d:Document)
     WITH DISTINCT d WHERE d.kind = 'judgment' OR d.id IN $ids
     RETURN d.id AS id, d.court AS court, d.judges AS judges, d.decisionDate AS date, d.jrResult AS result, d.neutralCitation AS neutralCitation,
            {body: d.decisionBelowBody, result: d.decisionBelowResult, date: d.decisionBelowDate, page: d.decisionBelowPage,
             start: d.decisionBelowStart, end: d.decisionBelowEnd, quote: d.decisionBelowQuote} AS below`,
    { ids: seed.rulings },
  );
  const proceedings = await read<ProceedingRow>(
    // Two indexed starts, not one OR over every proceeding: the one asked for and those the rulings review.
    `CALL () {
       MATCH (p:Proceeding {id: $proceedingId}) RETURN p
       UNION
       MATCH (d:Document)-[:REVIEWS]->(p:Proceeding) WHERE d.id IN $rulings RETURN p
     }
     // A proceeding known only from a ruling's account (no notice or outcome records it) is that
     // ruling's described decision below, which the chain adds from the ruling itself.
     WITH p WHERE EXISTS { (p)<-[:RECORDS]-(:Document) }
     OPTIONAL MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome)
     WITH p, oc ORDER BY oc.page, oc.start
     WITH p, collect(oc) AS ocs
     RETURN p.id AS id, p.force AS force, coalesce(p.decisionDate, p.hearingDate) AS date,
            [o IN ocs | o.outcome] AS outcomes, head(COLLECT { MATCH (p)<-[:RECORDS]-(rd:Document) RETURN rd.id AS id ORDER BY id }) AS recordedBy,
            CASE WHEN size(ocs) = 0 THEN null ELSE {docId: ocs[0].docId, page: ocs[0].page, start: ocs[0].start, end: ocs[0].end, quote: ocs[0].quote} END AS source`,
    { proceedingId: start.proceedingId ?? null, rulings: rulings.map((r) => r.id) },
  );
  return assembleChain(rulings, proceedings);
}

/** Steps from the rows, lowest rung first, each described decision added once and only where nothing better stands for it. */
export function assembleChain(rulings: readonly RulingRow[], proceedings: readonly ProceedingRow[]): DecisionChain {
  const steps: Omit<ChainStep, 'daysFromPrevious'>[] = [];
  for (const p of proceedings) {
    steps.push({
      level: 'misconduct proceeding',
      decisionMaker: p.force,
      date: p.date,
      result: p.outcomes.join(', ') || null,
      known: 'proceeding',
      documentId: p.source?.docId ?? p.recordedBy,
      proceedingId: p.id,
      source: p.source,
    });
  }
  const rulingLevels = new Set(rulings.map((r) => courtLevel(r.court)));
  for (const r of rulings) {
    steps.push({
      level: courtLevel(r.court),
      decisionMaker: r.judges?.length ? r.judges.join(', ') : r.court,
      date: r.date,
      result: r.result,
      known: 'ruling',
      documentId: r.id,
      proceedingId: null,
      source: null,
    });
  }
  for (const r of rulings) {
    const body = r.below.body;
    if (!body) continue;
    if (rulingLevels.has(body) || steps.some((s) => s.level === body)) continue;
    if (PROCEEDING_BODIES.includes(body) && proceedings.length) continue;
    steps.push({
      level: body,
      decisionMaker: body,
      date: r.below.date,
      result: r.below.result,
      known: 'described',
      documentId: r.id,
      proceedingId: null,
      source: { docId: r.id, page: r.below.page, start: r.below.start, end: r.below.end, quote: r.below.quote },
    });
  }
  steps.sort((a, b) => rung(a.level) - rung(b.level) || (a.date ?? '').localeCompare(b.date ?? ''));
  const out = steps.map((s, k) => ({ ...s, daysFromPrevious: k === 0 ? null : daysBetween(steps[k - 1]!.date, s.date) }));
  const dated = out.filter((s) => s.date);
  return { steps: out, daysFirstToLast: dated.length > 1 ? daysBetween(dated[0]!.date, dated.at(-1)!.date) : null };
}
