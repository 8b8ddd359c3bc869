// Keyed hashes of redacted private name forms (never the names), applied to every later document.
CREATE CONSTRAINT redacted_name_hash IF NOT EXISTS FOR (n:RedactedName) REQUIRE n.hash IS UNIQUE;
