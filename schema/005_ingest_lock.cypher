// Concurrent ingest: every document write first takes the write lock on one IngestLock node
// (ingest/write.ts), so two ingest processes write one document at a time between them and officer
// resolution always reads what the other has committed. Without it both resolve "PC Smith" against a
// graph with no Smith yet and each creates one. The constraint makes the first MERGE of that node
// safe when two processes make it at once: one creates it, the other waits and finds it.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE;
