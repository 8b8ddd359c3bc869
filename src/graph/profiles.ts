import { allegation, membership, mention, outcome, review, type Carried } from '../server/loaders.js';
import {
  project,
  type AllegationRow,
  type MembershipRow,
  type MentionRow,
  type OfficerRow,
  type OutcomeRow,
  type ProceedingRow,
  type RankPeriodRow,
  type ReviewRow,
  type UnitRow,
} from '../server/rows.js';
import type { ReadFn } from './statistics.js';

/**
 * An officer's or a unit's profile in one statement: the node and each list the request asks for
 * as a COLLECT subquery, ordered and projected exactly as the per-field loaders in
 * src/server/loaders.ts do (and carrying the same documents, units and officers), so a profile is
 * one round trip and one transaction instead of one per list. Measured with bench:api: seven
 * statements in parallel cost more on a small server than one that reads the same records.
 */

type WithCarried<T> = T & Carried;

export const OFFICER_LISTS = {
  mentions: `COLLECT {
      MATCH (o)<-[r:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
      WITH d, m, r, o ORDER BY d.decisionDate, d.id, m.page, m.start
      WITH d, ${mention('d.id')} AS item
      RETURN item {.*, carriedDocument: ${project.document('d')}} }`,
  units: `COLLECT {
      MATCH (o)-[m:MEMBER_OF]->(u:Unit) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
      WITH o, m, u, f ORDER BY m.asOf, u.id
      WITH u, f, ${membership} AS item
      RETURN item {.*, carriedUnit: ${project.unit('u', 'f')}} }`,
  proceedings: `COLLECT {
      MATCH (o)<-[:CONCERNS]-(p:Proceeding)
      WITH p ORDER BY coalesce(p.decisionDate, p.hearingDate, p.incidentDate), p.id
      RETURN ${project.proceeding('p')} }`,
  allegations: `COLLECT {
      MATCH (o)<-[:AGAINST]-(a:Allegation)
      OPTIONAL MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a)
      OPTIONAL MATCH (ad:Document {id: a.docId})
      WITH o, a, p, ad ORDER BY a.docId, a.page, a.start
      WITH ad, ${allegation} AS item
      RETURN item {.*, carriedDocument: ${project.document('ad')}} }`,
  outcomes: `COLLECT {
      MATCH (o)-[:RECEIVED]->(oc:Outcome)
      OPTIONAL MATCH (p:Proceeding)-[:HAS_OUTCOME]->(oc)
      OPTIONAL MATCH (od:Document {id: oc.docId})
      WITH o, oc, p, od ORDER BY oc.docId, oc.page, oc.start
      WITH od, ${outcome} AS item
      RETURN item {.*, carriedDocument: ${project.document('od')}} }`,
  ranks: `COLLECT {
      MATCH (o)<-[:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
      WHERE m.rank IS NOT NULL
      WITH m, d, coalesce(d.decisionDate, d.hearingDate, d.incidentDate) AS dated
      ORDER BY dated, d.id, m.page, m.start
      WITH m.rank AS rank, collect(dated) AS dates, head(collect(${project.source('m', 'd.id')})) AS source
      WITH rank, source, [x IN dates WHERE x IS NOT NULL] AS known
      WITH {rank: rank, from: head(known), to: last(known), source: source} AS period
      ORDER BY period.from IS NULL, period.from
      RETURN period }`,
  rulings: `COLLECT {
      MATCH (o)<-[:CONCERNS]-(p:Proceeding)<-[rv:REVIEWS]-(d:Document)
      WHERE rv.officerId IS NULL OR rv.officerId = o.id
      WITH d, rv, p ORDER BY d.decisionDate, d.id
      WITH d, ${review} AS item
      RETURN item {.*, carriedDocument: ${project.document('d')}} }`,
} as const;

export type OfficerList = keyof typeof OFFICER_LISTS;

export interface OfficerProfile {
  officer: OfficerRow;
  mentions?: WithCarried<MentionRow>[];
  units?: WithCarried<MembershipRow>[];
  proceedings?: ProceedingRow[];
  allegations?: WithCarried<AllegationRow>[];
  outcomes?: WithCarried<OutcomeRow>[];
  ranks?: RankPeriodRow[];
  rulings?: WithCarried<ReviewRow>[];
}

/** The statement for an officer and the lists named, in a fixed order so equal requests share a plan. */
export function officerProfileCypher(lists: ReadonlySet<OfficerList>): string {
  const parts = (Object.keys(OFFICER_LISTS) as OfficerList[]).filter((k) => lists.has(k)).map((k) => `${OFFICER_LISTS[k]} AS ${k}`);
  return `MATCH (o:Officer {id: $id}) RETURN ${[`${project.officer('o')} AS officer`, ...parts].join(',\n  ')}`;
}

export async function readOfficerProfile(read: ReadFn, id: string, lists: ReadonlySet<OfficerList>): Promise<OfficerProfile | null> {
  const [row] = await read<OfficerProfile>(officerProfileCypher(lists), { id });
  return row ?? null;
}

export interface UnitProfile {
  unit: UnitRow;
  /** Officers serving in the unit's force, when asked for; null without a force. */
  officerCount?: number | null;
  members?: WithCarried<MembershipRow>[];
}

export interface UnitParts {
  officerCount: boolean;
  members: boolean;
}

export function unitProfileCypher(parts: UnitParts): string {
  const columns = [`${project.unit('u', 'f')} AS unit`];
  // Only officers serve in a force: the stored degree, as the forceOfficerCount loader reads it.
  if (parts.officerCount) columns.push(`CASE WHEN f IS NULL THEN null ELSE COUNT { (f)<-[:SERVES_IN]-() } END AS officerCount`);
  if (parts.members) {
    columns.push(`COLLECT {
      MATCH (u)<-[m:MEMBER_OF]-(o:Officer) OPTIONAL MATCH (md:Document {id: m.docId})
      WITH o, m, u, md ORDER BY o.name, o.label, o.id
      WITH o, md, ${membership} AS item
      RETURN item {.*, carriedOfficer: ${project.officer('o')}, carriedDocument: ${project.document('md')}} } AS members`);
  }
  return `MATCH (u:Unit {id: $id}) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
     WITH u, head(collect(f)) AS f
     RETURN ${columns.join(',\n  ')}`;
}

export async function readUnitProfile(read: ReadFn, id: string, parts: UnitParts): Promise<UnitProfile | null> {
  const [row] = await read<UnitProfile>(unitProfileCypher(parts), { id });
  return row ?? null;
}
