// Statistics start from gross misconduct findings: a seek on the finding instead of a scan of every allegation.
CREATE INDEX allegation_finding IF NOT EXISTS FOR (n:Allegation) ON (n.finding);
// Newest documents first is an index-ordered scan once the documents list orders by the property itself (not a coalesce of it).
CREATE INDEX document_ingested_at IF NOT EXISTS FOR (n:Document) ON (n.ingestedAt);
