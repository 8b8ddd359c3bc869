import { CITED, CITED_FORCE, SEP } from '../aggregateKeys.js';

/**
 * A citing document's contribution to the most-cited aggregates, stored compactly. Written out in
 * full it is four entries per case cited ("cited SEP case SEP documents SEP year", the citations,
 * and both again under the document's force): a judgment citing a thousand cases stored about
 * 280 kB of strings, and writing them was most of Neo4j's CPU per ingested page (20.9 ms a page
 * on the `--folder` benchmark, 4.3 without). Every entry repeats the document's year and force,
 * so the cases, their citation counts, the year and the force say the same in a tenth of the space.
 */
export interface CompactCitations {
  cases: string[];
  caseCounts: number[];
  year: string;
  forceLower: string | null;
}

/** The entries a compact contribution stands for, exactly as CITATION_CONTRIBUTIONS returns them. */
export function expandCitations(c: CompactCitations): Map<string, number> {
  const out = new Map<string, number>();
  c.cases.forEach((citation, i) => {
    const citations = c.caseCounts[i]!;
    out.set([CITED, citation, 'documents', c.year].join(SEP), 1);
    out.set([CITED, citation, 'citations', c.year].join(SEP), citations);
    if (c.forceLower === null) return;
    out.set([CITED_FORCE, citation, c.forceLower, 'forceDocuments', c.year].join(SEP), 1);
    out.set([CITED_FORCE, citation, c.forceLower, 'forceCitations', c.year].join(SEP), citations);
  });
  return out;
}

/**
 * The compact form of a document's entries, or null when they are not of that shape (then they are
 * stored in full). Null unless expanding it gives back exactly these entries, so the compact form
 * can never change what the aggregates are moved by.
 */
export function compactCitations(entries: ReadonlyMap<string, number>): CompactCitations | null {
  const counts = new Map<string, number>();
  let year: string | null = null;
  let forceLower: string | null = null;
  for (const [entry, n] of entries) {
    const parts = entry.split(SEP);
    const entryYear = parts[parts.length - 1]!;
    if (year !== null && entryYear !== year) return null;
    year = entryYear;
    if (parts[0] === CITED && parts.length === 4 && parts[2] === 'citations') counts.set(parts[1]!, n);
    else if (parts[0] === CITED_FORCE && parts.length === 5) forceLower = parts[2]!;
  }
  if (year === null || !counts.size) return null;
  const compact: CompactCitations = { cases: [...counts.keys()], caseCounts: [...counts.values()], year, forceLower };
  const back = expandCitations(compact);
  if (back.size !== entries.size) return null;
  for (const [entry, n] of entries) if (back.get(entry) !== n) return null;
  return compact;
}
