import { createHash } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors.js';
import type { Graph } from './driver.js';
import { refreshStatistics } from './write/aggregates.js';

/**
 * Operator review of officer resolution. Every decision is stored as a ResolutionDecision keyed by
 * the mention (document hash + local key), which ingest reads before it scores candidates, so a
 * decision survives re-ingesting the document. Facts move with their mention: the allegations,
 * outcomes, proceeding link and unit membership that came from the mention's document.
 */

export interface UncertainMatch {
  mentionId: string;
  mentionName: string | null;
  documentFile: string;
  officerId: string;
  officerName: string | null;
  score: number;
  reasons: string[];
  /** RESOLVED_TO: joined automatically at a middling score; POSSIBLY_SAME: kept apart but close. */
  relation: 'RESOLVED_TO' | 'POSSIBLY_SAME';
}

/** Joins scoring below this are listed for review even though they were made. */
const REVIEW_BELOW = 0.9;

/**
 * What operators decided about one mention, from its decisions oldest first (ingest reads them
 * for every mention of a document in one statement): the officer it was assigned to, if any, and
 * the officers it must not join. A later assignment overrides an earlier rejection of the same officer.
 */
export function operatorDecisions(decisions: readonly { decision: string; officerId: string }[]): { assign: string | null; rejected: Set<string> } {
  let assign: string | null = null;
  const rejected = new Set<string>();
  for (const d of decisions) {
    if (d.decision === 'assign') assign = d.officerId;
    else rejected.add(d.officerId);
  }
  if (assign) rejected.delete(assign);
  return { assign, rejected };
}

export async function uncertainMatches(graph: Graph, limit: number): Promise<UncertainMatch[]> {
  return graph.read<UncertainMatch & Record<string, unknown>>(
    `MATCH (doc:Document)-[:MENTIONS]->(m:OfficerMention)-[r:RESOLVED_TO|POSSIBLY_SAME]->(o:Officer)
     WHERE (type(r) = 'POSSIBLY_SAME' OR (r.method = 'automatic' AND r.score < $below AND r.reasons <> ['first mention']))
       AND NOT EXISTS { MATCH (:ResolutionDecision {mentionId: m.id, officerId: o.id}) }
     RETURN m.id AS mentionId, coalesce(m.name, m.label) AS mentionName, doc.file AS documentFile, o.id AS officerId,
            coalesce(o.name, o.label) AS officerName, r.score AS score, r.reasons AS reasons, type(r) AS relation
     ORDER BY r.score DESC, mentionId LIMIT $limit`,
    { below: REVIEW_BELOW, limit: neo4j.int(limit) },
  );
}

async function decide(tx: ManagedTransaction, mentionId: string, officerId: string, decision: 'assign' | 'reject', by: string): Promise<void> {
  await tx.run(
    `MERGE (d:ResolutionDecision {id: $id})
     SET d.mentionId = $m, d.officerId = $o, d.decision = $decision, d.by = $by, d.at = datetime()`,
    { id: `${mentionId}|${officerId}`, m: mentionId, o: officerId, decision, by },
  );
}

/** Re-points one mention, and the facts its document contributed, from its officer to `toId`. */
async function moveMention(tx: ManagedTransaction, mentionId: string, toId: string): Promise<void> {
  const r = await tx.run(
    `MATCH (doc:Document)-[:MENTIONS]->(m:OfficerMention {id: $m})-[r:RESOLVED_TO]->(a:Officer)
     RETURN a.id AS from, doc.id AS doc`,
    { m: mentionId },
  );
  const row = r.records[0];
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `mention ${mentionId} not found`);
  const from = row.get('from') as string;
  const doc = row.get('doc') as string;
  if (from === toId) return;
  const p = { m: mentionId, from, to: toId, doc };
  await tx.run(
    `MATCH (m:OfficerMention {id: $m})-[r:RESOLVED_TO]->(a:Officer {id: $from})
     MERGE (b:Officer {id: $to})
     ON CREATE SET b.name = m.name, b.label = m.label, b.rank = m.rank, b.warrantNumber = m.warrantNumber,
                   b.force = m.force, b.former = m.former, b.surnameKey = a.surnameKey, b.surnameSound = a.surnameSound, b.firstNames = a.firstNames
     MERGE (m)-[n:RESOLVED_TO]->(b)
     SET n.score = 1.0, n.reasons = ['decided by an operator'], n.method = 'operator'
     DELETE r`,
    p,
  );
  await tx.run(`MATCH (m:OfficerMention {id: $m})-[q:POSSIBLY_SAME]->(:Officer {id: $to}) DELETE q`, p);
  await tx.run(`MATCH (al:Allegation {docId: $doc})-[x:AGAINST]->(:Officer {id: $from}) MATCH (b:Officer {id: $to}) MERGE (al)-[:AGAINST]->(b) DELETE x`, p);
  await tx.run(`MATCH (:Officer {id: $from})-[x:RECEIVED]->(oc:Outcome {docId: $doc}) MATCH (b:Officer {id: $to}) MERGE (b)-[:RECEIVED]->(oc) DELETE x`, p);
  await tx.run(
    `MATCH (:Document {id: $doc})-[:RECORDS|DESCRIBES]->(pr:Proceeding)-[x:CONCERNS]->(:Officer {id: $from}) MATCH (b:Officer {id: $to}) MERGE (pr)-[:CONCERNS]->(b) DELETE x`,
    p,
  );
  await tx.run(
    `MATCH (:Officer {id: $from})-[x:MEMBER_OF {docId: $doc}]->(u:Unit) MATCH (b:Officer {id: $to})
     MERGE (b)-[y:MEMBER_OF {docId: $doc}]->(u) SET y += properties(x) DELETE x`,
    p,
  );
  await tx.run(`MATCH (:Officer {id: $from})-[:SERVES_IN]->(f:Force) MATCH (b:Officer {id: $to}) MERGE (b)-[:SERVES_IN]->(f)`, p);
  // A ruling linked to a proceeding through this officer no longer has that officer in common.
  await tx.run(
    `MATCH (doc:Document {id: $doc})
     MATCH (a:Document)-[rv:REVIEWS {officerId: $from}]->(pr:Proceeding)
     WHERE a = doc OR (doc)-[:RECORDS|DESCRIBES]->(pr)
     DELETE rv`,
    p,
  );
  await tx.run(`MATCH (a:Officer {id: $from}) WHERE NOT (a)<-[:RESOLVED_TO]-(:OfficerMention) DETACH DELETE a`, p);
  // The document's findings now count for the other officer.
  await refreshStatistics((cypher, params) => tx.run(cypher, params), { officers: [from, toId], proceedings: [], documents: [] });
}

async function mentionsOf(tx: ManagedTransaction, officerId: string): Promise<string[]> {
  const r = await tx.run(`MATCH (m:OfficerMention)-[:RESOLVED_TO]->(:Officer {id: $o}) RETURN m.id AS id ORDER BY id`, { o: officerId });
  return r.records.map((x) => x.get('id') as string);
}

/** The automatic join is right: keep it, and say so for every future run. */
export async function confirmMatch(graph: Graph, mentionId: string, officerId: string, by: string): Promise<void> {
  await graph.write(async (tx) => {
    const current = await tx.run(`MATCH (:OfficerMention {id: $m})-[r:RESOLVED_TO]->(o:Officer) RETURN o.id AS id`, { m: mentionId });
    const cur = current.records[0]?.get('id') as string | undefined;
    if (!cur) throw new AppError(ErrorCode.NOT_FOUND, `mention ${mentionId} not found`);
    if (cur !== officerId) await moveMention(tx, mentionId, officerId);
    await tx.run(`MATCH (:OfficerMention {id: $m})-[r:RESOLVED_TO]->(:Officer {id: $o}) SET r.method = 'confirmed'`, { m: mentionId, o: officerId });
    await decide(tx, mentionId, officerId, 'assign', by);
  });
}

/** The mention is not this officer: it becomes an officer of its own, and stays apart on re-ingest. */
export async function rejectMatch(graph: Graph, mentionId: string, officerId: string, by: string): Promise<string> {
  return graph.write(async (tx) => {
    await decide(tx, mentionId, officerId, 'reject', by);
    await tx.run(`MATCH (:OfficerMention {id: $m})-[q:POSSIBLY_SAME]->(:Officer {id: $o}) DELETE q`, { m: mentionId, o: officerId });
    const current = await tx.run(`MATCH (:OfficerMention {id: $m})-[:RESOLVED_TO]->(o:Officer) RETURN o.id AS id`, { m: mentionId });
    if (current.records[0]?.get('id') !== officerId) return current.records[0]?.get('id') as string;
    const newId = 'split-' + createHash('sha256').update(mentionId).digest('hex').slice(0, 16);
    await moveMention(tx, mentionId, newId);
    await decide(tx, mentionId, newId, 'assign', by);
    return newId;
  });
}

/** Two officers are one person: every mention of `mergeId` moves to `keepId`. */
export async function mergeOfficers(graph: Graph, keepId: string, mergeId: string, by: string): Promise<void> {
  await graph.write(async (tx) => {
    for (const m of await mentionsOf(tx, mergeId)) {
      await moveMention(tx, m, keepId);
      await decide(tx, m, keepId, 'assign', by);
    }
  });
}

/** The given mentions of an officer are somebody else: they move together to a new officer. */
export async function splitOfficer(graph: Graph, officerId: string, mentionIds: readonly string[], by: string): Promise<string> {
  const newId =
    'split-' +
    createHash('sha256')
      .update([...mentionIds].sort().join('|'))
      .digest('hex')
      .slice(0, 16);
  await graph.write(async (tx) => {
    const own = new Set(await mentionsOf(tx, officerId));
    for (const m of mentionIds) {
      if (!own.has(m)) throw new AppError(ErrorCode.BAD_USER_INPUT, `mention ${m} is not resolved to officer ${officerId}`);
      await moveMention(tx, m, newId);
      await decide(tx, m, officerId, 'reject', by);
      await decide(tx, m, newId, 'assign', by);
    }
  });
  return newId;
}
