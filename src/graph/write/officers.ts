import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentToWrite } from '../../domain/documents.js';
import { currentForceName } from '../../domain/forces.js';
import { firstNamesKey, surnameKey } from '../../domain/names.js';
import { MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scoreMatch, surnameSounds, type OfficerCandidate } from '../../domain/officerMatch.js';
import { operatorDecisions } from '../resolution.js';
import { shortId, src, type Run } from './run.js';

/** Letters a surname spelt differently must still share at its start to be a candidate. */
const SURNAME_PREFIX = 3;

/**
 * Labels ("PC A") are scoped to their document and never joined. Named officers join an existing
 * officer with the same surname when the evidence scores high enough; otherwise a new officer is
 * created whose id derives from this document, so a rerun makes the same ids.
 */
export async function resolveOfficers(tx: ManagedTransaction, run: Run, doc: DocumentToWrite): Promise<Map<string, string>> {
  const x = doc.extraction;
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const mentionDates = x.dates.filter((d) => d.role === 'hearing' || d.role === 'incident').map((d) => d.date);
  for (const o of x.officers) {
    const named = o.force ?? x.force;
    // One Force node per force: a page from 2015 says "Hampshire Constabulary", one from 2024 its current name.
    const force = named ? currentForceName(named) : null;
    const mentionId = `${doc.sha256}#${o.key}`;
    let officerId = shortId(doc.sha256, o.key);
    let score = 1;
    let reasons = ['first mention'];
    let method = 'automatic';
    const possible: { id: string; score: number; reasons: string[] }[] = [];
    const decisions = await operatorDecisions(tx, mentionId);
    // A document written again (after a failed attempt was recorded) keeps the resolution it has,
    // rather than matching its mention against the officer that mention itself created.
    const earlier = (
      await tx.run(`MATCH (:OfficerMention {id: $m})-[r:RESOLVED_TO]->(o:Officer) RETURN o.id AS id, r.score AS score, r.reasons AS reasons, r.method AS method`, {
        m: mentionId,
      })
    ).records[0]?.toObject() as { id: string; score: number; reasons: string[]; method: string } | undefined;
    if (decisions.assign) {
      officerId = decisions.assign;
      reasons = ['assigned by an operator'];
      method = 'operator';
    } else if (earlier && !decisions.rejected.has(earlier.id)) {
      ({ id: officerId, score, reasons, method } = earlier);
    } else if (o.name && !o.label) {
      const res = await tx.run(
        // Same folded surname, or one that sounds alike ("Smyth", "Smith"): scoreMatch weighs which.
        `CALL () {
           MATCH (c:Officer {surnameKey: $s}) RETURN c
           UNION
           UNWIND $sounds AS sound MATCH (c:Officer {surnameSound: sound}) RETURN c
           UNION
           // Spelt alike (Jaro-Winkler weighs the start most): the same first letters, an index range seek.
           MATCH (c:Officer) WHERE c.surnameKey STARTS WITH $prefix RETURN c
         }
         WITH c WHERE c.label IS NULL
         OPTIONAL MATCH (c)<-[:CONCERNS]-(p:Proceeding)
         WITH c, [x IN collect(p.hearingDate) + collect(p.incidentDate) WHERE x IS NOT NULL] AS dates
         RETURN c.id AS id, c.surnameKey AS surnameKey, c.firstNames AS firstNames, c.force AS force, c.warrantNumber AS warrantNumber, c.rank AS rank, dates`,
        { s: surnameKey(o.name), sounds: surnameSounds(o.name), prefix: surnameKey(o.name).slice(0, SURNAME_PREFIX) },
      );
      const scored: { id: string; score: number; reasons: string[] }[] = [];
      for (const r of res.records) {
        const c = r.toObject() as unknown as OfficerCandidate;
        // Two subjects of one document are two people; an operator's "not the same" stands.
        if (used.has(c.id) || decisions.rejected.has(c.id)) continue;
        const m = scoreMatch(o, c, force, mentionDates);
        if (m.score >= POSSIBLE_THRESHOLD) scored.push({ id: c.id, ...m });
      }
      scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      const [best, second] = scored;
      // Two candidates equally good means the text cannot tell them apart: join neither, ask an operator.
      const decisive = best && best.score >= MATCH_THRESHOLD && !(second && second.score === best.score);
      if (best && decisive) {
        officerId = best.id;
        score = best.score;
        reasons = best.reasons;
      }
      possible.push(...scored.filter((c) => !decisive || c !== best));
    }
    used.add(officerId);
    ids.set(o.key, officerId);
    await run(
      `MERGE (off:Officer {id: $officerId})
       ON CREATE SET off.name = $name, off.label = $label, off.surnameKey = $surnameKey, off.surnameSound = $surnameSound, off.firstNames = $firstNames,
                     off.rank = $rank, off.warrantNumber = $warrant, off.force = $force, off.former = $former
       ON MATCH SET off.name = CASE WHEN size(coalesce($name, '')) > size(coalesce(off.name, '')) THEN $name ELSE off.name END,
                    off.firstNames = coalesce(off.firstNames, $firstNames), off.surnameSound = coalesce(off.surnameSound, $surnameSound),
                    off.rank = coalesce($rank, off.rank), off.warrantNumber = coalesce(off.warrantNumber, $warrant),
                    off.former = coalesce($former, off.former)
       WITH off
       MATCH (d:Document {id: $docId})
       MERGE (m:OfficerMention {id: $docId + '#' + $key})
       SET m.name = $name, m.label = $label, m.rank = $rank, m.rankText = $rankText, m.warrantNumber = $warrant,
           m.former = $former, m.force = $force, m.unit = $unit,
           m.page = $src.page, m.start = $src.start, m.end = $src.end, m.quote = $src.quote
       MERGE (d)-[:MENTIONS]->(m)
       MERGE (m)-[r:RESOLVED_TO]->(off)
       SET r.score = $score, r.reasons = $reasons, r.method = $method
       WITH off, m
       CALL (m) {
         UNWIND $possible AS p
         MATCH (c:Officer {id: p.id})
         MERGE (m)-[q:POSSIBLY_SAME]->(c)
         SET q.score = p.score, q.reasons = p.reasons
       }
       WITH off
       FOREACH (_ IN CASE WHEN $force IS NULL THEN [] ELSE [1] END |
         MERGE (f:Force {name: $force})
         MERGE (off)-[:SERVES_IN]->(f))`,
      {
        officerId,
        docId: doc.sha256,
        key: o.key,
        name: o.name,
        label: o.label,
        surnameKey: o.name && !o.label ? surnameKey(o.name) : null,
        surnameSound: o.name && !o.label ? (surnameSounds(o.name)[0] ?? null) : null,
        firstNames: o.name && !o.label ? firstNamesKey(o.name) : null,
        rank: o.rank,
        rankText: o.rankText,
        warrant: o.warrantNumber,
        force,
        former: o.former,
        unit: o.unit,
        src: src(o.source),
        score,
        reasons,
        method,
        possible,
      },
    );
  }
  return ids;
}
