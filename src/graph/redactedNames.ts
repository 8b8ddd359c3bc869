import type { Graph } from './driver.js';

/**
 * Names redacted in one document stay redacted in every later one. The graph keeps, per redacted
 * name form, its keyed hash (HMAC under PSEUDONYM_KEY, never the name) and the pseudonym it became,
 * as (:RedactedName {hash, pseudonym}) linked from the document that redacted it.
 */
export interface RedactedNameRow {
  hash: string;
  pseudonym: string;
}

/** Every redacted name form's hash and its pseudonym, loaded by ingest before a run. */
export async function loadKnownNames(graph: Graph): Promise<Map<string, string>> {
  const rows = await graph.read<RedactedNameRow>('MATCH (r:RedactedName) RETURN r.hash AS hash, r.pseudonym AS pseudonym');
  return new Map(rows.map((r) => [r.hash, r.pseudonym]));
}

/** Written in the document's own transaction, so a document and its redacted names land together. */
export async function writeRedactedNames(
  run: (cypher: string, params: Record<string, unknown>) => Promise<unknown>,
  docId: string,
  forms: readonly RedactedNameRow[],
): Promise<void> {
  if (!forms.length) return;
  await run(
    `MATCH (d:Document {id: $docId})
     UNWIND $forms AS f
     MERGE (r:RedactedName {hash: f.hash})
     ON CREATE SET r.pseudonym = f.pseudonym
     MERGE (d)-[:REDACTED]->(r)`,
    { docId, forms: forms.map((f) => ({ hash: f.hash, pseudonym: f.pseudonym })) },
  );
}
