import type { Graph } from './driver.js';
import { talliesOf } from './sanctionTallies.js';
import { refreshDerivedData, touchedByDocuments } from './write/derived.js';
import type { Run } from './write/run.js';

/**
 * Removes a document and everything only it supports: its pages, paragraphs, mentions, review
 * sections, recommendations, statistics and findings, proceedings with their allegations and
 * outcomes, then any officer, case stub, party, complainant, unit or legislation node left with no
 * other document behind it. Used to withdraw a document
 * and by tests to clean up after themselves.
 */
export async function deleteDocument(graph: Graph, docId: string): Promise<void> {
  await graph.write(async (tx) => {
    const run: Run = (cypher, params) => tx.run(cypher, params);
    // Whose derived data the deletion changes, read while the facts are still there.
    const derived = await touchedByDocuments(run, [docId]);
    // The tallies of proceedings about to go, to recompute without them.
    const tallies = await talliesOf(run, derived.proceedings);
    // A proceeding a notice and its outcome share (or a ruling describes) loses only this document's
    // facts; it goes when no other document records or describes it.
    await tx.run(
      `MATCH (d:Document {id: $id})
       OPTIONAL MATCH (d)-[:RECORDS|DESCRIBES]->(p:Proceeding)
       OPTIONAL MATCH (p)-[:HAS_ALLEGATION|HAS_OUTCOME]->(f) WHERE f.docId = $id
       DETACH DELETE f
       WITH DISTINCT d, p
       WHERE p IS NOT NULL AND NOT EXISTS { (p)<-[:RECORDS|DESCRIBES]-(other:Document) WHERE other <> d }
       DETACH DELETE p`,
      { id: docId },
    );
    const officers = await tx.run(
      `MATCH (d:Document {id: $id})-[:MENTIONS]->(m:OfficerMention)-[:RESOLVED_TO]->(o:Officer)
       RETURN collect(DISTINCT o.id) AS ids`,
      { id: docId },
    );
    const touched = await tx.run(
      // Two subqueries, not two OPTIONAL MATCHes, which would multiply into a cartesian product.
      `MATCH (d:Document {id: $id})
       RETURN COLLECT { MATCH (d)-[:CITES|REPORTS|REFERS_TO|NAMES_UNIT|PARTY|APPEALS]->(n) RETURN DISTINCT elementId(n) }
            + COLLECT { MATCH (d)-[:HAS_FINDING|HAS_RECOMMENDATION]->()-[:ABOUT]->(u:Unit) RETURN DISTINCT elementId(u) } AS ids`,
      { id: docId },
    );
    await tx.run(
      `MATCH (d:Document {id: $id})
       OPTIONAL MATCH (d)-[:HAS_PAGE|HAS_PARAGRAPH|MENTIONS|HAS_SECTION|HAS_RECOMMENDATION|HAS_STATISTIC|HAS_FINDING]->(n)
       DETACH DELETE n, d`,
      { id: docId },
    );
    await tx.run(
      `UNWIND $ids AS oid
       MATCH (o:Officer {id: oid})
       WHERE NOT (o)<-[:RESOLVED_TO]-(:OfficerMention)
       DETACH DELETE o`,
      { ids: officers.records[0]?.get('ids') ?? [] },
    );
    await tx.run(
      `UNWIND $ids AS eid
       MATCH (n) WHERE elementId(n) = eid AND NOT (n)<-[:CITES|REPORTS|REFERS_TO|NAMES_UNIT|PARTY|APPEALS]-(:Document)
         AND NOT (n)<-[:MEMBER_OF|ABOUT]-()
       DETACH DELETE n`,
      { ids: touched.records[0]?.get('ids') ?? [] },
    );
    await tx.run(`MATCH (c:Complainant) WHERE NOT (c)<-[:COMPLAINANT]-() DELETE c`);
    await refreshDerivedData(run, { ...derived, tallies });
  });
}
