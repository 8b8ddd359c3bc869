import type { DocumentToWrite } from '../../domain/documents.js';
import { currentForceName } from '../../domain/forces.js';
import { periodDays, type Period } from '../../domain/periods.js';
import { canonicalUnit } from '../../domain/units.js';
import { src, type Send } from './run.js';

/**
 * When the officer served in the unit: the period written beside the unit ("(2018 to 2023)"), else
 * the conduct's own date or range ("at the time", or nothing said), else the document's first date
 * (a hearing's, never spread into a period), else unknown. `periodStart` and `periodEnd`
 * are whole days under the open-end rule of src/domain/periods.ts, which the overlap queries compare.
 */
function membershipPeriod(x: DocumentToWrite['extraction'], unitName: string) {
  const unit = x.units.find((u) => u.name === unitName);
  const stated = unit?.period && (unit.period.from || unit.period.to) ? unit.period : null;
  const incident = x.dates.find((d) => d.role === 'incident');
  // Weakest: the document's own first date (a notice's posting is the officer's at the time of writing).
  const dated = incident ?? x.dates[0];
  const period: Period = stated ?? { from: dated?.date ?? null, to: dated ? (dated.until ?? dated.date) : null };
  const days = periodDays(period);
  return {
    from: period.from,
    to: period.to,
    periodStart: days?.start ?? null,
    periodEnd: days?.end ?? null,
    basis: stated ? 'STATED' : incident ? 'CONDUCT' : dated ? 'DOCUMENT' : null,
    periodQuote: stated ? stated.source.quote : (dated?.source.quote ?? null),
  };
}

/** Units the document names and the subjects' memberships of them, each with its period. */
export async function writeUnits(run: Send, doc: DocumentToWrite, officerIds: Map<string, string>): Promise<void> {
  const x = doc.extraction;
  const docId = doc.sha256;
  // One node per unit whatever the document calls it ("PaDP"); the words used are kept as aliases.
  const units = x.units.map((u) => ({ name: canonicalUnit(u.name), text: u.name, ...src(u.source) }));
  if (units.length && x.force) {
    await run(
      `MERGE (f:Force {name: $force})
       WITH f
       UNWIND $rows AS u
       MERGE (un:Unit {id: $force + '/' + u.name})
       ON CREATE SET un.name = u.name
       SET un.aliases = CASE WHEN u.text = u.name OR u.text IN coalesce(un.aliases, []) THEN un.aliases ELSE coalesce(un.aliases, []) + u.text END
       MERGE (un)-[:PART_OF]->(f)
       WITH un, u
       MATCH (d:Document {id: $docId})
       MERGE (d)-[r:NAMES_UNIT]->(un)
       SET r.page = u.page, r.start = u.start, r.end = u.end, r.quote = u.quote`,
      { force: currentForceName(x.force), docId, rows: units },
    );
    const memberships = x.officers
      .filter((o) => o.unit)
      .map((o) => ({
        officerId: officerIds.get(o.key),
        unitId: `${x.force}/${canonicalUnit(o.unit ?? '')}`,
        ...membershipPeriod(x, o.unit ?? ''),
        ...src(o.source),
      }));
    if (memberships.length) {
      await run(
        `UNWIND $rows AS r
         MATCH (o:Officer {id: r.officerId}), (u:Unit {id: r.unitId})
         MERGE (o)-[m:MEMBER_OF {docId: $docId}]->(u)
         SET m.page = r.page, m.quote = r.quote, m.from = r.from, m.to = r.to, m.periodStart = r.periodStart, m.periodEnd = r.periodEnd,
             m.periodBasis = r.basis, m.periodQuote = r.periodQuote`,
        { rows: memberships, docId },
      );
    }
  }
}
