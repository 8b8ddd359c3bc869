// Periods, not points: a unit membership recorded with one date (`asOf`) becomes a period that
// starts and ends on that date (as precise as it was: "2019" spans the year), as the current
// ingest writes it (src/domain/periods.ts). Safe to re-run: only memberships still holding asOf.
MATCH ()-[m:MEMBER_OF]->()
WHERE m.asOf IS NOT NULL AND m.periodStart IS NULL AND toString(m.asOf) =~ '\d{4}(-\d{2}(-\d{2}.*)?)?'
WITH m, toString(m.asOf) AS a
SET m.from = a, m.to = a, m.periodBasis = 'CONDUCT',
    m.periodStart = CASE size(a) WHEN 4 THEN a + '-01-01' WHEN 7 THEN a + '-01' ELSE left(a, 10) END,
    m.periodEnd = CASE size(a) WHEN 4 THEN a + '-12-31' WHEN 7 THEN toString(date(a + '-01') + duration('P1M') - duration('P1D')) ELSE left(a, 10) END
REMOVE m.asOf;
// A ruling is not a proceeding. A judgment that RECORDS a proceeding of its own and REVIEWS another
// gives its account of the case (allegations, sanction, complainants) to the proceeding it reviews,
// the one decided last, and DESCRIBES it; its own proceeding goes when nothing else records it.
MATCH (d:Document {kind: 'judgment'})-[r:RECORDS]->(pj:Proceeding)
MATCH (d)-[:REVIEWS]->(p:Proceeding) WHERE p <> pj
WITH d, r, pj, p ORDER BY coalesce(p.decisionDate, p.hearingDate, '') DESC, p.id
WITH d, r, pj, head(collect(p)) AS target
CALL (pj, target) {
  MATCH (pj)-[h:HAS_ALLEGATION]->(a:Allegation)
  MERGE (target)-[:HAS_ALLEGATION]->(a)
  DELETE h
}
CALL (pj, target) {
  MATCH (pj)-[h:HAS_OUTCOME]->(oc:Outcome)
  MERGE (target)-[:HAS_OUTCOME]->(oc)
  DELETE h
}
CALL (pj, target) {
  MATCH (pj)-[h:COMPLAINANT]->(c:Complainant)
  MERGE (target)-[n:COMPLAINANT]->(c)
  SET n.page = h.page, n.quote = h.quote
  DELETE h
}
SET target.complainantLabels = reduce(acc = coalesce(target.complainantLabels, []), l IN coalesce(pj.complainantLabels, []) | CASE WHEN l IN acc THEN acc ELSE acc + l END)
MERGE (d)-[ds:DESCRIBES]->(target)
SET ds.reasons = ['the proceeding the ruling reviews']
DELETE r
WITH DISTINCT pj
WHERE NOT EXISTS { (pj)<-[:RECORDS|DESCRIBES]-(:Document) }
DETACH DELETE pj;
// A judgment whose proceeding is the only account of the case (nothing else records it): the ruling
// DESCRIBES and REVIEWS it, and the court's own hearing and judgment dates leave it; the decision
// below, when the ruling dates a panel's or a chief officer's, is the proceeding's decision.
MATCH (d:Document {kind: 'judgment'})-[r:RECORDS]->(pj:Proceeding)
OPTIONAL MATCH (d)-[:MENTIONS]->(:OfficerMention)-[:RESOLVED_TO]->(o:Officer)<-[:CONCERNS]-(pj)
WITH d, r, pj, head(collect(o.id)) AS officerId, EXISTS { (pj)<-[:RECORDS]-(other:Document) WHERE other <> d } AS shared
MERGE (d)-[ds:DESCRIBES]->(pj)
SET ds.reasons = ['described only by the ruling']
FOREACH (_ IN CASE WHEN shared THEN [] ELSE [1] END |
  MERGE (d)-[rv:REVIEWS]->(pj)
  SET rv.officerId = coalesce(rv.officerId, officerId), rv.confidence = coalesce(rv.confidence, 1.0),
      rv.reasons = coalesce(rv.reasons, ['the proceeding the ruling describes'])
  SET pj.hearingDate = null,
      pj.decisionDate = CASE WHEN d.decisionBelowBody IN ['misconduct panel', 'misconduct meeting', 'chief officer'] THEN d.decisionBelowDate END)
DELETE r;
