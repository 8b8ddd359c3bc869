import type { DateRole, DocumentKind, Finding, JrResult, OutcomeKind, PartyRole, Rank, Standard } from './vocabulary.js';

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
  /** ISO yyyy-mm-dd. */
  date: string;
  source: SourceSpan;
}

export interface UnitFact {
  name: string;
  source: SourceSpan;
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
  source: SourceSpan;
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

export interface ParagraphFact {
  number: number;
  page: number;
  start: number;
  end: number;
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
}
