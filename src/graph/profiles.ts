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
  type DocumentColumn,
  type MembershipColumn,
  type OfficerColumn,
  type SourceColumn,
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

/** The documents named by `ids` (a list expression), each once, with the columns named (all by default). */
const documentsOf = (ids: string, columns?: readonly DocumentColumn[]) => `COLLECT {
      UNWIND ${ids} AS did WITH DISTINCT did
      MATCH (d:Document {id: did})
      RETURN ${project.document('d', columns)} }`;

/**
 * What a profile's rows must hold: the columns the request reads of each kind of row (src/server
 * works them out from the operation). Left out, a kind is read whole.
 */
export interface ProfileColumns {
  document?: readonly DocumentColumn[];
  officer?: readonly OfficerColumn[];
  membership?: readonly MembershipColumn[];
  source?: readonly SourceColumn[];
}

/** Built statements by their shape; bounded, since the shapes come from clients' operations. */
class StatementCache {
  private readonly built = new Map<string, string>();
  constructor(private readonly max = 500) {}

  get(key: string, build: () => string): string {
    let cypher = this.built.get(key);
    if (cypher === undefined) {
      if (this.built.size >= this.max) this.built.clear();
      this.built.set(key, (cypher = build()));
    }
    return cypher;
  }
}

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

/** The statement for an officer and the lists named, in a fixed order so equal requests share a plan; built once per shape. */
const officerStatements = new StatementCache();

export function officerProfileCypher(lists: ReadonlySet<OfficerList>, columns: ProfileColumns = {}): string {
  const names = (Object.keys(OFFICER_LISTS) as OfficerList[]).filter((k) => lists.has(k));
  return officerStatements.get(JSON.stringify([names, columns.document, columns.officer]), () => buildOfficerProfile(names, columns));
}

function buildOfficerProfile(names: readonly OfficerList[], columns: ProfileColumns): string {
  const ids = names.flatMap((k) => DOCUMENT_IDS[k] ?? []);
  return `MATCH (o:Officer {id: $id})
    WITH ${['o', ...names.map((k) => `${OFFICER_LISTS[k]} AS ${k}`)].join(',\n  ')}
    RETURN ${[`${project.officer('o', columns.officer)} AS officer`, ...names, `${ids.length ? documentsOf(ids.join(' + '), columns.document) : '[]'} AS documents`].join(
      ',\n  ',
    )}`;
}

export async function readOfficerProfile(read: Read, id: string, lists: ReadonlySet<OfficerList>, columns?: ProfileColumns): Promise<OfficerProfile | null> {
  const [row] = await read<OfficerProfile>(officerProfileCypher(lists, columns), { id });
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

const unitStatements = new StatementCache();

export function unitProfileCypher(parts: UnitParts, columns: ProfileColumns = {}): string {
  return unitStatements.get(JSON.stringify([parts.officerCount, parts.members, columns]), () => buildUnitProfile(parts, columns));
}

function buildUnitProfile(parts: UnitParts, read: ProfileColumns): string {
  const columns = [`${project.unit('u', 'f')} AS unit`];
  // Only officers serve in a force: the stored degree, as the forceOfficerCount loader reads it.
  if (parts.officerCount) columns.push(`CASE WHEN f IS NULL THEN null ELSE COUNT { (f)<-[:SERVES_IN]-() } END AS officerCount`);
  const members = parts.members
    ? `COLLECT {
      MATCH (u)<-[m:MEMBER_OF]-(o:Officer)
      WITH o, m, u ORDER BY o.name, o.label, o.id
      WITH o, ${project.membership(read.membership, read.source)} AS item
      RETURN item {.*, carriedOfficer: ${project.officer('o', read.officer)}} } AS members`
    : '[] AS members';
  if (parts.members) columns.push('members', `${documentsOf('[x IN members | x.source.docId]', read.document)} AS documents`);
  return `MATCH (u:Unit {id: $id}) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
     WITH u, head(collect(f)) AS f
     WITH u, f, ${members}
     RETURN ${columns.join(',\n  ')}`;
}

export async function readUnitProfile(read: Read, id: string, parts: UnitParts, columns?: ProfileColumns): Promise<UnitProfile | null> {
  const [row] = await read<UnitProfile>(unitProfileCypher(parts, columns), { id });
  return row ?? null;
}
