/** Units and forces, looked up for a batch at once (see ../byKey.ts). */
import { listByKey, oneByKey } from '../byKey.js';
import { project, type MembershipRow, type UnitRow } from '../rows.js';

export const unitById = oneByKey<string, UnitRow>(
  `MATCH (u:Unit {id: key}) OPTIONAL MATCH (u)-[:PART_OF]->(f:Force)
   WITH i, u, head(collect(f)) AS f RETURN i, ${project.unit('u', 'f')} AS item`,
);

/** Carries each member (`carriedOfficer`) and the membership's document (`carriedDocument`). */
export const unitMembers = listByKey<string, MembershipRow>(
  `MATCH (u:Unit {id: key})<-[m:MEMBER_OF]-(o:Officer) OPTIONAL MATCH (md:Document {id: m.docId})
   WITH i, o, m, u, md ORDER BY o.name, o.label, o.id
   WITH i, o, md, ${project.membership()} AS item
   RETURN i, collect(item {.*, carriedOfficer: ${project.officer('o')}, carriedDocument: ${project.document('md')}}) AS items`,
);

export const forceUnits = listByKey<string, UnitRow>(
  `MATCH (f:Force {name: key})<-[:PART_OF]-(u:Unit) WITH i, f, u ORDER BY u.name
   RETURN i, collect(${project.unit('u', 'f')}) AS items`,
);

// Only officers serve in a force; without a label to check, the count is the stored degree, not a walk over 20,000 officers.
export const forceOfficerCount = oneByKey<string, number>(`MATCH (f:Force {name: key}) RETURN i, COUNT { (f)<-[:SERVES_IN]-() } AS item`);
