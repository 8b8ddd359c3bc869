import neo4j from 'neo4j-driver';
import { daysApart, ISO_DATE } from './connections.js';
import type { Read } from './read.js';

/**
 * Repeat patterns for investigators. Complainants appear only as their keyed pseudonyms; the
 * documents' own labels ("Ms A") are per document and cannot be told apart across documents, so
 * they take no part in counting complainants.
 */

/** Findings that establish misconduct. Practice requiring improvement is not misconduct (reg. 2). */
export const PROVEN_FINDINGS: readonly string[] = ['gross_misconduct', 'misconduct'];

export interface ColleagueRow {
  officerId: string;
  asOf: string;
  provenFindings: number;
}

export interface UnitColleaguesRow {
  unitId: string;
  daysApart: number;
  officers: [ColleagueRow, ColleagueRow];
}

/**
 * Pairs of officers recorded in the same unit within `windowDays` of each other (see
 * connections.ts for what overlap means with one date per membership), both with at least one
 * proven finding against them at any time. A pair recorded together several times is reported
 * once per unit, at its closest pair of dates.
 */
export async function colleaguesWithProvenFindings(
  read: Read,
  options: { windowDays: number; force: string | null; limit: number },
): Promise<UnitColleaguesRow[]> {
  return read<UnitColleaguesRow>(
    `MATCH (a:Officer)-[ma:MEMBER_OF]->(u:Unit)<-[mb:MEMBER_OF]-(b:Officer)
     WHERE a.id < b.id AND ma.asOf =~ $iso AND mb.asOf =~ $iso AND ${daysApart('ma.asOf', 'mb.asOf')} <= $window
       AND ($force IS NULL OR EXISTS { (u)-[:PART_OF]->(f:Force) WHERE toLower(f.name) = toLower($force) })
     WITH u, a, b, ma, mb, ${daysApart('ma.asOf', 'mb.asOf')} AS gap ORDER BY gap
     WITH u, a, b, head(collect({a: ma.asOf, b: mb.asOf, gap: gap})) AS closest
     WITH u, a, b, closest,
          COUNT { (a)<-[:AGAINST]-(x:Allegation) WHERE x.finding IN $proven } AS provenA,
          COUNT { (b)<-[:AGAINST]-(x:Allegation) WHERE x.finding IN $proven } AS provenB
     WHERE provenA > 0 AND provenB > 0
     RETURN u.id AS unitId, closest.gap AS daysApart,
            [{officerId: a.id, asOf: closest.a, provenFindings: provenA}, {officerId: b.id, asOf: closest.b, provenFindings: provenB}] AS officers
     ORDER BY daysApart, unitId, officers[0].officerId, officers[1].officerId
     LIMIT $limit`,
    { window: options.windowDays, force: options.force, iso: ISO_DATE, proven: PROVEN_FINDINGS, limit: neo4j.int(options.limit) },
  );
}

export interface RepeatOfficerRow {
  officerId: string;
  matters: number;
  proceedingIds: string[];
  complainants: string[];
}

/**
 * Officers with at least `minMatters` separate matters or `minComplainants` distinct complainant
 * pseudonyms. Each document records its own Proceeding, so a hearing notice, its outcome and a
 * judgment about it are three proceedings of one matter. A matter is therefore counted as:
 * proceedings of a judgment that reviews another of the officer's proceedings are left out, and
 * proceedings with the same incident date (else hearing date) count once.
 */
export async function repeatOfficers(
  read: Read,
  options: { minMatters: number; minComplainants: number; force: string | null; limit: number },
): Promise<RepeatOfficerRow[]> {
  return read<RepeatOfficerRow>(
    `MATCH (o:Officer)<-[:CONCERNS]-(p:Proceeding)
     WHERE $force IS NULL OR toLower(coalesce(p.force, o.force)) = toLower($force)
     WITH o, collect(DISTINCT p) AS ps
     WITH o, ps,
          size(COLLECT {
            UNWIND ps AS p
            WITH p WHERE NOT EXISTS { (d:Document)-[:RECORDS]->(p) WHERE EXISTS { (d)-[:REVIEWS]->(:Proceeding)-[:CONCERNS]->(o) } }
            RETURN DISTINCT coalesce(p.incidentDate, p.hearingDate, p.id) AS matter
          }) AS matters,
          COLLECT { UNWIND ps AS p MATCH (p)-[:COMPLAINANT]->(c:Complainant) RETURN DISTINCT c.pseudonym AS pseudonym ORDER BY pseudonym } AS complainants
     WHERE matters >= $minMatters OR size(complainants) >= $minComplainants
     RETURN o.id AS officerId, matters, [p IN ps | p.id] AS proceedingIds, complainants
     ORDER BY matters DESC, size(complainants) DESC, officerId LIMIT $limit`,
    { ...options, limit: neo4j.int(options.limit) },
  );
}

export interface RepeatComplainantRow {
  pseudonym: string;
  officerIds: string[];
  proceedingIds: string[];
}

/** Complainant pseudonyms found in proceedings concerning at least `minOfficers` different officers. */
export async function repeatComplainants(read: Read, options: { minOfficers: number; limit: number }): Promise<RepeatComplainantRow[]> {
  return read<RepeatComplainantRow>(
    `MATCH (c:Complainant)<-[:COMPLAINANT]-(p:Proceeding)-[:CONCERNS]->(o:Officer)
     WITH c, collect(DISTINCT o.id) AS officerIds, collect(DISTINCT p.id) AS proceedingIds
     WHERE size(officerIds) >= $minOfficers
     RETURN c.pseudonym AS pseudonym, officerIds, proceedingIds
     ORDER BY size(officerIds) DESC, pseudonym LIMIT $limit`,
    { minOfficers: options.minOfficers, limit: neo4j.int(options.limit) },
  );
}
