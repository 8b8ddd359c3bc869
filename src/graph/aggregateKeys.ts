/**
 * How the statistics aggregates (schema/011_statistics_aggregates.cypher) are keyed: one
 * StatisticsAggregate node per key, holding histograms as parallel lists `<name>Values` and
 * `<name>Counts` with their `<name>Total`. A key is its kind and its group, joined by SEP (a
 * control character no force, Standard or citation contains); a missing group value is "-", a
 * present one "=" and the value, so a null force and a force named "-" stay apart.
 */
export const SEP = '\u001f';

export const GROSS_MISCONDUCT = 'grossMisconduct';
export const DAYS = 'days';
export const CITED = 'cited';
/** Cited cases under one force, keyed by the force lower-cased (the force filter is case-insensitive). */
export const CITED_FORCE = 'citedForce';

/** Gross misconduct scopes: everyone, one force, one Standard, one force and Standard. */
export type Scope = 'all' | 'force' | 'standard' | 'forceStandard';

/** The days aggregate of every force together; never a mark's output, which starts with '-' or '='. */
export const ALL_FORCES = '*';

export const mark = (v: string | null): string => (v === null ? '-' : '=' + v);
const unmark = (v: string): string | null => (v === '-' ? null : v.slice(1));

export interface AggregateShape {
  properties: Record<string, string | null>;
  histograms: readonly string[];
  /** Values are numbers (days), else strings. */
  numeric: boolean;
}

export const AGGREGATE = {
  describe(key: string): AggregateShape {
    const [kind, ...rest] = key.split(SEP);
    if (kind === GROSS_MISCONDUCT) {
      const [scope, force, standard] = rest as [string, string, string];
      return { properties: { kind, scope, force: unmark(force), standard: unmark(standard) }, histograms: ['officers', 'dismissed'], numeric: false };
    }
    if (kind === DAYS) {
      const properties = rest[0] === ALL_FORCES ? { kind, scope: 'all', force: null } : { kind, scope: 'force', force: unmark(rest[0]!) };
      return { properties, histograms: ['days'], numeric: true };
    }
    if (kind === CITED) return { properties: { kind, citation: rest[0]! }, histograms: ['documents', 'citations'], numeric: false };
    if (kind === CITED_FORCE) return { properties: { kind, citation: rest[0]!, forceLower: rest[1]! }, histograms: ['forceDocuments', 'forceCitations'], numeric: false };
    throw new Error(`unknown statistics aggregate key ${JSON.stringify(key)}`);
  },
};

/** =~ matches the whole string; ingest writes yyyy-mm-dd, anything else is left out rather than failing date(). */
export const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}.*';
