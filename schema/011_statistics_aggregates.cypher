// Statistics answered from aggregates kept at write time (src/graph/write/aggregates.ts keeps them,
// src/graph/statisticsAggregates.ts reads them). Every fact a statistic counts has one owner: an
// officer (its gross misconduct findings), a proceeding (its days from incident to outcome), a
// document (the cases it cites). A StatisticsContribution {owner, entries, counts} holds what that
// owner adds, as "aggregate key SEP histogram SEP value" entries; a StatisticsAggregate {key, kind,
// ...group} holds per histogram `<name>Values`, `<name>Counts` and `<name>Total`. SEP is the unit
// separator (\u001f). The contributions below are the same Cypher as the writer's
// (GROSS_MISCONDUCT_CONTRIBUTIONS, DURATION_CONTRIBUTIONS, CITATION_CONTRIBUTIONS there).
//
// Built once, for a graph written before the writer kept them: every building statement runs only
// while no StatisticsAggregatesBuilt node exists, and the last one makes it, so a second run
// changes nothing. `rebuildStatistics` (src/graph/write/aggregates.ts) removes the marker and
// applies this file again.
CREATE CONSTRAINT statistics_aggregate_key IF NOT EXISTS FOR (n:StatisticsAggregate) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT statistics_contribution_owner IF NOT EXISTS FOR (n:StatisticsContribution) REQUIRE n.owner IS UNIQUE;
CREATE INDEX statistics_aggregate_kind IF NOT EXISTS FOR (n:StatisticsAggregate) ON (n.kind);
CREATE INDEX statistics_aggregate_documents IF NOT EXISTS FOR (n:StatisticsAggregate) ON (n.documentsTotal);
CREATE INDEX statistics_aggregate_force_documents IF NOT EXISTS FOR (n:StatisticsAggregate) ON (n.forceLower, n.forceDocumentsTotal);

// Whatever a half-finished build left.
OPTIONAL MATCH (built:StatisticsAggregatesBuilt) WITH built WHERE built IS NULL
CALL () { MATCH (n:StatisticsAggregate) RETURN n UNION MATCH (n:StatisticsContribution) RETURN n }
CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS;

// Officers: gross misconduct occurrences per (scope, year), each with the officer's previous year in the scope.
OPTIONAL MATCH (built:StatisticsAggregatesBuilt) WITH built WHERE built IS NULL
MATCH (o:Officer) WHERE EXISTS { (o)<-[:AGAINST]-(:Allegation {finding: 'gross_misconduct'}) }
CALL (o) {
  CALL (o) {
    MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a:Allegation {finding: 'gross_misconduct'})-[:AGAINST]->(o)
    WITH p, a.standard AS standard, coalesce(p.force, o.force) AS force, coalesce(p.decisionDate, p.hearingDate) AS decided
    WITH p, force, CASE WHEN decided IS NULL THEN null ELSE toInteger(substring(toString(decided), 0, 4)) END AS year, collect(DISTINCT [standard]) AS standards
    WITH force, year, standards,
         EXISTS { (p)-[:HAS_OUTCOME]->(oc:Outcome)<-[:RECEIVED]-(o) WHERE oc.outcome IN ['dismissed_without_notice', 'dismissed_with_notice', 'would_have_been_dismissed'] } AS dismissedHere
    UNWIND [['all', null, null], ['force', force, null]] + [s IN standards | ['standard', null, s[0]]] + [s IN standards | ['forceStandard', force, s[0]]] AS scope
    WITH scope, year, max(CASE WHEN dismissedHere THEN 1 ELSE 0 END) AS dismissed
    ORDER BY year IS NOT NULL, year
    WITH scope, collect([year, dismissed]) AS years
    WITH scope, years, [y IN years WHERE y[1] = 1] AS dismissedYears
    WITH 'grossMisconduct' + '\u001f' + scope[0] + '\u001f' + CASE WHEN scope[1] IS NULL THEN '-' ELSE '=' + scope[1] END
           + '\u001f' + CASE WHEN scope[2] IS NULL THEN '-' ELSE '=' + scope[2] END AS key, years, dismissedYears
    UNWIND [['officers', years], ['dismissed', dismissedYears]] AS chain
    UNWIND range(0, size(chain[1]) - 1) AS i
    RETURN key + '\u001f' + chain[0] + '\u001f' + coalesce(toString(chain[1][i][0]), '') + '|'
           + CASE WHEN i = 0 THEN 'none' ELSE coalesce(toString(chain[1][i - 1][0]), '') END AS entry, 1 AS n
  }
  WITH o, collect(entry) AS entries, collect(n) AS counts
  CREATE (:StatisticsContribution {owner: 'officer:' + o.id, entries: entries, counts: counts})
} IN TRANSACTIONS OF 1000 ROWS;

// Proceedings: days from incident to outcome of decided ones, days * 10000 + year of the outcome,
// under the proceeding's force and under all forces ('*'). The answers per year range are added by
// migrate() in code (src/graph/write/durationAnswers.ts).
OPTIONAL MATCH (built:StatisticsAggregatesBuilt) WITH built WHERE built IS NULL
MATCH (p:Proceeding)
WHERE p.incidentDate IS NOT NULL AND coalesce(p.decisionDate, p.hearingDate) IS NOT NULL
WITH p, toString(p.incidentDate) AS incident, toString(coalesce(p.decisionDate, p.hearingDate)) AS outcome
WHERE incident =~ '\\d{4}-\\d{2}-\\d{2}.*' AND outcome =~ '\\d{4}-\\d{2}-\\d{2}.*'
  AND (EXISTS { (p)-[:HAS_OUTCOME]->() } OR EXISTS { (p)-[:HAS_ALLEGATION]->(a) WHERE a.finding IS NOT NULL })
WITH p, toInteger(substring(outcome, 0, 4)) AS year, duration.inDays(date(substring(incident, 0, 10)), date(substring(outcome, 0, 10))).days AS days
CALL (p, year, days) {
  CREATE (:StatisticsContribution {owner: 'proceeding:' + p.id,
          entries: [scope IN [CASE WHEN p.force IS NULL THEN '-' ELSE '=' + p.force END, '*'] | 'days' + '\u001f' + scope + '\u001fdays\u001f' + toString(days * 10000 + year)], counts: [1, 1]})
} IN TRANSACTIONS OF 5000 ROWS;

// Documents: per case cited, one citing document and its citations, by the year of the document's
// decision; again under the document's force lower-cased (citedForce), for the force filter.
OPTIONAL MATCH (built:StatisticsAggregatesBuilt) WITH built WHERE built IS NULL
MATCH (d:Document) WHERE EXISTS { (d)-[:CITES]->(:Case) }
CALL (d) {
  MATCH (d)-[r:CITES]->(c:Case)
  WITH d, c, count(r) AS citations
  WITH d, c, citations, coalesce(toString(CASE WHEN d.decisionDate IS NULL THEN null ELSE toInteger(substring(toString(d.decisionDate), 0, 4)) END), '') AS year,
       'cited' + '\u001f' + c.citation AS cited, 'citedForce' + '\u001f' + c.citation + '\u001f' + toLower(d.force) AS citedForce
  UNWIND [[cited, 'documents', 1], [cited, 'citations', citations]]
         + CASE WHEN d.force IS NULL THEN [] ELSE [[citedForce, 'forceDocuments', 1], [citedForce, 'forceCitations', citations]] END AS h
  WITH d, collect(h[0] + '\u001f' + h[1] + '\u001f' + year) AS entries, collect(h[2]) AS counts
  CREATE (:StatisticsContribution {owner: 'document:' + d.id, entries: entries, counts: counts})
} IN TRANSACTIONS OF 1000 ROWS;

// The aggregates: every contribution's entries summed per aggregate, histogram and value.
OPTIONAL MATCH (built:StatisticsAggregatesBuilt) WITH built WHERE built IS NULL
MATCH (c:StatisticsContribution)
UNWIND range(0, size(c.entries) - 1) AS i
WITH split(c.entries[i], '\u001f') AS parts, c.counts[i] AS n
WITH reduce(k = parts[0], x IN parts[1..-2] | k + '\u001f' + x) AS key, parts[0] AS kind, parts[-2] AS hist,
     CASE WHEN parts[0] = 'days' THEN toInteger(parts[-1]) ELSE parts[-1] END AS value, sum(n) AS n
ORDER BY value
WITH key, kind, hist, collect(value) AS values, collect(n) AS counts, sum(n) AS total
WITH key, kind, split(key, '\u001f') AS k, collect({hist: hist, values: values, counts: counts, total: total}) AS hs
WITH key, kind, k, [h IN hs WHERE h.hist = 'officers'][0] AS officers, [h IN hs WHERE h.hist = 'dismissed'][0] AS dismissed,
     [h IN hs WHERE h.hist = 'days'][0] AS days, [h IN hs WHERE h.hist = 'documents'][0] AS documents, [h IN hs WHERE h.hist = 'citations'][0] AS citations,
     [h IN hs WHERE h.hist = 'forceDocuments'][0] AS forceDocuments, [h IN hs WHERE h.hist = 'forceCitations'][0] AS forceCitations
CREATE (s:StatisticsAggregate {key: key, kind: kind})
FOREACH (_ IN CASE WHEN kind = 'grossMisconduct' THEN [1] ELSE [] END |
  SET s.scope = k[1], s.force = CASE WHEN k[2] = '-' THEN null ELSE substring(k[2], 1) END, s.standard = CASE WHEN k[3] = '-' THEN null ELSE substring(k[3], 1) END,
      s.officersValues = coalesce(officers.values, []), s.officersCounts = coalesce(officers.counts, []), s.officersTotal = coalesce(officers.total, 0),
      s.dismissedValues = coalesce(dismissed.values, []), s.dismissedCounts = coalesce(dismissed.counts, []), s.dismissedTotal = coalesce(dismissed.total, 0))
FOREACH (_ IN CASE WHEN kind = 'days' THEN [1] ELSE [] END |
  SET s.scope = CASE WHEN k[1] = '*' THEN 'all' ELSE 'force' END, s.force = CASE WHEN k[1] IN ['-', '*'] THEN null ELSE substring(k[1], 1) END,
      s.daysValues = days.values, s.daysCounts = days.counts, s.daysTotal = days.total)
FOREACH (_ IN CASE WHEN kind = 'cited' THEN [1] ELSE [] END |
  SET s.citation = k[1],
      s.documentsValues = coalesce(documents.values, []), s.documentsCounts = coalesce(documents.counts, []), s.documentsTotal = coalesce(documents.total, 0),
      s.citationsValues = coalesce(citations.values, []), s.citationsCounts = coalesce(citations.counts, []), s.citationsTotal = coalesce(citations.total, 0))
FOREACH (_ IN CASE WHEN kind = 'citedForce' THEN [1] ELSE [] END |
  SET s.citation = k[1], s.forceLower = k[2],
      s.forceDocumentsValues = coalesce(forceDocuments.values, []), s.forceDocumentsCounts = coalesce(forceDocuments.counts, []),
      s.forceDocumentsTotal = coalesce(forceDocuments.total, 0),
      s.forceCitationsValues = coalesce(forceCitations.values, []), s.forceCitationsCounts = coalesce(forceCitations.counts, []),
      s.forceCitationsTotal = coalesce(forceCitations.total, 0));

MERGE (:StatisticsAggregatesBuilt {id: 'statistics'});
