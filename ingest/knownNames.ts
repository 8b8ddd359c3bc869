/**
 * The redacted-names store moved to src/graph/redactedNames.ts. Kept only for ingest/write.ts,
 * which imports it from here until write.ts itself moves into src/graph (issue 13); delete then.
 */
export { writeRedactedNames } from '../src/graph/redactedNames.js';
