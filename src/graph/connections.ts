import neo4j from 'neo4j-driver';
import type { Read } from './read.js';

/**
 * How officers, units and proceedings connect. Links between officers are derived, not stored:
 * two officers are linked when the graph shows them in the same unit at about the same time, in
 * the same proceeding, or complained about by the same (pseudonymous) complainant.
 *
 * "At about the same time": MEMBER_OF carries a period, `from` and `to` as the document gives them
 * and `periodStart`/`periodEnd` as whole days (src/domain/periods.ts: partial dates widen to the whole month or
 * year, an open end stands for the known one). Two memberships of one unit overlap when the gap
 * between their periods is at most `windowDays` (0 when they intersect). A membership with no known
 * end links nobody, because nothing shows the two served together.
 */

export const LINK_KINDS = ['SHARED_UNIT', 'SHARED_PROCEEDING', 'SHARED_COMPLAINANT'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const MAX_CONNECTION_DEPTH = 3;
export const DEFAULT_OVERLAP_DAYS = 365;
export const MAX_OVERLAP_DAYS = 3650;
/** Bounds one hop's rows, so a large unit cannot make a depth-3 search read the whole graph. */
const MAX_LINKS_PER_HOP = 5000;
/** Period bounds that `date()` can read; anything else is treated as unknown rather than failing the query. */
export const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}.*';

export interface OfficerLink {
  kind: LinkKind;
  from: string;
  to: string;
  unitId: string | null;
  proceedingId: string | null;
  /** Complainant pseudonym; never anything else about the complainant. */
  complainant: string | null;
  fromAsOf: string | null;
  toAsOf: string | null;
}

export interface ConnectionStep {
  from: string;
  to: string;
  /** Every link between the two officers, not just one: a shared unit and a shared proceeding say more together. */
  links: OfficerLink[];
}

export interface ConnectedOfficer {
  officerId: string;
  distance: number;
  path: ConnectionStep[];
}

/** Days between two membership periods (0 when they intersect), for the overlap test (Cypher). */
export const periodGap = (a: string, b: string) => `CASE
      WHEN date(left(${a}.periodEnd, 10)) < date(left(${b}.periodStart, 10)) THEN duration.inDays(date(left(${a}.periodEnd, 10)), date(left(${b}.periodStart, 10))).days
      WHEN date(left(${b}.periodEnd, 10)) < date(left(${a}.periodStart, 10)) THEN duration.inDays(date(left(${b}.periodEnd, 10)), date(left(${a}.periodStart, 10))).days
      ELSE 0 END`;
/** Both memberships have a period `date()` can read; anything else is unknown rather than failing the query. */
export const bothDated = (a: string, b: string) => `${a}.periodStart =~ $iso AND ${a}.periodEnd =~ $iso AND ${b}.periodStart =~ $iso AND ${b}.periodEnd =~ $iso`;

const LINKS = `
  UNWIND $ids AS id
  MATCH (a:Officer {id: id})
  CALL (a) {
    MATCH (a)-[ma:MEMBER_OF]->(u:Unit)<-[mb:MEMBER_OF]-(b:Officer)
    WHERE 'SHARED_UNIT' IN $kinds AND b <> a AND ${bothDated('ma', 'mb')} AND ${periodGap('ma', 'mb')} <= $window
    WITH b, u, ma, mb ORDER BY ${periodGap('ma', 'mb')}
    WITH b, u, head(collect([ma.periodStart, mb.periodStart])) AS closest
    RETURN b.id AS to, 'SHARED_UNIT' AS kind, u.id AS unitId, null AS proceedingId, null AS complainant, closest[0] AS fromAsOf, closest[1] AS toAsOf
    UNION
    MATCH (a)<-[:CONCERNS]-(p:Proceeding)-[:CONCERNS]->(b:Officer)
    WHERE 'SHARED_PROCEEDING' IN $kinds AND b <> a
    RETURN DISTINCT b.id AS to, 'SHARED_PROCEEDING' AS kind, null AS unitId, p.id AS proceedingId, null AS complainant, null AS fromAsOf, null AS toAsOf
    UNION
    MATCH (a)<-[:CONCERNS]-(:Proceeding)-[:COMPLAINANT]->(c:Complainant)<-[:COMPLAINANT]-(:Proceeding)-[:CONCERNS]->(b:Officer)
    WHERE 'SHARED_COMPLAINANT' IN $kinds AND b <> a
    RETURN DISTINCT b.id AS to, 'SHARED_COMPLAINANT' AS kind, null AS unitId, null AS proceedingId, c.pseudonym AS complainant, null AS fromAsOf, null AS toAsOf
  }
  RETURN a.id AS from, to, kind, unitId, proceedingId, complainant, fromAsOf, toAsOf
  ORDER BY from, to, kind, unitId, proceedingId, complainant
  LIMIT $limit`;

/** Links from each of `ids` to other officers: one query for the whole set. */
export async function officerLinks(read: Read, ids: readonly string[], kinds: readonly LinkKind[], windowDays: number): Promise<OfficerLink[]> {
  if (ids.length === 0 || kinds.length === 0) return [];
  return read<OfficerLink>(LINKS, { ids, kinds, window: windowDays, iso: ISO_DATE, limit: neo4j.int(MAX_LINKS_PER_HOP) });
}

/**
 * Officers within `depth` links of `officerId`, each with one shortest path to it. Breadth-first,
 * one query per hop for the whole frontier, so depth 3 costs three queries however many officers
 * it reaches. When several officers of the previous hop reach a new one, the path goes through the
 * one with the smallest id, so answers are stable.
 */
export async function connectedOfficers(
  read: Read,
  officerId: string,
  options: { depth: number; kinds: readonly LinkKind[]; windowDays: number },
): Promise<ConnectedOfficer[]> {
  const paths = new Map<string, ConnectionStep[]>([[officerId, []]]);
  const found: ConnectedOfficer[] = [];
  let frontier = [officerId];
  for (let distance = 1; distance <= options.depth && frontier.length > 0; distance++) {
    const links = await officerLinks(read, frontier, options.kinds, options.windowDays);
    const steps = new Map<string, ConnectionStep>();
    for (const link of links) {
      if (paths.has(link.to)) continue;
      const step = steps.get(link.to);
      // Rows come sorted by `from`, so the first `from` seen for a target is the smallest.
      if (!step) steps.set(link.to, { from: link.from, to: link.to, links: [link] });
      else if (step.from === link.from) step.links.push(link);
    }
    frontier = [];
    for (const [to, step] of steps) {
      const path = [...(paths.get(step.from) ?? []), step];
      paths.set(to, path);
      found.push({ officerId: to, distance, path });
      frontier.push(to);
    }
  }
  return found.sort((a, b) => a.distance - b.distance || a.officerId.localeCompare(b.officerId));
}

// ---------------------------------------------------------------------------------------------
// Shortest path between any two entities
// ---------------------------------------------------------------------------------------------

export const ENTITY_KINDS = ['OFFICER', 'UNIT', 'PROCEEDING', 'DOCUMENT', 'COMPLAINANT', 'MENTION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface PathNode {
  kind: EntityKind;
  id: string;
  name: string | null;
}

export interface PathRelationship {
  type: string;
  from: string;
  to: string;
}

export interface GraphPath {
  nodes: PathNode[];
  relationships: PathRelationship[];
}

export const MAX_PATH_LENGTH = 10;
export const DEFAULT_PATH_LENGTH = 6;

/**
 * What a path may walk along. Forces, cases and legislation are left out: every officer of a force
 * SERVES_IN it and many judgments cite the same leading case, so paths through them would be short
 * and say nothing. POSSIBLY_SAME is an unconfirmed guess, so it is left out too.
 */
const PATH_RELATIONSHIPS = 'MENTIONS|RESOLVED_TO|RECORDS|CONCERNS|COMPLAINANT|MEMBER_OF|NAMES_UNIT|REVIEWS';

// Complainants are shown by pseudonym only; a Complainant node holds nothing else.
const NODE = (n: string) => `CASE
    WHEN ${n}:Officer THEN {kind: 'OFFICER', id: ${n}.id, name: coalesce(${n}.name, ${n}.label)}
    WHEN ${n}:Unit THEN {kind: 'UNIT', id: ${n}.id, name: ${n}.name}
    WHEN ${n}:Proceeding THEN {kind: 'PROCEEDING', id: ${n}.id, name: null}
    WHEN ${n}:Document THEN {kind: 'DOCUMENT', id: ${n}.id, name: coalesce(${n}.title, ${n}.file)}
    WHEN ${n}:Complainant THEN {kind: 'COMPLAINANT', id: ${n}.pseudonym, name: ${n}.pseudonym}
    WHEN ${n}:OfficerMention THEN {kind: 'MENTION', id: ${n}.id, name: coalesce(${n}.name, ${n}.label)}
  END`;

const ENTITY = `
  CALL (key) {
    MATCH (n:Officer {id: key}) RETURN n
    UNION MATCH (n:Unit {id: key}) RETURN n
    UNION MATCH (n:Proceeding {id: key}) RETURN n
    UNION MATCH (n:Document {id: key}) RETURN n
    UNION MATCH (n:Complainant {pseudonym: key}) RETURN n
  }`;

/** The nodes an id names: none, one, or (if two kinds share an id) several. */
export async function findEntities(read: Read, ids: readonly string[]): Promise<Map<string, { element: string; node: PathNode }[]>> {
  const rows = await read<{ key: string; element: string; node: PathNode }>(`UNWIND $ids AS key ${ENTITY} RETURN key, elementId(n) AS element, ${NODE('n')} AS node`, {
    ids: [...new Set(ids)],
  });
  const out = new Map<string, { element: string; node: PathNode }[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.key)?.push({ element: r.element, node: r.node });
  return out;
}

/**
 * One shortest path (undirected) between two nodes given by element id, or null when none is
 * within `maxLength`. Relationships keep their own direction in `from` and `to`.
 */
export async function shortestPath(read: Read, fromElement: string, toElement: string, maxLength: number): Promise<GraphPath | null> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) throw new RangeError(`maxLength ${maxLength}`);
  const [row] = await read<{ nodes: PathNode[]; steps: { type: string; forward: boolean }[] }>(
    // shortestPath() refuses equal end points; the caller answers that case without a query.
    // The length bound has to be a literal in Cypher; it is a checked integer, never user text.
    `MATCH (a) WHERE elementId(a) = $a
     MATCH (b) WHERE elementId(b) = $b AND b <> a
     MATCH p = shortestPath((a)-[:${PATH_RELATIONSHIPS}*..${maxLength}]-(b))
     WITH nodes(p) AS ns, relationships(p) AS rs
     RETURN [n IN ns | ${NODE('n')}] AS nodes,
            [i IN range(0, size(rs) - 1) | {type: type(rs[i]), forward: startNode(rs[i]) = ns[i]}] AS steps`,
    { a: fromElement, b: toElement },
  );
  if (!row) return null;
  const relationships = row.steps.map((s, i) => {
    const [here, next] = [row.nodes[i]!.id, row.nodes[i + 1]!.id];
    return { type: s.type, from: s.forward ? here : next, to: s.forward ? next : here };
  });
  return { nodes: row.nodes, relationships };
}

// ---------------------------------------------------------------------------------------------
// Unit network
// ---------------------------------------------------------------------------------------------

export interface UnitLink {
  a: string;
  b: string;
  officerIds: string[];
}

/**
 * Pairs of units linked by officers recorded in both, at any time (a transfer is the point), most
 * shared officers first. `force` keeps pairs where either unit belongs to that force; `unitId`
 * keeps the pairs one unit is part of.
 */
export async function unitNetwork(read: Read, options: { force: string | null; unitId: string | null; minShared: number; limit: number }): Promise<UnitLink[]> {
  return read<UnitLink>(
    `MATCH (u1:Unit)<-[:MEMBER_OF]-(o:Officer)-[:MEMBER_OF]->(u2:Unit)
     WHERE u1.id < u2.id
       AND ($unitId IS NULL OR u1.id = $unitId OR u2.id = $unitId)
       AND ($force IS NULL OR EXISTS { (u1)-[:PART_OF]->(f:Force) WHERE toLower(f.name) = toLower($force) }
                         OR EXISTS { (u2)-[:PART_OF]->(f:Force) WHERE toLower(f.name) = toLower($force) })
     WITH DISTINCT u1, u2, o ORDER BY o.id
     WITH u1, u2, collect(o.id) AS officerIds
     WHERE size(officerIds) >= $minShared
     RETURN u1.id AS a, u2.id AS b, officerIds
     ORDER BY size(officerIds) DESC, a, b LIMIT $limit`,
    { ...options, limit: neo4j.int(options.limit) },
  );
}
