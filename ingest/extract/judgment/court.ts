/**
 * Whether a document is a court ruling, and which court gave it when its neutral citation does
 * not say (older judgments, transcripts without a citation).
 */

/** How far into the text the heading of a judgment lies; news and notices rarely open like this. */
const HEADING_CHARS = 4000;

/**
 * Words that open a court ruling: the neutral citation label, or the court's name in the
 * "IN THE ..." heading, "Approved Judgment", or the Supreme Court's "JUDGMENT GIVEN ON". Notices,
 * outcomes, reviews and articles mention courts but do not open with these.
 */
const JUDGMENT_HEADING_RE =
  /Neutral\s+Citation|\bIN\s+THE\s+(?:HIGH\s+COURT|COURT\s+OF\s+APPEAL|SUPREME\s+COURT|UPPER\s+TRIBUNAL|CROWN\s+COURT|FAMILY\s+COURT|COUNTY\s+COURT|EMPLOYMENT\s+APPEAL\s+TRIBUNAL|PRIVY\s+COUNCIL)|JUDICIAL\s+COMMITTEE\s+OF\s+THE\s+PRIVY\s+COUNCIL|\bApproved\s+Judgment\b|JUDGMENT\s+GIVEN\s+ON/i;

export function isJudgment(text: string): boolean {
  return JUDGMENT_HEADING_RE.test(text.slice(0, HEADING_CHARS));
}

/**
 * Court headings in the order a judgment's heading gives them; the first to appear is the court
 * that sits (an appeal's heading names the court below after "ON APPEAL FROM"). Each entry is
 * a fixed phrase with `\s+` between words, so linear.
 */
const COURT_HEADINGS: { re: RegExp; court: string }[] = [
  { re: /SUPREME\s+COURT(?!\s+OF\s+JUDICATURE)/i, court: 'UKSC' },
  { re: /PRIVY\s+COUNCIL/i, court: 'UKPC' },
  { re: /COURT\s+OF\s+APPEAL\s*\(?\s*CRIMINAL\s+DIVISION/i, court: 'EWCA Crim' },
  { re: /COURT\s+OF\s+APPEAL/i, court: 'EWCA Civ' },
  { re: /UPPER\s+TRIBUNAL\s*\(?\s*ADMINISTRATIVE\s+APPEALS/i, court: 'UKUT (AAC)' },
  { re: /UPPER\s+TRIBUNAL\s*\(?\s*IMMIGRATION/i, court: 'UKUT (IAC)' },
  { re: /UPPER\s+TRIBUNAL\s*\(?\s*LANDS/i, court: 'UKUT (LC)' },
  { re: /UPPER\s+TRIBUNAL\s*\(?\s*TAX/i, court: 'UKUT (TCC)' },
  { re: /EMPLOYMENT\s+APPEAL\s+TRIBUNAL/i, court: 'EAT' },
  { re: /ADMINISTRATIVE\s+COURT|DIVISIONAL\s+COURT/i, court: 'EWHC (Admin)' },
  { re: /KING['’]?S\s+BENCH/i, court: 'EWHC (KB)' },
  { re: /QUEEN['’]?S\s+BENCH/i, court: 'EWHC (QB)' },
  { re: /CHANCERY\s+DIVISION|BUSINESS\s+AND\s+PROPERTY\s+COURTS/i, court: 'EWHC (Ch)' },
  { re: /FAMILY\s+DIVISION/i, court: 'EWHC (Fam)' },
];

/** Where an appeal's heading starts describing the court below. */
const COURT_BELOW_RE = /ON\s+APPEAL\s+FROM/i;

/** The capitalised "IN THE ..." that starts a court heading; case-sensitive to skip prose. */
const IN_THE_HEADING_RE = /\bIN\s+THE\s+(?=[A-Z]{2})/;

/** How much of the heading after "IN THE" names the court and its divisions. */
const HEADING_SPAN = 400;

/**
 * The court named in the heading, or null. Only the heading is read, and only up to "ON APPEAL
 * FROM", so courts mentioned in the body or the court below do not count.
 */
export function courtFromHeading(text: string): string | null {
  const top = text.slice(0, HEADING_CHARS);
  const inThe = IN_THE_HEADING_RE.exec(top);
  let head = inThe ? top.slice(inThe.index, inThe.index + HEADING_SPAN) : top.slice(0, HEADING_SPAN * 3);
  const below = COURT_BELOW_RE.exec(head);
  if (below) head = head.slice(0, below.index);
  // Courts other than the High Court: the first named is the one sitting.
  let best: { at: number; court: string } | null = null;
  for (const h of COURT_HEADINGS) {
    if (h.court.startsWith('EWHC')) continue;
    const m = h.re.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, court: h.court };
  }
  if (best) return best.court;
  // A High Court heading names the division and then the court or list ("KING'S BENCH DIVISION
  // / ADMINISTRATIVE COURT"): the table lists the more specific first.
  return COURT_HEADINGS.find((h) => h.court.startsWith('EWHC') && h.re.test(head))?.court ?? null;
}
