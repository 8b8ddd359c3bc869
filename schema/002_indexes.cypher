// Lookups the API filters and sorts on.
CREATE INDEX document_kind IF NOT EXISTS FOR (n:Document) ON (n.kind);
CREATE INDEX document_status IF NOT EXISTS FOR (n:Document) ON (n.status);
// Resolution looks candidates up by folded surname; an earlier index on the unused `surname` is dropped.
DROP INDEX officer_surname IF EXISTS;
CREATE INDEX officer_surname_key IF NOT EXISTS FOR (n:Officer) ON (n.surnameKey);
CREATE INDEX allegation_standard IF NOT EXISTS FOR (n:Allegation) ON (n.standard);
CREATE INDEX outcome_kind IF NOT EXISTS FOR (n:Outcome) ON (n.outcome);
// Full-text search over page text (precedent search) and over officer names.
CREATE FULLTEXT INDEX page_text IF NOT EXISTS FOR (n:Page) ON EACH [n.text];
CREATE FULLTEXT INDEX officer_names IF NOT EXISTS FOR (n:Officer) ON EACH [n.name, n.label];
CREATE INDEX resolution_decision_mention IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.mentionId);
