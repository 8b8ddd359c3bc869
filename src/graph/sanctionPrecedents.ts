/**
 * Sanction precedents: over the proceedings that match a lawyer's case (Standards breached, the
 * finding, force, years, conduct words), how often each outcome was imposed, with examples that
 * quote the finding and the sanction and name any ruling that reviewed them.
 */
import type { ReadFn } from './statistics.js';

export interface SanctionFilter {
  standards: readonly string[];
  finding: string | null;
  force: string | null;
  fromYear: number | null;
  toYear: number | null;
  /** Conduct words, a Lucene query over the pages of the proceeding's documents. */
  text: string | null;
  /** Examples per outcome. */
  first: number;
}

interface SourceMap {
  docId: string;
  page: number | null;
  start: number | null;
  end: number | null;
  quote: string | null;
}

export interface SanctionExampleRow {
  proceedingId: string;
  sanction: { id: string; outcome: string; officerId: string | null; proceedingId: string; source: SourceMap };
  finding: { id: string; standard: string | null; finding: string | null; officerId: string | null; proceedingId: string; source: SourceMap } | null;
  reviews: { rulingId: string; proceedingId: string; officerId: string | null; confidence: number | null; reasons: string[] | null }[];
}

export interface SanctionBucketRow {
  outcome: string;
  count: number;
  share: number;
  examples: SanctionExampleRow[];
}

export interface SanctionPrecedentsRow {
  proceedings: number;
  buckets: SanctionBucketRow[];
}

/** An allegation that matches the lawyer's Standards and finding; `a` is the allegation. */
const MATCHING_ALLEGATION = `(size($standards) = 0 OR a.standard IN $standards) AND ($finding IS NULL OR a.finding = $finding)`;

/** The year a proceeding was decided (or heard, when undated), for the year range. */
const YEAR = `toInteger(left(coalesce(p.decisionDate, p.hearingDate), 4))`;

export async function sanctionPrecedents(read: ReadFn, f: SanctionFilter): Promise<SanctionPrecedentsRow> {
  // Start from the narrowest side: the conduct words, else the allegations (indexed on standard
  // and finding), and only with neither from every proceeding.
  const start = f.text
    ? `CALL db.index.fulltext.queryNodes('page_text', $text) YIELD node
       MATCH (node)<-[:HAS_PAGE]-(:Document)-[:RECORDS|DESCRIBES]->(p:Proceeding) WITH DISTINCT p`
    : f.standards.length || f.finding
      ? `MATCH (a:Allegation) WHERE ${MATCHING_ALLEGATION}
         MATCH (p:Proceeding)-[:HAS_ALLEGATION]->(a) WITH DISTINCT p`
      : `MATCH (p:Proceeding)`;
  const rows = await read<{ total: number; outcome: string; n: number } & SanctionExampleRow>(
    `${start}
     WITH p WHERE ($force IS NULL OR p.force = $force)
       AND ($fromYear IS NULL OR ${YEAR} >= $fromYear) AND ($toYear IS NULL OR ${YEAR} <= $toYear)
       AND EXISTS { (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${MATCHING_ALLEGATION} }
       AND EXISTS { (p)-[:HAS_OUTCOME]->(:Outcome) }
     WITH collect(p) AS ps
     WITH ps, size(ps) AS total
     UNWIND ps AS p
     MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome) WHERE oc.outcome IS NOT NULL
     WITH total, p, oc ORDER BY coalesce(p.decisionDate, p.hearingDate) DESC, p.id, oc.page, oc.start
     WITH total, oc.outcome AS outcome, p, head(collect(oc)) AS oc
     WITH total, outcome, count(p) AS n, collect({p: p, oc: oc})[0..$first] AS ex
     UNWIND ex AS e
     WITH total, outcome, n, e.p AS p, e.oc AS oc
     OPTIONAL MATCH (so:Officer)-[:RECEIVED]->(oc)
     WITH total, outcome, n, p, oc, head(collect(so.id)) AS sanctionOfficer
     RETURN total, outcome, n, p.id AS proceedingId,
       {id: oc.id, outcome: oc.outcome, officerId: sanctionOfficer, proceedingId: p.id,
        source: {docId: oc.docId, page: oc.page, start: oc.start, end: oc.end, quote: oc.quote}} AS sanction,
       head(COLLECT {
         MATCH (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${MATCHING_ALLEGATION}
         OPTIONAL MATCH (a)-[:AGAINST]->(ao:Officer)
         WITH a, ao ORDER BY a.page, a.start
         RETURN {id: a.id, standard: a.standard, finding: a.finding, officerId: ao.id, proceedingId: p.id,
                 source: {docId: a.docId, page: a.page, start: a.start, end: a.end, quote: a.quote}}
       }) AS finding,
       COLLECT {
         MATCH (p)<-[rv:REVIEWS]-(d:Document)
         WITH rv, d ORDER BY d.decisionDate, d.id
         RETURN {rulingId: d.id, proceedingId: p.id, officerId: rv.officerId, confidence: rv.confidence, reasons: rv.reasons}
       } AS reviews`,
    {
      text: f.text, standards: [...f.standards], finding: f.finding, force: f.force,
      fromYear: f.fromYear, toYear: f.toYear, first: f.first,
    },
  );
  const buckets = new Map<string, SanctionBucketRow>();
  let proceedings = 0;
  for (const r of rows) {
    proceedings = r.total;
    let b = buckets.get(r.outcome);
    if (!b) buckets.set(r.outcome, (b = { outcome: r.outcome, count: r.n, share: r.total ? r.n / r.total : 0, examples: [] }));
    b.examples.push({ proceedingId: r.proceedingId, sanction: r.sanction, finding: r.finding, reviews: r.reviews });
  }
  return { proceedings, buckets: [...buckets.values()].sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome)) };
}
