// Sanction precedents count from tallies (src/graph/sanctionTallies.ts): one per Standard, finding,
// force and year a proceeding answers to ('' for "any"), keyed for MERGE, found by Standard and finding.
CREATE CONSTRAINT sanction_tally_key IF NOT EXISTS FOR (t:SanctionTally) REQUIRE t.key IS UNIQUE;
CREATE INDEX sanction_tally_filter IF NOT EXISTS FOR (t:SanctionTally) ON (t.standard, t.finding);

// A graph written before: each proceeding's kinds of outcome, then its tallies, then their counts.
// The statements repeat sanctionTallies.ts's (OUTCOME_KINDS, TALLY_MEMBERSHIP, RECOMPUTE) as they
// stood when this was written. A proceeding with outcome kinds and no tally has never been filed
// (each one with kinds answers to the "any" tally at least), so a second run finds nothing to do.
MATCH (p:Proceeding) WHERE p.outcomeKinds IS NULL
CALL (p) {
  SET p.outcomeKinds = COLLECT { MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome) WHERE oc.outcome IS NOT NULL WITH DISTINCT oc.outcome AS k ORDER BY k RETURN k }
} IN TRANSACTIONS OF 1000 ROWS;

MATCH (p:Proceeding) WHERE size(p.outcomeKinds) > 0 AND NOT EXISTS { (p)-[:TALLIED_IN]->(:SanctionTally) }
CALL (p) {
  WITH p, toInteger(left(coalesce(p.decisionDate, p.hearingDate), 4)) AS year,
    [['', '']] + COLLECT {
      MATCH (p)-[:HAS_ALLEGATION]->(a:Allegation)
      UNWIND [[a.standard, a.finding], [a.standard, ''], ['', a.finding]] AS sf
      WITH sf WHERE sf[0] IS NOT NULL AND sf[1] IS NOT NULL AND sf <> ['', '']
      RETURN DISTINCT sf
    } AS filters
  UNWIND filters AS sf
  MERGE (t:SanctionTally {key: sf[0] + '|' + sf[1] + '|' + coalesce(p.force, '') + '|' + coalesce(toString(year), '')})
    ON CREATE SET t.standard = sf[0], t.finding = sf[1], t.force = p.force, t.year = year
  SET t.stale = true
  CREATE (p)-[:TALLIED_IN]->(t)
} IN TRANSACTIONS OF 500 ROWS;

MATCH (t:SanctionTally) WHERE t.stale
CALL (t) {
  CALL (t) {
    MATCH (t)<-[:TALLIED_IN]-(p:Proceeding)
    UNWIND p.outcomeKinds AS k
    WITH k, count(*) AS n ORDER BY k
    RETURN collect(k) AS outcomes, collect(n) AS counts
  }
  WITH t, outcomes, counts, COUNT { (t)<-[:TALLIED_IN]-(:Proceeding) } AS members
  SET t.proceedings = members, t.outcomes = outcomes, t.counts = counts
  REMOVE t.stale
  WITH t WHERE members = 0
  DETACH DELETE t
} IN TRANSACTIONS OF 1000 ROWS;
