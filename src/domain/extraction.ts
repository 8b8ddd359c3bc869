import type { Period } from './periods.js';
import type { DateRole, DocumentKind, Finding, JrResult, OutcomeKind, PartyRole, Rank, Standard, Treatment } from './vocabulary.js';

/**
 * Where a fact was read: page number (1-based), character offsets into that page's stored text
 * (end exclusive) and the words themselves, trimmed to a short quote.
 */
export interface SourceSpan {
  page: number;
  start: number;
  end: number;
  quote: string;
}

export interface OfficerFact {
  /** Local key inside one document ("o1", "o2"); allegations and outcomes point to it. */
  key: string;
  /** As named: full name or surname; null when only an anonymity label is given. */
  name: string | null;
  /** Anonymity label ("PC A", "Officer B"); never treated as a name. */
  label: string | null;
  rank: Rank | null;
  /** The words the rank was read from ("Detective Sergeant", "DS", "PS 9416"). */
  rankText: string | null;
  warrantNumber: string | null;
  former: boolean | null;
  force: string | null;
  unit: string | null;
  source: SourceSpan;
}

export interface AllegationFact {
  officerKey: string;
  standard: Standard;
  finding: Finding | null;
  source: SourceSpan;
}

export interface OutcomeFact {
  officerKey: string;
  outcome: OutcomeKind;
  source: SourceSpan;
}

export interface DateFact {
  role: DateRole;
  /** ISO yyyy-mm-dd, or as precise as the text ("2022-06") when it gives only a month or a year. */
  date: string;
  /** The last (partial) date when the text gives a period ("between June and September 2022"). */
  until?: string | null;
  source: SourceSpan;
}

/** A period of service as written (src/domain/periods.ts says how open ends are compared). */
export interface PeriodFact extends Period {
  /** "At the time": the period is the conduct's, dated elsewhere in the document. */
  atTheTime: boolean;
  source: SourceSpan;
}

export interface UnitFact {
  name: string;
  source: SourceSpan;
  /** When the subject served in it, if the text says beside the unit's name. */
  period?: PeriodFact | null;
}

export interface ComplainantFact {
  /** How the document refers to them ("Ms A"), or the pseudonym that replaced a real name. */
  reference: string;
  /** True when the reference is a pseudonym the project made, false for the document's own label. */
  pseudonym: boolean;
  source: SourceSpan;
}

export interface CitationFact {
  /** As found in the text. */
  text: string;
  /** Canonical form: "[2023] EWHC 1234 (Admin)", "[2020] 1 WLR 123". */
  canonical: string;
  type: 'neutral' | 'law_report';
  /** Pin cite as written ("at [45]", "paras 12-15"), if any. */
  pin: string | null;
  /** The judgment paragraph the citation sits in, if the document numbers paragraphs. */
  paragraph: number | null;
  /** That paragraph as printed ("12", "6.10"): 6.1 and 6.10 are one number but two paragraphs. */
  paragraphLabel: string | null;
  source: SourceSpan;
  /** How the citing document treats the case, read from the words around the citation. */
  treatment: Treatment;
  /** The treatment words as written ("declined to follow"); null when merely mentioned. */
  treatmentWords: string | null;
  /** The sentence the treatment was read from. */
  treatmentSource: SourceSpan;
}

export interface LegislationFact {
  text: string;
  /** "Police (Conduct) Regulations 2020", "Senior Courts Act 1981". */
  instrument: string;
  /** "reg 42", "s31(5)", or null. */
  provision: string | null;
  source: SourceSpan;
}

export interface PartyFact {
  name: string;
  role: PartyRole;
  source: SourceSpan;
}

/**
 * A numbered paragraph. It starts at `start` on `page` and ends at `end` on `endPage` (offsets into
 * each page's own text), so a paragraph running over a page break keeps both ends.
 */
export interface ParagraphFact {
  /** 12, or 6.1 for "6.1" and for "6.10": compare labels, not numbers, in chapter-numbered text. */
  number: number;
  /** As printed: "12", "6.10". */
  label: string;
  page: number;
  start: number;
  endPage: number;
  end: number;
}

/** The ruling an appeal is brought against, as the appeal judgment names it. */
export interface AppealFact {
  /** Canonical neutral citation of the judgment below. */
  citation: string;
  /** Court of the judgment below ("EWHC (Admin)"). */
  court: string;
  /** 'heading' when read from the "ON APPEAL FROM" block, 'text' when from a sentence saying so. */
  method: 'heading' | 'text';
  source: SourceSpan;
}

/** Who made the decision a judgment reviews (or an appeal is brought against). */
export type DecisionBody =
  | 'police appeals tribunal'
  | 'misconduct panel'
  | 'misconduct meeting'
  | 'employment tribunal'
  | 'employment appeal tribunal'
  | 'IOPC'
  | 'chief officer'
  | 'High Court'
  | 'Court of Appeal';

/**
 * The decision under challenge, one step down the decision chain from the court's own result:
 * which body decided, what it decided (when its words give a result), and when.
 */
export interface DecisionBelowFact {
  body: DecisionBody;
  result: JrResult | null;
  /** ISO yyyy-mm-dd, when the judgment dates the decision. */
  date: string | null;
  source: SourceSpan;
}

export interface JudgmentFacts {
  neutralCitation: string | null;
  court: string | null;
  caseNumbers: string[];
  judges: string[];
  parties: PartyFact[];
  jrResult: JrResult | null;
  jrResultSource: SourceSpan | null;
  citations: CitationFact[];
  legislation: LegislationFact[];
  /** Appeals: the judgment below, when the appeal names its citation. */
  appealFrom: AppealFact | null;
  /** The decision under challenge and its result, never this court's own. */
  decisionBelow: DecisionBelowFact | null;
}

/**
 * A heading of a review or report: numbered ("Chapter 6: ...", "Part 2 – ...", "6 Findings",
 * "Case study 6A: ...") or a plain heading between numbered paragraphs ("Specialist Firearms Command").
 */
export interface SectionFact {
  /** The number as printed: "6", "2", "6A", "B"; null for a plain heading. */
  label: string | null;
  title: string;
  kind: 'chapter' | 'part' | 'section' | 'annex' | 'case_study' | 'heading';
  /** Depth: 1 chapters, parts and annexes; 2 numbered sections; 3 plain headings; 4 case studies. */
  level: number;
  /** Labels of the numbered paragraphs under this heading, up to the next heading of any level. */
  paragraphs: string[];
  source: SourceSpan;
}

/** A recommendation ("Recommendation 17") or an HMICFRS area for improvement. */
export interface RecommendationFact {
  label: string;
  kind: 'recommendation' | 'area_for_improvement';
  /** Its words, page furniture removed, clipped to a readable length. */
  text: string;
  /** Who is to act, when the text says ("The Met", "Chief constables"). */
  addressee: string | null;
  /** Units it names, canonical names. */
  units: string[];
  /** Source of the heading and first words. */
  source: SourceSpan;
}

/** A figure a review quotes, with what it counts. */
export interface StatisticFact {
  value: number;
  /** As printed: "1,809", "43%", "nine in ten". */
  text: string;
  unit: 'count' | 'percent' | 'ratio';
  /** What is counted ("officers", "allegations", "days"), when the text says. */
  measure: string | null;
  /** The clause the figure sits in: "1,809 officers faced more than one allegation". */
  description: string;
  /** Label of the numbered paragraph it sits in. */
  paragraph: string | null;
  source: SourceSpan;
}

/** What a finding is about: a unit (canonical name) or a force. */
export interface FindingSubject {
  type: 'unit' | 'force';
  name: string;
  /** The words the subject was read from ("PaDP", "the command", "the Met"). */
  text: string;
  /** 'named' in the sentence, or taken from the heading or earlier sentence ('context') for "the command". */
  via: 'named' | 'context';
}

/** A sentence of a review stating a finding about a unit or force. */
export interface ReviewFindingFact {
  /** The sentence, one line, clipped. */
  text: string;
  /** The words that make it a finding ("we found", "culture", "rarely"). */
  cue: string;
  subjects: FindingSubject[];
  paragraph: string | null;
  source: SourceSpan;
}

export interface ReviewFacts {
  sections: SectionFact[];
  recommendations: RecommendationFact[];
  statistics: StatisticFact[];
  findings: ReviewFindingFact[];
}

export interface Extraction {
  kind: DocumentKind;
  kindConfidence: number;
  force: string | null;
  officers: OfficerFact[];
  units: UnitFact[];
  complainants: ComplainantFact[];
  allegations: AllegationFact[];
  outcomes: OutcomeFact[];
  dates: DateFact[];
  judgment: JudgmentFacts | null;
  paragraphs: ParagraphFact[];
  /** Reviews and reports: sections, recommendations, statistics and findings; absent otherwise. */
  review?: ReviewFacts | null;
}
