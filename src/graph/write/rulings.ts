import type { Send } from './run.js';

/**
 * Decision -> challenge -> ruling: a judgment about an officer reviews that officer's misconduct
 * proceedings, recorded by notices and outcomes of the same force, that were decided before it.
 * Runs from either side (`from` says which this document is), so the link is made whichever
 * arrives first. Confidence starts from the weaker of the two officer resolutions and drops when
 * force or dates cannot be checked.
 */
export async function linkRulings(run: Send, docId: string, from: 'ruling' | 'proceeding'): Promise<void> {
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
