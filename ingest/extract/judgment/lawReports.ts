/**
 * Law-report citations: "[2020] 1 WLR 123", "[2021] QB 45", "(2020) 71 EHRR 2", "[1988] A.C. 130".
 * The series abbreviation is read with or without dots and spaces and rebuilt in its canonical
 * spelling. The year's brackets are kept as printed when they pair up; a missing or mismatched
 * bracket is repaired by the series' convention (square where the year identifies the volume,
 * round where the series numbers its volumes).
 */

interface Series {
  /** Canonical abbreviation. */
  abbr: string;
  /** Round brackets by convention (volume-numbered series); square otherwise. Used to repair. */
  round: boolean;
  /** Misspellings seen in real judgments that still unambiguously mean this series. */
  aliases?: string[];
}

/** The report series recognised, most specific first within a shared prefix. */
const SERIES: Series[] = [
  { abbr: 'WLR (D)', round: false },
  { abbr: 'WLR', round: false },
  { abbr: 'All ER (D)', round: false },
  { abbr: 'All ER (Comm)', round: false },
  { abbr: 'All ER', round: false },
  { abbr: 'AC', round: false },
  { abbr: 'QB', round: false },
  { abbr: 'KB', round: false },
  { abbr: 'Ch', round: false },
  { abbr: 'Fam', round: false },
  { abbr: 'EHRR', round: true, aliases: ['EHHR', 'EHRR'] },
  { abbr: 'ACD', round: false },
  { abbr: 'ICR', round: false },
  { abbr: 'IRLR', round: false },
  { abbr: 'Cr App R (S)', round: true },
  { abbr: 'Cr App R', round: true },
  { abbr: 'Crim LR', round: false },
  { abbr: 'Admin LR', round: true },
  { abbr: 'Po LR', round: false },
  { abbr: 'PTSR', round: false },
  { abbr: 'HRLR', round: false },
  { abbr: 'UKHRR', round: false },
  { abbr: 'BHRC', round: true },
  { abbr: 'LGR', round: true },
  { abbr: 'BMLR', round: true },
  { abbr: 'HLR', round: true },
  { abbr: 'P & CR', round: true },
  { abbr: 'FLR', round: false },
  { abbr: 'FCR', round: false },
  { abbr: 'Imm AR', round: false },
  { abbr: 'INLR', round: false },
  { abbr: 'RTR', round: false },
  // Lloyd's medical, insurance and professional negligence reports before the commercial series.
  { abbr: "Lloyd's Rep Med", round: false },
  { abbr: "Lloyd's Rep IR", round: false },
  { abbr: "Lloyd's Rep PN", round: false },
  { abbr: "Lloyd's Rep", round: false },
  { abbr: 'Med LR', round: false },
  { abbr: 'CMLR', round: false },
  { abbr: 'ECR', round: false },
  { abbr: 'JP', round: true },
];

/** Characters with a meaning in a regular expression, escaped when a series name is a pattern. */
const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g;

/** A bracketed suffix of a series ("(S)", "(D)"), matched literally. */
const BRACKETED_TOKEN_RE = /^\(.*\)$/;

/** An all-capitals token ("WLR"), whose letters may each carry a dot. */
const CAPITALS_TOKEN_RE = /^[A-Z]+$/;

/** Apostrophes, straight or curly, in "Lloyd's". */
const APOSTROPHE_RE = /'/g;

/** What a series key ignores: dots, spaces and anything but letters, "&" and brackets. */
const NON_KEY_RE = /[^A-Za-z&()]/g;

function escape(s: string): string {
  return s.replace(REGEX_SPECIAL_RE, '\\$&');
}

/**
 * A series abbreviation as a pattern that accepts dots after letters ("W.L.R.", "Cr. App. R.")
 * and optional single spaces between capitals ("All E R"). Only fixed tokens with optional
 * single characters between them, so no nested quantifiers.
 */
function seriesPattern(abbr: string): string {
  return abbr
    .split(' ')
    .map((tok) => {
      if (BRACKETED_TOKEN_RE.test(tok)) return escape(tok);
      if (CAPITALS_TOKEN_RE.test(tok))
        return tok
          .split('')
          .map((c) => c + '\\.?')
          .join(' ?');
      return escape(tok).replace(APOSTROPHE_RE, "['’]") + '\\.?';
    })
    .join('\\s*');
}

const VARIANTS: { pattern: string; series: Series }[] = SERIES.flatMap((s) => [s.abbr, ...(s.aliases ?? [])].map((a) => ({ pattern: seriesPattern(a), series: s }))).sort(
  (a, b) => b.pattern.length - a.pattern.length,
);

/**
 * One law-report citation: year (in square or round brackets, or none when a judgment drops
 * them), optional volume, series, first page. Case-sensitive so "Ch" and "AC" do not match prose;
 * the series must not run on into a longer word ("AC" in "ACT"). Alternation of fixed series and
 * single-step optional parts keeps it linear.
 */
export const LAW_REPORT_RE = new RegExp(
  '(?<![\\w/])([[(])?[ \\t]*(1[6-9]\\d\\d|20\\d\\d)[ \\t]*([\\])])?\\s*(?:(\\d{1,3})\\s+)?(' +
    VARIANTS.map((v) => v.pattern).join('|') +
    ')(?![A-Za-z])\\s*(\\d{1,5})(?!\\d)',
  'dg',
);

/** Lookup of a matched abbreviation by its letters alone (dots, spaces, case dropped). */
const BY_KEY = new Map<string, Series>();
for (const s of SERIES) for (const a of [s.abbr, ...(s.aliases ?? [])]) BY_KEY.set(key(a), s);
function key(a: string): string {
  return a.replace(NON_KEY_RE, '').toLowerCase();
}

export interface LawReport {
  start: number;
  end: number;
  text: string;
  canonical: string;
}

export function findLawReports(text: string): LawReport[] {
  const out: LawReport[] = [];
  for (const m of text.matchAll(LAW_REPORT_RE)) {
    const series = BY_KEY.get(key(m[5] ?? ''));
    if (!series) continue;
    const [, , year, , volume, , page] = m;
    // Without any bracket a bare year and number could be prose; demand a volume or a series
    // long enough not to be an ordinary word.
    if (!m[1] && !m[3] && !volume && series.abbr.length < 3) continue;
    const end = (m.index ?? 0) + m[0].length;
    // Without an opening bracket the optional spaces before the year would start the match.
    const start = end - m[0].trimStart().length;
    // A matched pair is kept as printed (series change convention over the years: Cr App R went
    // from round to square); a missing or mismatched bracket takes the series' usual one.
    const pair = m[1] && m[3] && (m[1] === '[') === (m[3] === ']');
    const round = pair ? m[1] === '(' : series.round;
    const open = round ? '(' : '[';
    const close = round ? ')' : ']';
    const canonical = `${open}${year}${close} ${volume ? volume + ' ' : ''}${series.abbr} ${page}`;
    out.push({ start, end, text: text.slice(start, end), canonical });
  }
  return out;
}

export function canonicalLawReport(s: string): string | null {
  return findLawReports(s)[0]?.canonical ?? null;
}
