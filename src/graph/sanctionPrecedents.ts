/**
 * Sanction precedents: over the proceedings that match a lawyer's case (Standards breached, the
 * finding, force, years, conduct words), how often each outcome was imposed, with examples that
 * quote the finding and the sanction and name any ruling that reviewed them.
 */
import type { Read } from './read.js';
import { KINDS, YEAR } from './sanctionTallies.js';

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

/** The allegation filter as Cypher over `a`, only the parts given, so an index on them can be used ('true' for none). */
function allegationWhere(f: SanctionFilter): string {
  return [f.standards.length ? 'a.standard IN $standards' : null, f.finding ? 'a.finding = $finding' : null].filter(Boolean).join(' AND ') || 'true';
}

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

/**
 * Per example row (`p`, `outcome`, `k`): the proceeding's first outcome of that kind, the first
 * allegation meeting the filter, and the rulings that reviewed the proceeding.
 */
function exampleColumns(f: SanctionFilter): string {
  return `CALL (p, outcome) {
       MATCH (p)-[:HAS_OUTCOME]->(oc:Outcome {outcome: outcome})
       WITH oc ORDER BY oc.page, oc.start LIMIT 1
       RETURN oc
     }
     RETURN outcome, k, p.id AS proceedingId,
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
     ORDER BY outcome, k`;
}

function params(f: SanctionFilter): Record<string, unknown> {
  return {
    text: f.text,
    standards: [...f.standards],
    // A tally's Standard and finding, '' for any.
    tallyStandard: f.standards[0] ?? '',
    tallyFinding: f.finding ?? '',
    finding: f.finding,
    force: f.force,
    fromYear: f.fromYear,
    toYear: f.toYear,
    first: f.first,
  };
}

type ExampleRow = { outcome: string; k: number } & SanctionExampleRow;
interface Counted {
  total: number;
  counts: Map<string, number>;
  examples: ExampleRow[];
}

/**
 * Counted over the proceedings themselves: for conduct words (the full-text index finds them) and
 * for two or more Standards (their union is not a sum of tallies).
 */
async function countDirectly(read: Read, f: SanctionFilter): Promise<Counted> {
  const start = startFrom(f);
  const where = [
    f.force ? 'p.force = $force' : null,
    f.fromYear !== null ? `${YEAR} >= $fromYear` : null,
    f.toYear !== null ? `${YEAR} <= $toYear` : null,
    start.checked ? null : `EXISTS { (p)-[:HAS_ALLEGATION]->(a:Allegation) WHERE ${allegationWhere(f)} }`,
  ].filter(Boolean);
  // One row per matching proceeding with the kinds of outcome it imposed, newest first; then per
  // kind the count and the newest `first` proceedings, and only for those the quoted facts.
  const rows = await read<{ total: number; n: number } & ExampleRow>(
    `${start.cypher}
     ${where.length ? `WITH p WHERE ${where.join(' AND ')}` : ''}
     // A proceeding written before outcomeKinds existed has its kinds counted from its outcomes (evaluated only then).
     WITH p, ${KINDS} AS kinds
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
     ${exampleColumns(f).replace('RETURN outcome, k,', 'RETURN total, n, outcome, k,')}`,
    params(f),
  );
  return { total: rows[0]?.total ?? 0, counts: new Map(rows.map((r) => [r.outcome, r.n])), examples: rows };
}

/** The tallies meeting the filter, as Cypher over `t`. */
function tallyWhere(f: SanctionFilter): string {
  return [
    `t.standard = $tallyStandard AND t.finding = $tallyFinding`,
    f.force ? 't.force = $force' : null,
    f.fromYear !== null ? 't.year >= $fromYear' : null,
    f.toYear !== null ? 't.year <= $toYear' : null,
  ]
    .filter(Boolean)
    .join(' AND ');
}

/**
 * Counted from the tallies (sanctionTallies.ts) meeting the filter: a total and per kind of outcome
 * a sum. The newest `first` examples of a kind are among the members of its latest years' tallies:
 * years are taken newest first until they hold `first` of that kind (ISO dates order as their years
 * do), with the undated ones, which sort first, always. One pass over the members of the union of
 * those tallies, newest first, gives every kind its examples: a kind that needed fewer years finds
 * its newest among them before any member of an older year.
 */
async function countFromTallies(read: Read, f: SanctionFilter): Promise<Counted> {
  const [found] = await read<{ tallies: { key: string; year: number | null; proceedings: number; outcomes: string[]; counts: number[] }[] }>(
    `MATCH (t:SanctionTally) WHERE ${tallyWhere(f)}
     RETURN collect({key: t.key, year: t.year, proceedings: t.proceedings, outcomes: t.outcomes, counts: t.counts}) AS tallies`,
    params(f),
  );
  const tallies = found?.tallies ?? [];
  let total = 0;
  const counts = new Map<string, number>();
  const byYear = new Map<string, Map<number, number>>();
  for (const t of tallies) {
    total += t.proceedings;
    t.outcomes.forEach((outcome, i) => {
      const n = t.counts[i]!;
      counts.set(outcome, (counts.get(outcome) ?? 0) + n);
      if (t.year !== null) {
        const years = byYear.get(outcome) ?? new Map<number, number>();
        byYear.set(outcome, years.set(t.year, (years.get(t.year) ?? 0) + n));
      }
    });
  }
  const years = new Set<number>();
  for (const perYear of byYear.values()) {
    let held = 0;
    for (const [year, n] of [...perYear].sort((a, b) => b[0] - a[0])) {
      if (held >= f.first) break;
      years.add(year);
      held += n;
    }
  }
  const keys = tallies.filter((t) => t.year === null || years.has(t.year)).map((t) => t.key);
  const examples = await read<ExampleRow>(
    `UNWIND $keys AS key
     MATCH (:SanctionTally {key: key})<-[:TALLIED_IN]-(p:Proceeding)
     WITH p, ${KINDS} AS kinds, coalesce(p.decisionDate, p.hearingDate) AS decided ORDER BY decided DESC, p.id
     UNWIND kinds AS outcome
     WITH outcome, collect(p)[0..$first] AS ex
     UNWIND range(0, size(ex) - 1) AS k
     WITH outcome, k, ex[k] AS p
     ${exampleColumns(f)}`,
    { ...params(f), keys },
  );
  return { total, counts, examples };
}

/** `how` 'proceedings' counts directly even where tallies could answer: tests hold the two equal. */
export async function sanctionPrecedents(read: Read, f: SanctionFilter, how: 'tallies' | 'proceedings' = 'tallies'): Promise<SanctionPrecedentsRow> {
  const direct = how === 'proceedings' || f.text !== null || f.standards.length > 1;
  const { total, counts, examples } = direct ? await countDirectly(read, f) : await countFromTallies(read, f);
  const buckets = new Map<string, SanctionBucketRow>();
  for (const [outcome, n] of counts) buckets.set(outcome, { outcome, count: n, share: total ? n / total : 0, examples: [] });
  for (const r of examples) {
    buckets.get(r.outcome)?.examples.push({ proceedingId: r.proceedingId, sanction: r.sanction, finding: r.finding, reviews: r.reviews });
  }
  return { proceedings: total, buckets: [...buckets.values()].sort((a, b) => b.count - a.count || a.outcome.localeCompare(b.outcome)) };
}
