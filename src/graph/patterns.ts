import neo4j from 'neo4j-driver';
import { bothDated, ISO_DATE, periodGap } from './connections.js';
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
  /** The first day of the membership's period (kept for clients of the one-date model). */
  asOf: string;
  /** The period as the document gives it; either end may be open. */
  from: string | null;
  to: string | null;
  provenFindings: number;
}

export interface UnitColleaguesRow {
  unitId: string;
  daysApart: number;
  officers: [ColleagueRow, ColleagueRow];
}

/**
 * Pairs of officers recorded in the same unit with periods at most `windowDays` apart (0: they
 * intersect; see src/domain/periods.ts for open ends), both with at least one
 * proven finding against them at any time. A pair recorded together several times is reported
 * once per unit, at its closest pair of periods.
 */
export async function colleaguesWithProvenFindings(read: Read, options: { windowDays: number; force: string | null; limit: number }): Promise<UnitColleaguesRow[]> {
  return read<UnitColleaguesRow>(
    `MATCH (a:Officer)-[ma:MEMBER_OF]->(u:Unit)<-[mb:MEMBER_OF]-(b:Officer)
     WHERE a.id < b.id AND ${bothDated('ma', 'mb')} AND ${periodGap('ma', 'mb')} <= $window
       AND ($force IS NULL OR EXISTS { (u)-[:PART_OF]->(f:Force) WHERE toLower(f.name) = toLower($force) })
     WITH u, a, b, ma, mb, ${periodGap('ma', 'mb')} AS gap ORDER BY gap
     WITH u, a, b, head(collect({a: ma, b: mb, gap: gap})) AS closest
     WITH u, a, b, closest,
          COUNT { (a)<-[:AGAINST]-(x:Allegation) WHERE x.finding IN $proven } AS provenA,
          COUNT { (b)<-[:AGAINST]-(x:Allegation) WHERE x.finding IN $proven } AS provenB
     WHERE provenA > 0 AND provenB > 0
     RETURN u.id AS unitId, closest.gap AS daysApart,
            [{officerId: a.id, asOf: closest.a.periodStart, from: closest.a.from, to: closest.a.to, provenFindings: provenA},
             {officerId: b.id, asOf: closest.b.periodStart, from: closest.b.from, to: closest.b.to, provenFindings: provenB}] AS officers
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
 * pseudonyms. A notice, its outcome and a news page about the hearing record one proceeding, and a
 * ruling records none (it REVIEWS the proceeding), so a matter is a proceeding; proceedings that
 * still share an incident date (else hearing date) count once, as documents ingest could not join.
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
