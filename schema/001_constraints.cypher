// Uniqueness constraints: every node kind has one key, so MERGE is safe and re-ingest is idempotent.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT page_id IF NOT EXISTS FOR (n:Page) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (n:Paragraph) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT officer_id IF NOT EXISTS FOR (n:Officer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT officer_mention_id IF NOT EXISTS FOR (n:OfficerMention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT force_name IF NOT EXISTS FOR (n:Force) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proceeding_id IF NOT EXISTS FOR (n:Proceeding) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT allegation_id IF NOT EXISTS FOR (n:Allegation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (n:Outcome) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT complainant_pseudonym IF NOT EXISTS FOR (n:Complainant) REQUIRE n.pseudonym IS UNIQUE;
CREATE CONSTRAINT case_citation IF NOT EXISTS FOR (n:Case) REQUIRE n.citation IS UNIQUE;
CREATE CONSTRAINT legislation_name IF NOT EXISTS FOR (n:Legislation) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT resolution_decision_id IF NOT EXISTS FOR (n:ResolutionDecision) REQUIRE n.id IS UNIQUE;
