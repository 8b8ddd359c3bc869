import {
  project,
  type AllegationRow,
  type DocumentRow,
  type MembershipRow,
  type MentionRow,
  type OfficerRow,
  type OutcomeRow,
  type ProceedingRow,
  type RankPeriodRow,
  type ReviewRow,
  type UnitRow,
  type Carried,
} from './rows.js';
import type { Read } from './read.js';

/**
 * An officer's or a unit's profile in one statement: the node and each list the request asks for
 * as a COLLECT subquery, ordered and projected exactly as the per-field loaders in
 * src/server/loaders.ts do (with the units and officers they carry, and every document they cite
 * once), so a profile is one round trip and one transaction instead of one per list. Measured with bench:api: seven
 * statements in parallel cost more on a small server than one that reads the same records.
 */

type WithCarried<T> = T & Carried;

export const OFFICER_LISTS = {
  mentions: `COLLECT {
      MATCH (o)<-[r:RESOLVED_TO]-(m:OfficerMention)<-[:MENTIONS]-(d:Document)
      WITH d, m, r, o ORDER BY d.decisionDate, d.id, m.page, m.start
      RETURN ${project.mention('d.id')} }`,
  units: `COLLECT {
      MATCH (o)-[m:MEMBER_OF]->(u:Unit) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
      WITH o, m, u, f ORDER BY m.periodStart, u.id
      WITH u, f, ${project.membership()} AS item
      RETURN item {.*, carriedUnit: ${project.unit('u', 'f')}} }`,
  proceedings: `COLLECT {
      MATCH (o)<-[:CONCERNS]-(p:Proceeding)
      WITH p ORDER BY coalesce(p.decisionDate, p.hearingDate, p.incidentDate), p.id
      RETURN ${project.proceeding('p')} }`,
  allegations: `COLLECT {
      MATCH (o)<-[:AGAINST]-(a:Allegation)
      OPTIONAL MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a)
      WITH o, a, p ORDER BY a.docId, a.page, a.start
      RETURN ${project.allegation()} }`,
  outcomes: `COLLECT {
      MATCH (o)-[:RECEIVED]->(oc:Outcome)
      OPTIONAL MATCH (p:Proceeding)-[:HAS_OUTCOME]->(oc)
      WITH o, oc, p ORDER BY oc.docId, oc.page, oc.start
      RETURN ${project.outcome()} }`,
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
      RETURN ${project.review()} }`,
} as const;

/** Where each list names its documents: the profile reads each of them once, however many items cite it. */
const DOCUMENT_IDS: Partial<Record<keyof typeof OFFICER_LISTS, string>> = {
  mentions: '[x IN mentions | x.source.docId]',
  allegations: '[x IN allegations | x.source.docId]',
  outcomes: '[x IN outcomes | x.source.docId]',
  ranks: '[x IN ranks | x.source.docId]',
  rulings: '[x IN rulings | x.rulingId]',
};

/** The documents named by `ids` (a list expression), each once. */
const documentsOf = (ids: string) => `COLLECT {
      UNWIND ${ids} AS did WITH DISTINCT did
      MATCH (d:Document {id: did})
      RETURN ${project.document('d')} }`;

export type OfficerList = keyof typeof OFFICER_LISTS;

export interface OfficerProfile {
  officer: OfficerRow;
  /** Every document the lists read cite, once. */
  documents: DocumentRow[];
  mentions?: MentionRow[];
  units?: WithCarried<MembershipRow>[];
  proceedings?: ProceedingRow[];
  allegations?: AllegationRow[];
  outcomes?: OutcomeRow[];
  ranks?: RankPeriodRow[];
  rulings?: ReviewRow[];
}

/** The statement for an officer and the lists named, in a fixed order so equal requests share a plan. */
/** One statement per combination of lists (at most 128), built once. */
const officerStatements = new Map<string, string>();

export function officerProfileCypher(lists: ReadonlySet<OfficerList>): string {
  const names = (Object.keys(OFFICER_LISTS) as OfficerList[]).filter((k) => lists.has(k));
  const key = names.join();
  let cypher = officerStatements.get(key);
  if (cypher === undefined) officerStatements.set(key, (cypher = buildOfficerProfile(names)));
  return cypher;
}

function buildOfficerProfile(names: readonly OfficerList[]): string {
  const ids = names.flatMap((k) => DOCUMENT_IDS[k] ?? []);
  return `MATCH (o:Officer {id: $id})
    WITH ${['o', ...names.map((k) => `${OFFICER_LISTS[k]} AS ${k}`)].join(',\n  ')}
    RETURN ${[`${project.officer('o')} AS officer`, ...names, `${ids.length ? documentsOf(ids.join(' + ')) : '[]'} AS documents`].join(',\n  ')}`;
}

export async function readOfficerProfile(read: Read, id: string, lists: ReadonlySet<OfficerList>): Promise<OfficerProfile | null> {
  const [row] = await read<OfficerProfile>(officerProfileCypher(lists), { id });
  return row ?? null;
}

export interface UnitProfile {
  unit: UnitRow;
  /** Officers serving in the unit's force, when asked for; null without a force. */
  officerCount?: number | null;
  members?: WithCarried<MembershipRow>[];
  /** The members' source documents, each once. */
  documents?: DocumentRow[];
}

export interface UnitParts {
  officerCount: boolean;
  members: boolean;
}

export function unitProfileCypher(parts: UnitParts): string {
  const columns = [`${project.unit('u', 'f')} AS unit`];
  // Only officers serve in a force: the stored degree, as the forceOfficerCount loader reads it.
  if (parts.officerCount) columns.push(`CASE WHEN f IS NULL THEN null ELSE COUNT { (f)<-[:SERVES_IN]-() } END AS officerCount`);
  const members = parts.members
    ? `COLLECT {
      MATCH (u)<-[m:MEMBER_OF]-(o:Officer)
      WITH o, m, u ORDER BY o.name, o.label, o.id
      WITH o, ${project.membership()} AS item
      RETURN item {.*, carriedOfficer: ${project.officer('o')}} } AS members`
    : '[] AS members';
  if (parts.members) columns.push('members', `${documentsOf('[x IN members | x.source.docId]')} AS documents`);
  return `MATCH (u:Unit {id: $id}) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
     WITH u, head(collect(f)) AS f
     WITH u, f, ${members}
     RETURN ${columns.join(',\n  ')}`;
}

export async function readUnitProfile(read: Read, id: string, parts: UnitParts): Promise<UnitProfile | null> {
  const [row] = await read<UnitProfile>(unitProfileCypher(parts), { id });
  return row ?? null;
}
