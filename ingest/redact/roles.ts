import { ADDRESSEE_OPENING, FORMER_RANK_LINE } from '../extract/addressee.js';
import { escapeRegex } from '../../src/text/regex.js';
import { NEWS_LEAD_SOURCE, namedAsLeadOfficer } from '../extract/newsLead.js';
import { OFFICER_COLUMN, RANK_COLUMN } from '../extract/rankColumns.js';
import { RANK_SOURCE } from '../extract/ranks.js';
import type { NameMention } from './names.js';
import { COUNSEL_SUFFIXES, HONORIFICS, JUDGE_SUFFIXES, OFFICER_SUFFIXES, PUBLIC_ROLES_AFTER, PUBLIC_ROLES_BEFORE } from './vocabulary.js';

/** Why a name stays: the person holds a public role in the document. */
export type PublicRole = 'officer' | 'judge' | 'official';

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegex(w).replace(/ /g, '\\s+'))
    .join('|');
/** One or two honorifics before a name ("Mrs", "Professor Dame"). */
const HONORIFIC = `(?:(?:${HONORIFICS.join('|')})\\.?\\s+){0,2}`;

/** A role said right after the name: "Jane Hollis, Legally Qualified Chair", "Mr Patel (Panel Member)", "Ms Lee – counsel". */
const ROLE_AFTER = new RegExp(
  `^[ \\t]*(?:,|\\(|[–—-]|:|\\n|\\s+(?:is|was|has\\s+been)\\s+)\\s*(?:the\\s+|a\\s+|an\\s+)?(?:former\\s+|serving\\s+|retired\\s+|acting\\s+|independent\\s+)?(?:(?:IOPC|IPCC|[\\p{Lu}][\\p{L}]+\\s+(?:Police|Constabulary))\\s+)?(?:${alternation(PUBLIC_ROLES_AFTER)})\\b`,
  'iu',
);
/** A role written before the name: "chaired by Ms X", "Chair: X", "Counsel for the officer, Mr X". */
const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(PUBLIC_ROLES_BEFORE)})\\s*(?:[:,–—-]\\s*)?${HONORIFIC}$`, 'iu');
/** A rank in a table column or field before the name: "Rank: PC\nName: Tom Ashdown" is read by the rank-before rule on one line only. */
const RANK_BEFORE = new RegExp(`(?:${RANK_SOURCE})\\.?\\s+(?:\\d{2,6}\\s+|[A-Z]{1,2}\\d{2,6}\\s+)?$`);
/**
 * A table row whose next or previous cell is a rank and nothing else: "1 | Jo Bloggs | PC | 17.02.2013"
 * or "DS | Jo Bloggs | Meeting". Read only in a cell under the table's officer column (tableOfficerCell):
 * a register may set a complainant's cell beside an officer's rank ("Officer | Rank | Complainant").
 */
const RANK_STATUS = '(?:(?:[Ff]ormer|[Rr]etired|[Aa]cting|[Tt]emporary|[Ss]pecial)\\s+)?';
const RANK_CELL_AFTER = new RegExp(`^[ \\t]*\\|[ \\t]*${RANK_STATUS}(?:${RANK_SOURCE})\\.?[ \\t]*(?:\\||\\n|$)`);
const RANK_CELL_BEFORE = new RegExp(`(?:^|\\||\\n)[ \\t]*${RANK_STATUS}(?:${RANK_SOURCE})\\.?[ \\t]*\\|[ \\t]*$`);
/** Words that name a column of a register: a line of cells holding one is a header. */
const COLUMN_NAME = /\b(?:officer|name|rank|complainant|outcome|result|finding|date|type|standards?|allegations?|sanction|unit|role)\b/i;
/** How many lines above a row its table's header may sit (rows wrap over several lines). */
const HEADER_REACH = 40;

/**
 * Whether the mention sits in a table cell whose column the header names as the officer's ("Officer",
 * "Name") in a table that also has a rank column. The header is the nearest line above with column
 * bars, no figures and a column name; a header that names no rank column ends the search, so a
 * complainants' table under an officers' table is read by its own header.
 */
function tableOfficerCell(text: string, m: NameMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const column = (text.slice(lineStart, m.start).match(/\|/g) ?? []).length;
  let end = lineStart - 1;
  for (let k = 0; k < HEADER_REACH && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length > 1 && !/\d/.test(line) && cells.some((c) => COLUMN_NAME.test(c)))
      return cells.some((c) => RANK_COLUMN.test(c)) && OFFICER_COLUMN.test(cells[column] ?? '');
    end = start - 1;
  }
  return false;
}
/** "Fordham J", "Bean LJ", "Jane Doe KC": judges' and counsel's post-nominals, capitals exactly. */
const suffixAfter = (suffixes: readonly string[]) => new RegExp(`^\\s*,?\\s+(?:${suffixes.join('|')})(?![\\p{L}])`, 'u');
const JUDGE_SUFFIX_AFTER = suffixAfter(JUDGE_SUFFIXES);
const COUNSEL_SUFFIX_AFTER = suffixAfter(COUNSEL_SUFFIXES);
const OFFICER_SUFFIX_AFTER = suffixAfter(OFFICER_SUFFIXES);
/**
 * The person described as an officer: "Mr Dean Marchbank, was until 2021 a Detective Sergeant",
 * "Tom Ashdown, 36, a constable", "Ms Lee, who was then a serving police officer", "Jo Bloggs, who
 * left the force in May, was a detective constable", and staff named without an article ("Mr Jo
 * Bloggs, police staff (detention officer)").
 */
const DESCRIBED_AS_OFFICER = new RegExp(
  `^\\s*(?:,|[–—-])?\\s*(?:\\d{2},\\s+)?(?:who\\s+[^,.;\\n]{3,60},\\s*)?(?:who\\s+)?(?:(?:was|is|had\\s+been|has\\s+been|became)\\s+)?(?:(?:until|then|at\\s+the\\s+time)[^,.;]{0,30}?\\s+)?(?:(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?|(?=(?:member\\s+of\\s+(?:the\\s+)?)?police\\s+staff\\b))(?:${RANK_SOURCE}|(?:police\\s+)?officer)(?![\\p{L}])`,
  'iu',
);
/** "Jo Bloggs, who left the force in March, ...": only an officer leaves a force. */
const LEFT_FORCE_AFTER = /^\s*,\s*who\s+(?:had\s+)?(?:left|resigned\s+from|retired\s+from)\s+the\s+(?:force|service|constabulary|police)\b/i;
/** A rank in brackets after the name, as appeal papers give it: "Jo Bloggs (formerly Police Constable 1187, Kent Police)". */
const BRACKETED_RANK_AFTER = new RegExp(`^\\s*\\(\\s*(?:(?:formerly|former|retired|then)\\s+)?(?:a\\s+|an\\s+)?(?:${RANK_SOURCE})(?![\\p{L}])`, 'iu');
/** Counsel and solicitors: "Mr Lee KC (instructed by ...) for the Appellant", "Ms Day appeared for the IOPC", "Mr Lee of counsel for the Respondent". */
const APPEARED_FOR =
  /^\s*(?:,\s*)?(?:\((?:instructed|of)\b[^)]*\)\s*|of\s+counsel\s+)?(?:appeared\s+|appearing\s+)?(?:on\s+behalf\s+of|for)\s+the\s+(?:appellant|claimant|respondent|defendant|officer|appropriate authority|interested party|iopc|chief constable|commissioner|director general|panel|police)/i;
/** A person speaking for a force or the IOPC: "said Jane Hollis, of the IOPC", "Jane Hollis, from Kent Police, said". */
const SPEAKS_FOR =
  /^\s*,\s*(?:of|from|for)\s+(?:the\s+)?(?:IOPC|Independent Office|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}&][\p{L}]*)*\s+(?:Police|Constabulary)|Police|Professional Standards)/u;
/** A person placed in a police unit: "Wayne Couzens – who was in Carrick's unit", "Jo Bloggs, who served in the same team". */
const SERVED_IN_UNIT = /^\s*(?:,|[–—-])\s*who\s+(?:was|served|worked)\s+in\s+(?:the\s+same\s+|[\p{Lu}][\p{L}’']*\s+|his\s+|her\s+)?(?:unit|team|command|squad)\b/u;
/**
 * Counsel listed before their instructing solicitors, on one line or name by name on the lines
 * above: "Mr Tim Owen QC, Mr Dan Sims, and Ms Mia Bull (instructed by ...)", "Jo Kemp\nAl Cross\n(Instructed by ...".
 */
const COUNSEL_LIST = /^(?:[^\n]{0,120}|(?:[^\n]{0,60}\n){1,3}[ \t]*)\([Ii]nstructed\s+by\b/;
/** Judges listed together: "Lord Justice Flaux and Sir Kenneth Parker", "LADY JUSTICE GLOSTER\nSIR COLIN RIMER". */
const JUDGE_LIST_BEFORE = /(?:Lord|Lady|Mr|Mrs|Ms)\s+Justice\s+[\p{Lu}][\p{L}'’-]+\s*(?:,|and|&|\n)\s*(?:(?:Sir|Dame|Lord|Lady)\s+)?$/iu;
/** A form giving the rank on the next line: "Name: Tom Ashdown\nRank: Police Constable", or a two-column table's row "Rank | ...". */
const RANK_FIELD_AFTER = /^[ \t]*\n[ \t]*(?:Rank|Warrant\s+(?:number|no\.?)|Collar\s+(?:number|no\.?)|Shoulder\s+number)\s*[:|]/i;
/**
 * A member of staff's form: "Name: Jo Bloggs" with "Role: Detention Officer" (or "Job title:",
 * "Position:", or a two-column table's "Role | ...") on the next line. Only the force's own people have a role there; a line naming the
 * person as complainant, witness or member of the public is not one.
 */
const STAFF_FIELD_AFTER =
  /^[ \t]*\n[ \t]*(?:Role|Job\s+title|Position|Post|Grade)\s*[:|](?![^\n]*\b(?:complainant|witness|victim|member\s+of\s+the\s+public|relative)\b)/i;
/** A notice's addressee and the former rank under the name (extract/addressee.ts). */
const ADDRESSEE_BEFORE = new RegExp(`${ADDRESSEE_OPENING}$`);
const FORMER_RANK_LINE_AFTER = new RegExp(`^${FORMER_RANK_LINE}`);
/** "Jo Bloggs, who holds the rank of sergeant", "The interested party, Jo Bloggs, holds the rank of ...". */
const HOLDS_RANK_AFTER = /^\s*,?\s*(?:who\s+)?(?:holds|held|has\s+held)\s+the\s+rank\s+of\b/i;
/**
 * An article's byline ("By Jo Bloggs, Crime Reporter" on a line of its own): the journalist who wrote
 * the page is public. Capital "By" at the line's start only, so wrapped prose ("... assaulted\nby Jo
 * Bloggs") never counts.
 */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*By[ \t]+$/;
const BYLINE_AFTER = /^[ \t]*(?:,|\||\n|$)/;
/** A warrant or collar number given with the name: only officers have one. */
const NUMBER_AFTER = /^\s*[,(]?\s*(?:warrant|collar|shoulder)\s+(?:number|no\.?)/i;

/** The name opens the sentence after a news lead about an officer ("A Kent Police sergeant has been sacked ... . Jo Bloggs, 41, ..."). */
const NEWS_LEAD_BEFORE = new RegExp(`${NEWS_LEAD_SOURCE}$`);

/** A judgment caption's party: "on the application of OWEN MARLOWE", "JANE DOE\nAppellant". */
const PARTY_AFTER = /^[ \t]*(?:\n[ \t]*){0,2}(Claimant|Appellant|Respondent|Interested Party|Defendant)s?\b/i;
const PARTY_BEFORE = /\bon the application of[ \t]*(?:\n[ \t]*){0,2}$/i;
/** The document says what that party is: "The claimant, a former police constable of ...", "the Appellant was a serving officer". */
const PARTY_OFFICER = new Map<string, RegExp>();
const partyDescribedAsOfficer = (party: string) =>
  PARTY_OFFICER.get(party) ??
  PARTY_OFFICER.set(
    party,
    new RegExp(
      `\\bthe\\s+${party}\\b\\s*(?:,|\\()?\\s*(?:who\\s+)?(?:(?:is|was|had\\s+been)\\s+)?(?:then\\s+|at\\s+the\\s+(?:material\\s+)?time\\s+)?(?:a|an)\\s+(?:former\\s+|serving\\s+|retired\\s+|probationary\\s+|student\\s+|special\\s+)?(?:police\\s+)?(?:${RANK_SOURCE}|officer)`,
      'i',
    ),
  ).get(party)!;

/**
 * The parties of a judgment's title that are officers are public: a caption party whose role the
 * judgment describes as an officer ("The claimant, a former police constable"). Any other person
 * in a caption (a complainant bringing the claim) stays private.
 */
function partyRole(text: string, m: NameMention): PublicRole | null {
  const role = PARTY_AFTER.exec(text.slice(m.end, m.end + 40))?.[1] ?? (PARTY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) ? 'claimant' : null);
  return role && partyDescribedAsOfficer(role.toLowerCase()).test(text) ? 'officer' : null;
}

/** The public role this mention gives its person, or null: context decides, not the name itself. */
export function publicRoleOf(text: string, m: NameMention): PublicRole | null {
  if (m.anchoredRole) return m.anchoredRole;
  const party = partyRole(text, m);
  if (party) return party;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 120);
  if (
    RANK_BEFORE.test(before) ||
    ((RANK_CELL_BEFORE.test(before) || RANK_CELL_AFTER.test(after)) && tableOfficerCell(text, m)) ||
    DESCRIBED_AS_OFFICER.test(after) ||
    BRACKETED_RANK_AFTER.test(after) ||
    NUMBER_AFTER.test(after) ||
    RANK_FIELD_AFTER.test(after) ||
    STAFF_FIELD_AFTER.test(after) ||
    HOLDS_RANK_AFTER.test(after) ||
    (FORMER_RANK_LINE_AFTER.test(after) && ADDRESSEE_BEFORE.test(before)) ||
    OFFICER_SUFFIX_AFTER.test(after) ||
    SERVED_IN_UNIT.test(after) ||
    LEFT_FORCE_AFTER.test(after) ||
    (namedAsLeadOfficer(text.slice(m.end, m.end + 300)) && NEWS_LEAD_BEFORE.test(text.slice(Math.max(0, m.start - 420), m.start)))
  )
    return 'officer';
  if (JUDGE_SUFFIX_AFTER.test(after) || JUDGE_LIST_BEFORE.test(before)) return 'judge';
  if (
    COUNSEL_SUFFIX_AFTER.test(after) ||
    ROLE_AFTER.test(after) ||
    ROLE_BEFORE.test(before) ||
    APPEARED_FOR.test(after) ||
    COUNSEL_LIST.test(after) ||
    (BYLINE_BEFORE.test(before) && BYLINE_AFTER.test(after)) ||
    SPEAKS_FOR.test(after)
  )
    return 'official';
  return null;
}

/** "Mrs Wood, the complainant", "complainant: Amara Okafor": the person complained (the pseudonym says so). */
const COMPLAINANT_AFTER = /^\s*(?:,|\()\s*(?:who\s+(?:is|was)\s+)?(?:the\s+)?complainant\b/i;
const COMPLAINANT_BEFORE = new RegExp(`\\bcomplainants?\\s*(?:[:,(]|\\bis\\b|\\bwas\\b)?\\s*${HONORIFIC}$`, 'i');

export function isComplainantMention(text: string, m: NameMention): boolean {
  return COMPLAINANT_AFTER.test(text.slice(m.end, m.end + 60)) || COMPLAINANT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
