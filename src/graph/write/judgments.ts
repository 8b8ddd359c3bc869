import type { DocumentToWrite } from '../../domain/documents.js';
import { src, type Send } from './run.js';
import { partyNameKey } from '../../domain/names.js';
import { joinPages, SET_TERMS, termCounts } from '../rulingTerms.js';

/** A ruling's own citation, the cases and legislation it cites, its parties and the ruling it appeals. */
export async function writeJudgment(run: Send, doc: DocumentToWrite): Promise<void> {
  const j = doc.extraction.judgment;
  const docId = doc.sha256;
  if (doc.extraction.kind === 'judgment') {
    // Related rulings compare rulings by their terms: counted once here, not on every question.
    const { terms, counts } = termCounts(joinPages(doc.pages));
    await run(SET_TERMS, { id: docId, terms, counts });
  }
  if (!j) return;
  if (j.neutralCitation) {
    await run(
      `MATCH (d:Document {id: $docId})
       MERGE (c:Case {citation: $citation})
       SET c.stub = false, c.court = $court
       MERGE (d)-[:REPORTS]->(c)`,
      { docId, citation: j.neutralCitation, court: j.court },
    );
  }
  // The paragraph number stays a whole number (the API's Int); "6.10" lives in paragraphLabel.
  const cites = j.citations
    .filter((c) => c.canonical !== j.neutralCitation)
    .map((c) => ({
      canonical: c.canonical,
      text: c.text,
      type: c.type,
      pin: c.pin,
      paragraph: c.paragraph !== null && Number.isInteger(c.paragraph) ? c.paragraph : null,
      paragraphLabel: c.paragraphLabel,
      ...src(c.source),
      treatment: c.treatment,
      treatmentWords: c.treatmentWords,
      treatmentSource: src(c.treatmentSource),
    }));
  // A document's citations are replaced, not merged: MERGE on a relationship compares against
  // every CITES already between the pair, quadratic in a judgment citing one case thousands of times.
  await run(`MATCH (:Document {id: $docId})-[r:CITES|REFERS_TO]->() DELETE r`, { docId });
  if (cites.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS c
       MERGE (k:Case {citation: c.canonical})
       ON CREATE SET k.stub = true, k.type = c.type
       CREATE (d)-[r:CITES {page: c.page, start: c.start}]->(k)
       SET r.text = c.text, r.pin = c.pin, r.paragraph = c.paragraph, r.paragraphLabel = c.paragraphLabel, r.end = c.end, r.quote = c.quote,
           r.treatment = c.treatment, r.treatmentWords = c.treatmentWords, r.treatmentPage = c.treatmentSource.page,
           r.treatmentStart = c.treatmentSource.start, r.treatmentEnd = c.treatmentSource.end, r.treatmentQuote = c.treatmentSource.quote`,
      { docId, rows: cites },
    );
  }
  const leg = j.legislation.map((l) => ({ instrument: l.instrument, provision: l.provision, text: l.text, ...src(l.source) }));
  if (leg.length) {
    await run(
      `MATCH (d:Document {id: $docId})
       UNWIND $rows AS l
       MERGE (g:Legislation {name: l.instrument})
       CREATE (d)-[r:REFERS_TO {page: l.page, start: l.start}]->(g)
       SET r.provision = l.provision, r.text = l.text, r.quote = l.quote`,
      { docId, rows: leg },
    );
  }
  await writeParties(run, docId, j.parties);
  if (j.appealFrom) {
    const a = j.appealFrom;
    await run(
      `MATCH (d:Document {id: $docId})
       MERGE (c:Case {citation: $citation})
       ON CREATE SET c.stub = true, c.court = $court
       MERGE (d)-[r:APPEALS]->(c)
       SET r.method = $method, r.page = $src.page, r.start = $src.start, r.end = $src.end, r.quote = $src.quote`,
      { docId, citation: a.citation, court: a.court, method: a.method, src: src(a.source) },
    );
  }
}

/** The last word of an anonymity label ("Officer W80", "A"): such a party is never joined across documents. */
const LABEL_WORD_RE = /(?:^|\s)[A-Z]\d{0,3}$/;

/**
 * The key of a party: its folded name, so "THE CHIEF CONSTABLE OF ESSEX POLICE" in one caption
 * and "The Chief Constable of Essex Police" in another are one party across rulings. An anonymity
 * label is scoped to its document, as officers' labels are.
 */
function partyKey(docId: string, name: string): string {
  const folded = partyNameKey(name);
  return LABEL_WORD_RE.test(name.trim()) ? `${docId}#${folded}` : folded;
}

/** Parties of a ruling with their roles; a party with two roles ("Claimant/Respondent") has two PARTY links. */
async function writeParties(run: Send, docId: string, parties: NonNullable<DocumentToWrite['extraction']['judgment']>['parties']): Promise<void> {
  if (!parties.length) return;
  const rows = parties.map((p) => ({ key: partyKey(docId, p.name), name: p.name, label: LABEL_WORD_RE.test(p.name.trim()), role: p.role, ...src(p.source) }));
  await run(
    `MATCH (d:Document {id: $docId})
     UNWIND $rows AS p
     MERGE (pt:Party {key: p.key})
     ON CREATE SET pt.name = p.name, pt.anonymised = p.label
     MERGE (d)-[r:PARTY {role: p.role}]->(pt)
     SET r.name = p.name, r.page = p.page, r.start = p.start, r.end = p.end, r.quote = p.quote`,
    { docId, rows },
  );
}
