// Most-cited rankings kept ahead (src/graph/write/citedRankings.ts): one per scope (all forces, or
// one force lower-cased) and range of years (all, from a year, up to a year), keyed for MERGE and
// found by scope, bound and year. migrate() builds them in code from the cited aggregates of
// migration 011 once (marker CitedRankingsBuilt); the writer keeps them from then on.
CREATE CONSTRAINT cited_ranking_key IF NOT EXISTS FOR (n:CitedRanking) REQUIRE n.key IS UNIQUE;
CREATE INDEX cited_ranking_range IF NOT EXISTS FOR (n:CitedRanking) ON (n.scope, n.bound, n.year);
