import type { Extraction, OfficerFact, UnitFact } from '../../src/domain/extraction.js';
import { classify } from '../classify.js';
import type { DocText } from '../text.js';
import { extractComplainants } from './complainants.js';
import { claimantAgainstOfficer, complainantParties, withPartyCiphers } from './judgment/complainantParty.js';
import { extractDates } from './dates.js';
import { extractAllegations } from './findings.js';
import { extractForce } from './force.js';
import { judgmentDates } from './judgment/dates.js';
import { judgmentForce } from './judgment/force.js';
import { extractJudgment } from './judgment/index.js';
import { findParagraphs, paragraphFacts } from './judgment/paragraphs.js';
import { judgmentOfficers } from './judgment/subject.js';
import { withNamedComplainants } from './judgment/namedComplainants.js';
import { negatedBreachFindings } from './judgment/reviewedFindings.js';
import { groupFindings } from './judgment/groupFindings.js';
import { subjectUnits, withSubjectUnits } from './judgment/subjectUnits.js';
import { foldName } from '../../src/domain/names.js';
import { extractOfficers, officerMentions } from './officers.js';
import { extractOutcomes } from './outcomes.js';
import {
  caseHeadingUnits,
  extractReview,
  findNamedOfficers,
  officersUnits,
  reviewCaseDates,
  reviewUnitFor,
  reviewVictims,
  withCaseDates,
  withDescribedLabelRanks,
  ordinalFindings,
  withLeftLabels,
} from './review/index.js';
import { extractUnits } from './units.js';
import { withoutUntickedOptions } from './checkboxes.js';
import { modelOf } from '../model/index.js';
import { ANY_PSEUDONYM } from '../redact/pseudonyms.js';

/**
 * Runs every extractor over one document. Kind comes first because it decides what counts: a
 * notice has no findings or outcomes, a judgment's hearing date is the court's.
 */
export function extract(input: DocText, options: { pseudonymise?: (name: string) => string } = {}): Extraction {
  // A form's unticked options are printed but not said.
  const doc = withoutUntickedOptions(input);
  const { kind, confidence } = classify(doc.text);
  // The pipeline redacts names before this runs; a caller with raw text passes its keyed pseudonymiser.
  const complainants = extractComplainants(doc, options.pseudonymise, kind);
  // A judgment names its complainant party by role once privacy has taken the name away.
  if (kind === 'judgment' && complainants.length === 0) complainants.push(...complainantParties(doc));
  // A review's case summaries describe the people wronged by what the officer did to them.
  if (kind === 'review') {
    const known = new Set(complainants.map((c) => c.reference.toLowerCase()));
    complainants.push(...reviewVictims(doc, [...known]).filter((c) => !known.has(c.reference.toLowerCase())));
  }
  const notOfficers = new Set(complainants.map((c) => foldName(c.reference)));
  const judgment = extractJudgment(doc);
  const parties = kind === 'judgment' ? judgment.parties.map((p) => p.name) : [];
  const textOfficers = extractOfficers(doc, kind, notOfficers, parties);
  // In a judgment the subject and the force come from the parties; cited cases name other forces and officers.
  const { officers, mentions } = kind === 'judgment' ? judgmentOfficers(doc, judgment, textOfficers) : textOfficers;
  if (kind === 'judgment' && complainants.length === 0) {
    const surnames = new Set(officers.map((o) => foldName(o.name?.split(' ').pop() ?? o.label ?? '')));
    const claimant = claimantAgainstOfficer(judgment.parties, surnames);
    if (claimant) complainants.push(claimant);
  }
  if (kind === 'judgment') {
    // The judgment's own names for complainants under an anonymity order ("referred to as X"), else the caption's cipher for a party.
    const labels = new Set(officers.map((o) => o.label?.toLowerCase()).filter((l): l is string => !!l));
    complainants.splice(0, complainants.length, ...withPartyCiphers(withNamedComplainants(doc, complainants, labels), judgment.parties));
  }
  const force = kind === 'judgment' ? judgmentForce(doc, judgment) : (extractForce(doc)?.force ?? null);
  // A description of the officer ("a sergeant in the X custody suite") names their unit in words the general finder avoids.
  // A review's case headings give each officer's unit in brackets.
  const own = kind === 'judgment' ? subjectUnits(doc) : kind === 'review' ? caseHeadingUnits(doc) : subjectUnits(doc, false);
  // Redaction may have taken a place in a unit's name for a person's ("Person ABC123 Response Team"):
  // a private person's pseudonym is never part of a unit's name, whichever finder read it.
  const units = withSubjectUnits(extractUnits(doc), own).filter((u) => !ANY_PSEUDONYM.test(u.name));
  for (const o of officers) {
    o.force = force;
    o.unit = unitFor(doc, o, officers.length, units);
  }
  const paras = findParagraphs(doc.text);
  // A review names officers in passing; each named one is a mention for ingest to resolve.
  const named = kind === 'review' ? findNamedOfficers(doc, officers, notOfficers, force) : [];
  officers.push(...named);
  for (const o of named) o.unit = unitFor(doc, o, officers.length, units);
  // A review describes an anonymised officer before giving the label ("a constable ..., referred to as Officer C").
  if (kind === 'review') withDescribedLabelRanks(doc, officers);
  // ... and tells later, by the label, that the officer resigned or retired.
  if (kind === 'review') withLeftLabels(doc, officers);
  // A review names an officer's unit beside them ("Officer B, a constable in the X Unit").
  if (kind === 'review') for (const o of officers) o.unit = reviewUnitFor(doc, o, units) ?? o.unit;
  // A review's tables name every unit it studied; the units that are the record's are its officers'.
  const ownUnits = kind === 'review' ? officersUnits(units, officers) : units;
  // Their allegations and sanctions are read beside their names, like anyone's.
  const allMentions = named.length ? [...mentions, ...officerMentions(doc, named)].sort((a, b) => a.start - b.start) : mentions;
  const keys = officers.map((o) => o.key);
  const allegations = extractAllegations(doc, kind, keys, allMentions);
  // A judgment recounts the decision under review in the negative ("no indication that he breached ...").
  if (kind === 'judgment') negatedBreachFindings(doc, allegations);
  // It lists the Standards once and gives the findings for the list after ("found each proven").
  if (kind === 'judgment') groupFindings(doc, allegations);
  // A review's case study gives its findings by order ("misconduct on the first allegation; the second was not proven").
  if (kind === 'review') ordinalFindings(doc, allegations);
  return {
    kind,
    kindConfidence: confidence,
    force,
    officers,
    units: ownUnits,
    complainants,
    allegations,
    outcomes: extractOutcomes(doc, kind, keys, allMentions),
    dates: kind === 'judgment' ? judgmentDates(doc) : kind === 'review' ? withCaseDates(extractDates(doc, kind), reviewCaseDates(doc)) : extractDates(doc, kind),
    judgment,
    paragraphs: paragraphFacts(doc, paras),
    review: kind === 'review' ? extractReview(doc, paras, force) : null,
  };
}

/**
 * One subject takes the first unit; with several, the unit in the same block as their first mention
 * (a row, a field line, a paragraph), else on a page of several cases the unit of their own case
 * (none if it names none), else the unit named nearest on the same page.
 */
function unitFor(doc: DocText, o: OfficerFact, count: number, units: UnitFact[]): string | null {
  if (!units.length) return null;
  if (count === 1) return units[0]!.name;
  const model = modelOf(doc);
  const at = doc.offsetOf(o.source);
  const offset = (u: UnitFact) => doc.offsetOf(u.source);
  const block = model.blockAt(at);
  const inBlock = block ? units.find((u) => block.start <= offset(u) && offset(u) < block.end) : undefined;
  if (inBlock) return inBlock.name;
  const section = model.sectionAt(at);
  if (section.heading !== null) {
    const inCase = units.find((u) => section.start <= offset(u) && offset(u) < section.end);
    return inCase?.name ?? null;
  }
  const same = units.filter((u) => u.source.page === o.source.page);
  same.sort((a, b) => Math.abs(a.source.start - o.source.start) - Math.abs(b.source.start - o.source.start));
  return same[0]?.name ?? null;
}
