/**
 * Neutral citations: "[2023] EWHC 1234 (Admin)", "[2022] EWCA Civ 1152", "[2019] UKSC 12".
 * Real text mangles them ("[2014]EWHC 179(Admin)", "[ 2017] EWCA Civ 142", a line break in the
 * middle, brackets dropped), so the pattern is loose and the canonical form is rebuilt from parts.
 */

/** Court tokens as they are canonically written, keyed by their spacing- and case-folded form. */
const COURTS: Record<string, string> = {
  uksc: 'UKSC',
  ukpc: 'UKPC',
  ukhl: 'UKHL',
  ukut: 'UKUT',
  ukftt: 'UKFTT',
  ewcaciv: 'EWCA Civ',
  ewcacrim: 'EWCA Crim',
  ewhc: 'EWHC',
  ewfc: 'EWFC',
  ewcop: 'EWCOP',
  eat: 'EAT',
  nica: 'NICA',
  niqb: 'NIQB',
  nikb: 'NIKB',
  csih: 'CSIH',
  csoh: 'CSOH',
  hcjac: 'HCJAC',
};

/** Division or list in the brackets after the number, keyed by lower case. */
const COURT_LISTS: Record<string, string> = {
  admin: 'Admin',
  qb: 'QB',
  kb: 'KB',
  ch: 'Ch',
  fam: 'Fam',
  comm: 'Comm',
  tcc: 'TCC',
  pat: 'Pat',
  ipec: 'IPEC',
  costs: 'Costs',
  scco: 'SCCO',
  admlty: 'Admlty',
  mercantile: 'Mercantile',
  aac: 'AAC',
  iac: 'IAC',
  lc: 'LC',
  tc: 'TC',
  grc: 'GRC',
};

/** Courts whose citations name a list; for the others a word after the number is ordinary prose. */
const LISTED_COURTS = new Set(['EWHC', 'UKUT', 'UKFTT']);

/**
 * One neutral citation. Case-sensitive court tokens keep prose ("eat", "Ewhc") out; brackets,
 * the spaces around them and the parentheses of the list are optional because real judgments
 * drop them; `\s*` spans the line breaks pdf text puts inside citations. The list may appear
 * bare after a space or tab ("179 Admin") and is validated against COURT_LISTS afterwards.
 * Every part is a bounded token, so matching is linear.
 */
export const NEUTRAL_CITATION_RE =
  /(?<![\w/])[[(]?[ \t]*(1[89]\d\d|20\d\d)[ \t]*[\])]?\s*(UKSC|UKPC|UKHL|UKUT|UKFTT|EWCA[ \t]*\(?[ \t]*(?:[Cc]iv|CIV|[Cc]rim|CRIM)[ \t]*\)?\.?|EWHC|EWFC|EWCOP|EAT|NICA|NIQB|NIKB|CSIH|CSOH|HCJAC)\s*(\d{1,5})(?!\d)(?:\s*\(\s*([A-Za-z]{1,12})\s*\.?\s*\)|[ \t]+([A-Za-z]{2,10})\b)?/dg;

export interface NeutralCitation {
  /** Global offsets into the text of the whole match (list included when it belongs to it). */
  start: number;
  end: number;
  text: string;
  canonical: string;
  /** Court label as the record uses it: "EWHC (Admin)", "EWCA Civ", "UKSC". */
  court: string;
}

/** What a court key ignores: spaces, brackets and dots ("EWCA (Civ.)" is "ewcaciv"). */
const COURT_KEY_NOISE_RE = /[\s().]/g;

export function courtToken(raw: string): string | null {
  return COURTS[raw.replace(COURT_KEY_NOISE_RE, '').toLowerCase()] ?? null;
}

/** The court label for a court token and list: "EWHC (Admin)", "UKUT (AAC)", "EWCA Civ". */
export function courtLabel(court: string, list: string | null): string {
  return list && LISTED_COURTS.has(court) ? `${court} (${list})` : court;
}

/** Every neutral citation in `text`, in order. */
export function findNeutralCitations(text: string): NeutralCitation[] {
  const out: NeutralCitation[] = [];
  for (const m of text.matchAll(NEUTRAL_CITATION_RE)) {
    const court = courtToken(m[2] ?? '');
    if (!court) continue;
    let end = (m.index ?? 0) + m[0].length;
    // Without an opening bracket the optional spaces before the year would start the match.
    const start = end - m[0].trimStart().length;
    const bracketed = m[4] ? COURT_LISTS[m[4].toLowerCase()] : undefined;
    const bare = m[5] ? COURT_LISTS[m[5].toLowerCase()] : undefined;
    let list: string | null = null;
    if (LISTED_COURTS.has(court) && (bracketed || bare)) {
      list = (bracketed ?? bare) as string;
    } else if (m[4] || m[5]) {
      // The trailing word or bracket was prose ("[2023] UKSC 24 (Lord Reed)"): end at the number.
      end = m.indices?.[3]?.[1] ?? end;
    }
    const canonical = `[${m[1]}] ${court} ${m[3]}${list ? ` (${list})` : ''}`;
    out.push({ start, end, text: text.slice(start, end), canonical, court: courtLabel(court, list) });
  }
  return out;
}

/** Canonical form of one citation string, or null when it is not a neutral citation. */
export function canonicalNeutral(s: string): string | null {
  return findNeutralCitations(s)[0]?.canonical ?? null;
}
