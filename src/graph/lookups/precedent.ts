/** Cypher for the lawyers' precedent tools that the API looks up for a batch of cases at once (see ../byKey.ts). */
import { NEGATIVE_TREATMENTS } from '../../domain/vocabulary.js';
import { listByKey, oneByKey } from '../byKey.js';
import { project, type CitationRow } from '../rows.js';

export interface TreatmentCountRow {
  treatment: string;
  documents: number;
}

/** Weight of a negative treatment in Cypher: the vocabulary's order, overruling first. */
const negativeRank = (v: string) => `CASE ${v} ${NEGATIVE_TREATMENTS.map((t, k) => `WHEN '${t}' THEN ${k}`).join(' ')} ELSE ${NEGATIVE_TREATMENTS.length} END`;

/** Per case: how many citing documents give each treatment (a document citing a case twice in two ways counts under both). */
export const caseTreatmentCounts = listByKey<string, TreatmentCountRow>(`
  MATCH (:Case {citation: key})<-[r:CITES]-(d:Document)
  WITH i, coalesce(r.treatment, 'mentioned') AS treatment, count(DISTINCT d) AS documents
  ORDER BY documents DESC, treatment
  RETURN i, collect({treatment: treatment, documents: documents}) AS items`);

/**
 * Per case: the weightiest negative citation (overruled before not followed before doubted, the
 * latest decision first), the warning every answer citing the case carries.
 */
export const caseWarning = oneByKey<string, CitationRow>(`
  MATCH (c:Case {citation: key})<-[r:CITES]-(d:Document)
  WHERE r.treatment IN [${NEGATIVE_TREATMENTS.map((t) => `'${t}'`).join(', ')}]
  WITH i, c, r, d ORDER BY ${negativeRank('r.treatment')}, d.decisionDate DESC, d.id, r.page, r.start
  RETURN i, head(collect(${project.citation()})) AS item`);
