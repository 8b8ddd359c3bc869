/**
 * Sanction precedents: over the proceedings that match a lawyer's case (Standards breached, the
 * finding, force, years, conduct words), how often each outcome was imposed, with examples that
 * quote the finding and the sanction and name any ruling that reviewed them.
 */
import type { Read } from './read.js';

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

/** The kinds of outcome imposed in proceeding `p`, from its outcomes, sorted. */
const OUTCOME_KINDS = `COLLECT { MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome) WHERE oc.outcome IS NOT NULL WITH DISTINCT oc.outcome AS k ORDER BY k RETURN k }`;

/**
 * Each proceeding keeps the kinds of outcome imposed in it as `outcomeKinds`, so counting outcomes
 * over thousands of matching proceedings reads one property of each instead of walking every
 * relationship of every one (a proceeding holds dozens of allegations, mentions and records).
 * Whatever adds or removes a proceeding's outcomes runs this for the proceedings it touched: the
 * writer after a document's facts, deleteDocument after removing them, the bench generator.
 */
export const REFRESH_OUTCOME_KINDS = `
  UNWIND $procIds AS id
  MATCH (p:Proceeding {id: id})
  SET p.outcomeKinds = ${OUTCOME_KINDS}`;

/** The allegation filter as Cypher over `a`, only the parts given, so an index on them can be used ('true' for none). */
function allegationWhere(f: SanctionFilter): string {
  return [f.standards.length ? 'a.standard IN $standards' : null, f.finding ? 'a.finding = $finding' : null].filter(Boolean).join(' AND ') || 'true';
}

/** The year a proceeding was decided (or heard, when undated), for the year range. */
const YEAR = `toInteger(left(coalesce(p.decisionDate, p.hearingDate), 4))`;

/**
 * Where the matching proceedings are found: from the conduct words (full-text), else from the
 * matching allegations (composite index on Standard and finding), else by force (index), and only
 * with none of them from every proceeding. The rest of the filter applies to what this yields;
 * `checked` says the allegation filter is already met.
 */
function startFrom(f: SanctionFilter): { cypher: string; checked: boolean } {
  if (f.text) {
    return {
      cypher: `CALL db.index.fulltext.queryNodes('page_text', $text) YIELD node
               MATCH (node)<-[:HAS_PAGE]-(:Document)-[:RECORDS|DESCRIBES]->(p:Proceeding) WITH DISTINCT p`,
      checked: false,
    };
  }
  if (f.standards.length || f.finding) {
    // Only proceedings have allegations: no label check on the thousands of them.
    return { cypher: `MATCH (a:Allegation) WHERE ${allegationWhere(f)} MATCH (p)-[:HAS_ALLEGATION]->(a) WITH DISTINCT p`, checked: true };
  }
  return { cypher: f.force ? 'MATCH (p:Proceeding) WHERE p.force = $force' : 'MATCH (p:Proceeding)', checked: true };
}

export async function sanctionPrecedents(read: Read, f: SanctionFilter): Promise<SanctionPrecedentsRow> {
  const start = startFrom(f);
  const where = [
    f.force ? 'p.force = $force' : null,
    f.fromYear !== null ? `${YEAR} >= $fromYear` : null,
    f.toYear !== null ? `${YEAR} <= $toYear` : null,
    start.checked ? null : `EXISTS { (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${allegationWhere(f)} }`,
  ].filter(Boolean);
  // One row per matching proceeding with the kinds of outcome it imposed, newest first; then per
  // kind the count and the newest `first` proceedings, and only for those the quoted facts.
  const rows = await read<{ total: number; outcome: string; n: number; k: number } & SanctionExampleRow>(
    `${start.cypher}
     ${where.length ? `WITH p WHERE ${where.join(' AND ')}` : ''}
     // A proceeding written before outcomeKinds existed has its kinds counted from its outcomes (evaluated only then).
     WITH p, CASE WHEN p.outcomeKinds IS NULL THEN ${OUTCOME_KINDS} ELSE p.outcomeKinds END AS kinds
     WHERE size(kinds) > 0
     WITH p, kinds, coalesce(p.decisionDate, p.hearingDate) AS decided, p.id AS id ORDER BY decided DESC, id
     WITH collect({p: p, kinds: kinds}) AS matched
     WITH size(matched) AS total, matched
     UNWIND matched AS m
     UNWIND m.kinds AS outcome
     WITH total, outcome, collect(m.p) AS ps
     WITH total, outcome, size(ps) AS n, ps[0..$first] AS ex
     UNWIND range(0, size(ex) - 1) AS k
     WITH total, outcome, n, k, ex[k] AS p
     CALL (p, outcome) {
       MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome {outcome: outcome})
       WITH oc ORDER BY oc.page, oc.start LIMIT 1
       RETURN oc
     }
     RETURN total, outcome, n, k, p.id AS proceedingId,
       {id: oc.id, outcome: oc.outcome, officerId: head(COLLECT { MATCH (so:Officer)-[:RECEIVED]->(oc) RETURN so.id }), proceedingId: p.id,
        source: {docId: oc.docId, page: oc.page, start: oc.start, end: oc.end, quote: oc.quote}} AS sanction,
       head(COLLECT {
         MATCH (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${allegationWhere(f)}
         OPTIONAL MATCH (a)-[:AGAINST]->(ao:Officer)
         WITH a, ao ORDER BY a.page, a.start
         RETURN {id: a.id, standard: a.standard, finding: a.finding, officerId: ao.id, proceedingId: p.id,
                 source: {docId: a.docId, page: a.page, start: a.start, end: a.end, quote: a.quote}}
       }) AS finding,
       COLLECT {
         MATCH (p)<-[rv:REVIEWS]-(d:Document)
         WITH rv, d ORDER BY d.decisionDate, d.id
         RETURN {rulingId: d.id, proceedingId: p.id, officerId: rv.officerId, confidence: rv.confidence, reasons: rv.reasons}
       } AS reviews
     ORDER BY outcome, k`,
    {
      text: f.text,
      standards: [...f.standards],
      finding: f.finding,
      force: f.force,
      fromYear: f.fromYear,
      toYear: f.toYear,
      first: f.first,
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
