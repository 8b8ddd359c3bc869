import type { Extraction, OfficerFact } from '../src/domain/extraction.js';
import type { DateRole } from '../src/domain/vocabulary.js';

/** One line of `--dry-run --json`: the shared record format (../shared/corpus/README.md). */
export interface ExtractionRecord {
  file: string;
  kind: string;
  force: string | null;
  officers: { name: string | null; label: string | null; rank: string | null; former: boolean | null }[];
  units: string[];
  complainants: string[];
  allegations: { officer: string; standard: string; finding: string | null }[];
  outcomes: { officer: string; outcome: string }[];
  dates: Record<DateRole, string | null>;
  citations: string[];
  neutralCitation: string | null;
  court: string | null;
  jrResult: string | null;
}

function officerRef(o: OfficerFact | undefined): string {
  return o?.label ?? o?.name ?? '';
}

/** Projects an extraction onto the record format; the first fact of each date role wins. */
export function toRecord(file: string, x: Extraction): ExtractionRecord {
  const byKey = new Map(x.officers.map((o) => [o.key, o]));
  const firstDate = (role: DateRole) => x.dates.find((d) => d.role === role)?.date ?? null;
  const uniq = <T>(xs: T[], key: (t: T) => string) => [...new Map(xs.map((t) => [key(t), t])).values()];
  const own = x.judgment?.neutralCitation ?? null;
  return {
    file,
    kind: x.kind,
    force: x.force,
    officers: x.officers.map((o) => ({ name: o.name, label: o.label, rank: o.rank, former: o.former })),
    units: [...new Set(x.units.map((u) => u.name))],
    complainants: [...new Set(x.complainants.map((c) => c.reference))],
    allegations: uniq(
      x.allegations.map((a) => ({ officer: officerRef(byKey.get(a.officerKey)), standard: a.standard, finding: a.finding })),
      (a) => a.officer + '|' + a.standard,
    ),
    outcomes: uniq(
      x.outcomes.map((o) => ({ officer: officerRef(byKey.get(o.officerKey)), outcome: o.outcome })),
      (o) => o.officer + '|' + o.outcome,
    ),
    dates: { incident: firstDate('incident'), hearing: firstDate('hearing'), decision: firstDate('decision') },
    citations: [...new Set((x.judgment?.citations ?? []).map((c) => c.canonical))].filter((c) => c !== own),
    neutralCitation: own,
    court: x.judgment?.court ?? null,
    jrResult: x.judgment?.jrResult ?? null,
  };
}
