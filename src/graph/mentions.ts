/** Officer mentions and officers by id, for the operators' resolution decisions (see resolution.ts). */
import type { Read } from './read.js';
import { project, type MentionRow } from './rows.js';

/** The mentions with these ids, each with the officer it resolved to; unknown ids are left out. */
export async function mentionsById(read: Read, ids: readonly string[]): Promise<MentionRow[]> {
  const rows = await read<{ row: MentionRow }>(
    `MATCH (d:Document)-[:MENTIONS]->(m:OfficerMention) WHERE m.id IN $ids
     OPTIONAL MATCH (m)-[r:RESOLVED_TO]->(o:Officer)
     RETURN ${project.mention('d.id')} AS row`,
    { ids },
  );
  return rows.map((r) => r.row);
}

/** Which of these ids name an existing node of the label, in one query. */
export async function existingIds(read: Read, label: 'Officer' | 'OfficerMention', ids: readonly string[]): Promise<Set<string>> {
  const rows = await read<{ id: string }>(`MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`, { ids: [...new Set(ids)] });
  return new Set(rows.map((r) => r.id));
}
