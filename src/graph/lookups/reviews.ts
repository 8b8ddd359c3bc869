/**
 * Official reviews' facts (sections, recommendations, quoted figures, findings about units and
 * forces) for a batch at once (see ../byKey.ts).
 */
import { listByKey } from '../byKey.js';
import { project, type SourceRow } from '../rows.js';
import { DOCUMENT_ORDER, paragraph, type ParagraphRow } from './judgments.js';

export interface SectionRow {
  id: string;
  label: string | null;
  title: string;
  kind: string;
  level: number;
  source: SourceRow;
}

export interface RecommendationRow {
  id: string;
  label: string;
  kind: string;
  text: string;
  addressee: string | null;
  unitIds: string[];
  source: SourceRow;
}

export interface StatisticRow {
  value: number;
  text: string;
  unit: string;
  measure: string | null;
  description: string;
  paragraph: string | null;
  source: SourceRow;
}

export interface FindingRow {
  id: string;
  text: string;
  cue: string | null;
  paragraph: string | null;
  about: { unitId: string | null; force: string | null; text: string | null; via: string | null }[];
  source: SourceRow;
}

const finding = `{id: f.id, text: f.text, cue: f.cue, paragraph: f.paragraph, source: ${project.source('f', 'f.docId')},
  about: [(f)-[a:ABOUT]->(s) | {unitId: CASE WHEN s:Unit THEN s.id END, force: CASE WHEN s:Force THEN s.name END, text: a.text, via: a.via}]}`;
const recommendation = `{id: rec.id, label: rec.label, kind: rec.kind, text: rec.text, addressee: rec.addressee,
  unitIds: [(rec)-[:ABOUT]->(u:Unit) | u.id], source: ${project.source('rec', 'rec.docId')}}`;

export const documentSections = listByKey<string, SectionRow>(
  `MATCH (d:Document {id: key})-[:HAS_SECTION]->(s:Section) WITH i, d, s ORDER BY s.page, s.start
   RETURN i, collect(s {.id, .label, .title, .kind, .level, source: ${project.source('s', 'd.id')}}) AS items`,
);

export const sectionParagraphs = listByKey<string, ParagraphRow>(
  `MATCH (s:Section {id: key})-[:CONTAINS]->(pa:Paragraph)<-[:HAS_PARAGRAPH]-(d:Document) WITH i, d, pa ORDER BY pa.page, pa.start
   RETURN i, collect(${paragraph('pa')}) AS items`,
);

export const documentRecommendations = listByKey<string, RecommendationRow>(
  `MATCH (:Document {id: key})-[:HAS_RECOMMENDATION]->(rec:Recommendation) WITH i, rec ORDER BY rec.page, rec.start
   RETURN i, collect(${recommendation}) AS items`,
);

export const documentStatistics = listByKey<string, StatisticRow>(
  `MATCH (d:Document {id: key})-[:HAS_STATISTIC]->(st:Statistic) WITH i, d, st ORDER BY st.page, st.start, st.id
   RETURN i, collect(st {.value, .text, .unit, .measure, .description, .paragraph, source: ${project.source('st', 'd.id')}}) AS items`,
);

export const documentFindings = listByKey<string, FindingRow>(
  `MATCH (:Document {id: key})-[:HAS_FINDING]->(f:ReviewFinding) WITH i, f ORDER BY f.page, f.start
   RETURN i, collect(${finding}) AS items`,
);

export const unitFindings = listByKey<string, FindingRow>(
  `MATCH (:Unit {id: key})<-[:ABOUT]-(f:ReviewFinding)<-[:HAS_FINDING]-(d:Document) WITH i, d, f ORDER BY ${DOCUMENT_ORDER}, f.page, f.start
   RETURN i, collect(${finding}) AS items`,
);

export const unitRecommendations = listByKey<string, RecommendationRow>(
  `MATCH (:Unit {id: key})<-[:ABOUT]-(rec:Recommendation)<-[:HAS_RECOMMENDATION]-(d:Document) WITH i, d, rec ORDER BY ${DOCUMENT_ORDER}, rec.page, rec.start
   RETURN i, collect(${recommendation}) AS items`,
);

export const forceFindings = listByKey<string, FindingRow>(
  `MATCH (:Force {name: key})<-[:ABOUT]-(f:ReviewFinding)<-[:HAS_FINDING]-(d:Document) WITH i, d, f ORDER BY ${DOCUMENT_ORDER}, f.page, f.start
   RETURN i, collect(${finding}) AS items`,
);
