import type { ParagraphFact, ReviewFacts } from '../../domain/extraction.js';
import { paragraphId } from './documents.js';
import { src, type Send } from './run.js';

/**
 * A review's headings, recommendations, quoted figures and findings. Findings and recommendations
 * point ABOUT the units and forces they concern; a unit needs the review's force for its key, so
 * without one only the unit names are kept on the fact.
 */
export async function writeReview(run: Send, docId: string, force: string | null, r: ReviewFacts, paragraphs: ParagraphFact[] = []): Promise<void> {
  const idsByLabel = new Map<string, string[]>();
  for (const p of paragraphs) {
    const id = paragraphId(docId, p);
    const ids = idsByLabel.get(p.label);
    if (ids) ids.push(id);
    else idsByLabel.set(p.label, [id]);
  }
  if (r.sections.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS s
       MERGE (sec:Section {id: s.id})
       SET sec.label = s.label, sec.title = s.title, sec.kind = s.kind, sec.level = s.level, sec.docId = $docId,
           sec.page = s.page, sec.start = s.start, sec.end = s.end, sec.quote = s.quote
       MERGE (d)-[:HAS_SECTION]->(sec)
       WITH d, sec, s
       CALL (sec, s) {
         UNWIND s.paragraphIds AS pid
         MATCH (pa:Paragraph {id: pid})
         MERGE (sec)-[:CONTAINS]->(pa)
       }`,
      {
        docId,
        rows: r.sections.map((s, i) => ({
          id: `${docId}#section${i}`,
          label: s.label,
          title: s.title,
          kind: s.kind,
          level: s.level,
          paragraphIds: [...new Set(s.paragraphs)].flatMap((l) => idsByLabel.get(l) ?? []),
          ...src(s.source),
        })),
      },
    );
  }
  const about = (units: string[]) => (force ? units.map((u) => ({ type: 'unit', name: u, text: u, via: 'named' })) : []);
  if (r.recommendations.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (rec:Recommendation {id: x.id})
       SET rec.label = x.label, rec.kind = x.kind, rec.text = x.text, rec.addressee = x.addressee, rec.unitNames = x.unitNames,
           rec.docId = $docId, rec.page = x.page, rec.start = x.start, rec.end = x.end, rec.quote = x.quote
       MERGE (d)-[:HAS_RECOMMENDATION]->(rec)
       WITH rec, x
       ${ABOUT_SUBJECTS('rec', 'x')}`,
      {
        docId,
        force,
        rows: r.recommendations.map((x) => ({
          id: `${docId}#${x.kind}${x.label}`,
          label: x.label,
          kind: x.kind,
          text: x.text,
          addressee: x.addressee,
          unitNames: x.units,
          about: about(x.units),
          ...src(x.source),
        })),
      },
    );
  }
  if (r.statistics.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (st:Statistic {id: x.id})
       SET st.value = x.value, st.text = x.text, st.unit = x.unit, st.measure = x.measure, st.description = x.description,
           st.paragraph = x.paragraph, st.docId = $docId, st.page = x.page, st.start = x.start, st.end = x.end, st.quote = x.quote
       MERGE (d)-[:HAS_STATISTIC]->(st)`,
      {
        docId,
        rows: r.statistics.map((x, i) => ({
          id: `${docId}#statistic${i}`,
          value: x.value,
          text: x.text,
          unit: x.unit,
          measure: x.measure,
          description: x.description,
          paragraph: x.paragraph,
          ...src(x.source),
        })),
      },
    );
  }
  if (r.findings.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS x
       MERGE (f:ReviewFinding {id: x.id})
       SET f.text = x.text, f.cue = x.cue, f.paragraph = x.paragraph, f.unitNames = x.unitNames, f.forceNames = x.forceNames,
           f.docId = $docId, f.page = x.page, f.start = x.start, f.end = x.end, f.quote = x.quote
       MERGE (d)-[:HAS_FINDING]->(f)
       WITH f, x
       ${ABOUT_SUBJECTS('f', 'x')}`,
      {
        docId,
        force,
        rows: r.findings.map((x, i) => ({
          id: `${docId}#finding${i}`,
          text: x.text,
          cue: x.cue,
          paragraph: x.paragraph,
          unitNames: x.subjects.filter((s) => s.type === 'unit').map((s) => s.name),
          forceNames: x.subjects.filter((s) => s.type === 'force').map((s) => s.name),
          // Units are keyed under the review's force; a force named in the finding is linked directly.
          about: x.subjects.filter((s) => s.type === 'force' || force),
          ...src(x.source),
        })),
      },
    );
  }
}

/**
 * Links the fact bound to `v` (its row `row` holding \`about\`) to the units and forces it is
 * about: a unit under the review's force (made if new, as NAMES_UNIT makes them), a force by name.
 */
const ABOUT_SUBJECTS = (v: string, row: string) => `CALL (${v}, ${row}) {
         UNWIND [s IN ${row}.about WHERE s.type = 'unit'] AS s
         MERGE (home:Force {name: $force})
         MERGE (unit:Unit {id: $force + '/' + s.name})
         ON CREATE SET unit.name = s.name
         MERGE (unit)-[:PART_OF]->(home)
         MERGE (${v})-[about:ABOUT]->(unit)
         SET about.text = s.text, about.via = s.via
       }
       CALL (${v}, ${row}) {
         UNWIND [s IN ${row}.about WHERE s.type = 'force'] AS s
         MERGE (named:Force {name: s.name})
         MERGE (${v})-[about:ABOUT]->(named)
         SET about.text = s.text, about.via = s.via
       }`;
