// Reviews' facts and the parties of rulings: each kind has one key, so MERGE is safe and re-ingest idempotent.
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT recommendation_id IF NOT EXISTS FOR (n:Recommendation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_finding_id IF NOT EXISTS FOR (n:ReviewFinding) REQUIRE n.id IS UNIQUE;
// A party is keyed by its folded name (an anonymity label by document and label), so one body is one party across rulings.
CREATE CONSTRAINT party_key IF NOT EXISTS FOR (n:Party) REQUIRE n.key IS UNIQUE;
