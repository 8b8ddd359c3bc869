import type { DocumentToWrite } from '../../domain/documents.js';
import type { OfficerFact } from '../../domain/extraction.js';
import { currentForceName } from '../../domain/forces.js';
import { firstNamesKey, surnameKey } from '../../domain/names.js';
import { MATCH_THRESHOLD, POSSIBLE_THRESHOLD, scoreMatch, surnameSounds, type OfficerCandidate } from '../../domain/officerMatch.js';
import { operatorDecisions } from '../resolution.js';
import { shortId, src, type Statements } from './run.js';

/** Letters a surname spelt differently must still share at its start to be a candidate. */
const SURNAME_PREFIX = 3;

/**
 * What the graph already says about each mention of a document: operators' decisions, oldest
 * first, and the officer an earlier write of the document resolved it to. One statement for every
 * mention of the document.
 */
const KNOWN_RESOLUTIONS = `UNWIND $ids AS mid
  RETURN mid AS id,
         COLLECT { MATCH (d:ResolutionDecision {mentionId: mid}) RETURN {decision: d.decision, officerId: d.officerId} AS d ORDER BY d.at } AS decisions,
         [(:OfficerMention {id: mid})-[r:RESOLVED_TO]->(o:Officer) | {id: o.id, score: r.score, reasons: r.reasons, method: r.method}][0] AS earlier`;

/** Officers a named mention may be: scoreMatch weighs them. */
const CANDIDATES =
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
   RETURN c.id AS id, c.surnameKey AS surnameKey, c.firstNames AS firstNames, c.force AS force, c.warrantNumber AS warrantNumber, c.rank AS rank, dates`;

interface Earlier {
  id: string;
  score: number;
  reasons: string[];
  method: string;
}

/**
 * Labels ("PC A") are scoped to their document and never joined. Named officers join an existing
 * officer with the same surname when the evidence scores high enough; otherwise a new officer is
 * created whose id derives from this document, so a rerun makes the same ids.
 *
 * Every read is sent before any officer is written, all at once: an officer this document creates
 * or joins is never a candidate for its other mentions (two subjects of one document are two
 * people), so reading first finds what reading between writes would. The officers are then
 * written in one statement.
 */
export async function resolveOfficers({ run, send }: Statements, doc: DocumentToWrite): Promise<Map<string, string>> {
  const x = doc.extraction;
  const ids = new Map<string, string>();
  if (!x.officers.length) return ids;
  const used = new Set<string>();
  const mentionDates = x.dates.filter((d) => d.role === 'hearing' || d.role === 'incident').map((d) => d.date);
  const isNamed = (o: OfficerFact) => Boolean(o.name && !o.label);
  const [known, ...candidates] = await Promise.all([
    run(KNOWN_RESOLUTIONS, { ids: x.officers.map((o) => `${doc.sha256}#${o.key}`) }),
    ...x.officers.map((o) =>
      isNamed(o) && o.name ? run(CANDIDATES, { s: surnameKey(o.name), sounds: surnameSounds(o.name), prefix: surnameKey(o.name).slice(0, SURNAME_PREFIX) }) : null,
    ),
  ]);
  const rows = x.officers.map((o, i) => {
    const mention = known.records[i]?.toObject() as { decisions: { decision: string; officerId: string }[]; earlier: Earlier | null } | undefined;
    const named = o.force ?? x.force;
    // One Force node per force: a page from 2015 says "Hampshire Constabulary", one from 2024 its current name.
    const force = named ? currentForceName(named) : null;
    let officerId = shortId(doc.sha256, o.key);
    let score = 1;
    let reasons = ['first mention'];
    let method = 'automatic';
    const possible: { id: string; score: number; reasons: string[] }[] = [];
    const decisions = operatorDecisions(mention?.decisions ?? []);
    // A document written again (after a failed attempt was recorded) keeps the resolution it has,
    // rather than matching its mention against the officer that mention itself created.
    const earlier = mention?.earlier ?? undefined;
    const found = candidates[i];
    if (decisions.assign) {
      officerId = decisions.assign;
      reasons = ['assigned by an operator'];
      method = 'operator';
    } else if (earlier && !decisions.rejected.has(earlier.id)) {
      ({ id: officerId, score, reasons, method } = earlier);
    } else if (found) {
      const scored: { id: string; score: number; reasons: string[] }[] = [];
      for (const r of found.records) {
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
    const name = isNamed(o) ? o.name : null;
    return {
      officerId,
      key: o.key,
      name: o.name,
      label: o.label,
      surnameKey: name ? surnameKey(name) : null,
      surnameSound: name ? (surnameSounds(name)[0] ?? null) : null,
      firstNames: name ? firstNamesKey(name) : null,
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
    };
  });
  // In mention order, so a second mention of an officer updates it as it would written alone.
  await send(
    `MATCH (d:Document {id: $docId})
     UNWIND $rows AS o
     MERGE (off:Officer {id: o.officerId})
     ON CREATE SET off.name = o.name, off.label = o.label, off.surnameKey = o.surnameKey, off.surnameSound = o.surnameSound, off.firstNames = o.firstNames,
                   off.rank = o.rank, off.warrantNumber = o.warrant, off.force = o.force, off.former = o.former
     ON MATCH SET off.name = CASE WHEN size(coalesce(o.name, '')) > size(coalesce(off.name, '')) THEN o.name ELSE off.name END,
                  off.firstNames = coalesce(off.firstNames, o.firstNames), off.surnameSound = coalesce(off.surnameSound, o.surnameSound),
                  off.rank = coalesce(o.rank, off.rank), off.warrantNumber = coalesce(off.warrantNumber, o.warrant),
                  off.former = coalesce(o.former, off.former)
     MERGE (m:OfficerMention {id: $docId + '#' + o.key})
     SET m.name = o.name, m.label = o.label, m.rank = o.rank, m.rankText = o.rankText, m.warrantNumber = o.warrant,
         m.former = o.former, m.force = o.force, m.unit = o.unit,
         m.page = o.src.page, m.start = o.src.start, m.end = o.src.end, m.quote = o.src.quote
     MERGE (d)-[:MENTIONS]->(m)
     MERGE (m)-[r:RESOLVED_TO]->(off)
     SET r.score = o.score, r.reasons = o.reasons, r.method = o.method
     WITH off, m, o
     CALL (m, o) {
       UNWIND o.possible AS p
       MATCH (c:Officer {id: p.id})
       MERGE (m)-[q:POSSIBLY_SAME]->(c)
       SET q.score = p.score, q.reasons = p.reasons
     }
     FOREACH (_ IN CASE WHEN o.force IS NULL THEN [] ELSE [1] END |
       MERGE (f:Force {name: o.force})
       MERGE (off)-[:SERVES_IN]->(f))`,
    { docId: doc.sha256, rows },
  );
  return ids;
}
