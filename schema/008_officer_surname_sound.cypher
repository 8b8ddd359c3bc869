// Resolution finds candidates whose surname sounds like the mention's (Double Metaphone primary
// code, written by ingest/resolve.ts), so "Smyth" and "Smith" meet; officers written before this
// have none and are found by their exact surname only until a document about them is re-ingested.
CREATE INDEX officer_surname_sound IF NOT EXISTS FOR (n:Officer) ON (n.surnameSound);
