/**
 * Rulings related to a ruling, each with why: the authorities both cite (bibliographic coupling),
 * the documents citing both (co-citation), and the words they share (TfIdf over their text).
 * Candidates come from the citation graph and from the full-text index asked for the ruling's
 * most frequent words, so the text comparison reads a few dozen rulings, not the corpus.
 */
import type { Read } from './read.js';
import { joinPages, termCounts } from './rulingTerms.js';

export interface RelatedRulingRow {
  rulingId: string;
  score: number;
  sharedAuthorities: string[];
  coCitedBy: string[];
  textSimilarity: number;
  sharedTerms: string[];
  why: string[];
}

/** Candidates taken from each source. */
const CANDIDATES = 25;
/** Words of the ruling asked of the full-text index to find rulings about the same things. */
const QUERY_TERMS = 12;
/** Terms per document in its TfIdf vector. */
const VECTOR_TERMS = 200;
/** Shared terms reported as why. */
const WHY_TERMS = 6;

type Counts = Map<string, number>;

/**
 * The documents' term counts: those stored at write time, and for a document written before they
 * were stored, counted from its pages here.
 */
async function countsOf(read: Read, ids: readonly string[]): Promise<Map<string, Counts>> {
  const rows = await read<{ id: string; terms: string[] | null; counts: number[] | null; pages: { num: number; text: string }[] | null }>(
    `MATCH (d:Document) WHERE d.id IN $ids
     RETURN d.id AS id, d.terms AS terms, d.termCounts AS counts,
       CASE WHEN d.terms IS NULL THEN COLLECT { MATCH (d)-[:HAS_PAGE]->(p:Page) RETURN {num: p.number, text: p.text} } END AS pages`,
    { ids: [...ids] },
  );
  return new Map(
    rows.map((r) => {
      const stored = r.terms && r.counts ? { terms: r.terms, counts: r.counts } : termCounts(joinPages(r.pages ?? []));
      return [r.id, new Map(stored.terms.map((t, k) => [t, stored.counts[k]!]))];
    }),
  );
}

/**
 * TfIdf vectors of the documents, each cut to its `VECTOR_TERMS` weightiest terms, with natural's
 * weights (raw count times 1 + ln(N / (1 + documents with the term))). Computed here in one pass:
 * natural's TfIdf.listTerms looks every term of a document up in every other document, which took
 * hundreds of milliseconds for the 75 candidates of one ruling. The counts are stored at write time
 * (rulingTerms.ts), so no candidate's text is tokenised here.
 */
function tfidfVectors(counts: readonly Counts[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return counts.map((c) => {
    const weighted = [...c].map(([t, n]) => [t, n * (1 + Math.log(counts.length / (1 + df.get(t)!)))] as const);
    weighted.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return new Map(weighted.slice(0, VECTOR_TERMS));
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  const n = norm(a) * norm(b);
  return n ? dot / n : 0;
}

/** Null when the ruling is unknown. */
export async function relatedRulings(read: Read, rulingId: string, first: number): Promise<RelatedRulingRow[] | null> {
  // Independent reads in parallel: one round trip's wait instead of four.
  const [[self], coupled, coCited, own] = await Promise.all([
    read<{ authorities: number }>(`MATCH (d:Document {id: $id}) RETURN COUNT { (d)-[:CITES]->(:Case) } AS authorities`, { id: rulingId }),
    read<{ id: string; shared: string[]; theirs: number }>(
      `MATCH (:Document {id: $id})-[:CITES]->(c:Case)<-[:CITES]-(o:Document {kind: 'judgment'}) WHERE o.id <> $id
       WITH o, collect(DISTINCT c.citation) AS shared ORDER BY size(shared) DESC, o.id LIMIT ${CANDIDATES}
       RETURN o.id AS id, shared, COUNT { (o)-[:CITES]->(:Case) } AS theirs`,
      { id: rulingId },
    ),
    read<{ id: string; by: string[] }>(
      `MATCH (:Document {id: $id})-[:REPORTS]->(:Case)<-[:CITES]-(x:Document)-[:CITES]->(:Case)<-[:REPORTS]-(o:Document {kind: 'judgment'})
       WHERE o.id <> $id AND x.id <> o.id AND x.id <> $id
       WITH o, collect(DISTINCT x.id) AS by ORDER BY size(by) DESC, o.id LIMIT ${CANDIDATES}
       RETURN o.id AS id, by`,
      { id: rulingId },
    ),
    countsOf(read, [rulingId]).then((c) => c.get(rulingId) ?? new Map<string, number>()),
  ]);
  if (!self) return null;
  // Stored and counted terms alike come most frequent first, ties alphabetical.
  const query = [...own.keys()].slice(0, QUERY_TERMS).join(' ');
  const byText = query
    ? await read<{ id: string }>(
        `CALL db.index.fulltext.queryNodes('page_text', $q, {limit: 200}) YIELD node, score
         MATCH (o:Document {kind: 'judgment'})-[:HAS_PAGE]->(node) WHERE o.id <> $id
         WITH o, sum(score) AS s ORDER BY s DESC LIMIT ${CANDIDATES} RETURN o.id AS id`,
        { q: query, id: rulingId },
      )
    : [];
  const ids = [...new Set([...coupled, ...coCited, ...byText].map((r) => r.id))];
  if (!ids.length) return [];
  const all = await countsOf(read, ids);
  const vectors = tfidfVectors([own, ...ids.map((id) => all.get(id) ?? new Map<string, number>())]);
  const mine = vectors[0]!;
  const out = ids.map((id, k): RelatedRulingRow => {
    const theirs = vectors[k + 1]!;
    const shared = coupled.find((c) => c.id === id);
    const by = coCited.find((c) => c.id === id)?.by ?? [];
    const textSimilarity = cosine(mine, theirs);
    const sharedTerms = [...mine.keys()]
      .filter((t) => theirs.has(t))
      .sort((a, b) => mine.get(b)! * theirs.get(b)! - mine.get(a)! * theirs.get(a)!)
      .slice(0, WHY_TERMS);
    const authorities = shared?.shared ?? [];
    // Coupling as a Jaccard share of the two lists of authorities; co-citation saturating with more citers.
    const coupling = authorities.length ? authorities.length / (self.authorities + (shared?.theirs ?? 0) - authorities.length || 1) : 0;
    const cocitation = by.length / (by.length + 1);
    const why = [
      ...(authorities.length ? [`cites the same ${authorities.length} ${authorities.length === 1 ? 'authority' : 'authorities'}`] : []),
      ...(by.length ? [`cited together by ${by.length} ${by.length === 1 ? 'document' : 'documents'}`] : []),
      ...(sharedTerms.length ? [`shares the terms ${sharedTerms.join(', ')}`] : []),
    ];
    return { rulingId: id, score: (coupling + cocitation + textSimilarity) / 3, sharedAuthorities: authorities, coCitedBy: by, textSimilarity, sharedTerms, why };
  });
  return out.sort((a, b) => b.score - a.score || a.rulingId.localeCompare(b.rulingId)).slice(0, first);
}
