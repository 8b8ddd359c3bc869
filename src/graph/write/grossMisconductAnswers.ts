import neo4j from 'neo4j-driver';

/**
 * Gross misconduct figures answered ahead for every year range, as durationAnswers.ts does for
 * days. A scope's histograms (officers, dismissed) hold occurrences "year|previous year" (see
 * GROSS_MISCONDUCT_CONTRIBUTIONS); each aggregate also keeps, over its own non-null `years`: the
 * distinct officers and dismissed for every range [years[i], years[j]] at i * n + j, for no year
 * bound at all (year-less occurrences included), and per year (and year-less), so a request reads
 * a few numbers per scope.
 */

interface Occurrence {
  year: number | null;
  prev: string;
  count: number;
}

function occurrences(values: string[], counts: number[]): Occurrence[] {
  return values.map((v, i) => {
    const cut = v.indexOf('|');
    const year = v.slice(0, cut);
    return { year: year === '' ? null : Number(year), prev: v.slice(cut + 1), count: counts[i]! };
  });
}

/** Distinct officers with a year in [lo, hi]: counted at their first occurrence in range, the one whose previous year is below it or missing. */
function distinctIn(xs: Occurrence[], lo: number, hi: number): number {
  let n = 0;
  for (const x of xs) if (x.year !== null && x.year >= lo && x.year <= hi && (x.prev === 'none' || x.prev === '' || Number(x.prev) < lo)) n += x.count;
  return n;
}

const sumWhere = (xs: Occurrence[], keep: (x: Occurrence) => boolean) => xs.reduce((s, x) => (keep(x) ? s + x.count : s), 0);

export function grossMisconductAnswers(officerValues: string[], officerCounts: number[], dismissedValues: string[], dismissedCounts: number[]) {
  const officers = occurrences(officerValues, officerCounts);
  const dismissed = occurrences(dismissedValues, dismissedCounts);
  const years = [...new Set(officers.map((x) => x.year).filter((y) => y !== null))].sort((a, b) => a - b);
  const n = years.length;
  const answerOfficers = new Array<number>(n * n).fill(0);
  const answerDismissed = new Array<number>(n * n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      answerOfficers[i * n + j] = distinctIn(officers, years[i]!, years[j]!);
      answerDismissed[i * n + j] = distinctIn(dismissed, years[i]!, years[j]!);
    }
  }
  return {
    years,
    answerOfficers,
    answerDismissed,
    unboundedOfficers: sumWhere(officers, (x) => x.prev === 'none'),
    unboundedDismissed: sumWhere(dismissed, (x) => x.prev === 'none'),
    yearOfficers: years.map((y) => sumWhere(officers, (x) => x.year === y)),
    yearDismissed: years.map((y) => sumWhere(dismissed, (x) => x.year === y)),
    noYearOfficers: sumWhere(officers, (x) => x.year === null),
    noYearDismissed: sumWhere(dismissed, (x) => x.year === null),
  };
}

/** The answers as properties of a gross misconduct aggregate, integers as the migration stores them. */
export function grossMisconductAnswerProperties(
  officerValues: string[],
  officerCounts: number[],
  dismissedValues: string[],
  dismissedCounts: number[],
): Record<string, unknown> {
  const a = grossMisconductAnswers(officerValues, officerCounts, dismissedValues, dismissedCounts);
  const int = (x: number) => neo4j.int(x);
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.map(int) : int(v)]));
}
