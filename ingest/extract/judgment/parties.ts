/**
 * Parties and their roles from the caption of a judgment. Headings print the parties as a
 * table that pdf text flattens into lines: names (often in capitals, sometimes numbered "(1)"),
 * role words on their own line or at the end of the name's line, sometimes split ("Interested /
 * Parties"), and "- and -" between sides. Judicial review captions name the Crown first:
 * "THE KING (on the application of X)" makes X the claimant.
 */
import type { PartyFact } from '../../../src/domain/extraction.js';
import type { PartyRole } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';
import { oneLine, tidyName } from './names.js';

/** "Between" that opens the caption, including the letter-spaced "B E T W E E N". */
const CAPTION_START_RE = /^[ \t]*(?:Between|B\s?E\s?T\s?W\s?E\s?E\s?N)\s*:?[ \t]*$/im;

/**
 * A judicial review caption opened by the Crown's line itself, with no "Between" above it:
 * "R (on the application of X) Appellant / v / Y Respondent", or its short form "R (X)" when a role or
 * "v" follows within three lines (a case cited in the text is never set out so). Upper or title case. A
 * sealed order prints the Crown, "on the application of" and the claimant on lines of their own, unbracketed.
 */
const JR_CAPTION_LINE_RE =
  /^[ \t]*(?:THE\s+KING|THE\s+QUEEN|R|REGINA|REX)\s*\(?\s*on\s+the\s+application\s+of\b|^[ \t]*(?:THE\s+KING|THE\s+QUEEN|R)\s*\([^()\n]{3,150}\)[ \t]*(?:(?:Claimant|Appellant|Applicant)s?[ \t]*)?\n(?=(?:[^\n]*\n){0,2}[ \t]*(?:(?:Claimant|Appellant|Applicant)s?|[-–]*[ \t]*(?:v|vs|versus)\.?[ \t]*[-–]*)[ \t]*\n)/im;
/**
 * What follows the caption: counsel ("Ms X (instructed by ...)", "Mr Y for the Claimant"), a note
 * that a party took no part, the transcriber's notice, the hearing date, the judgment, or the
 * heading of a sealed order (whose recitals name the parties by role again).
 */
const CAPTION_END_RE =
  /\binstructed\s+by\b|^[ \t]*(?:Hearing\s+dates?|Approved\s+Judgment|JUDGMENT)\b|^[ \t]*ORDER(?:[ \t]+(?:MADE[ \t]+)?BY\b[^\n]*)?[ \t]*$|\bappeared\s+(?:on\s+behalf|for)\b|\bin\s+person\b|\bfor\s+the\s+(?:Claimant|Defendant|Appellant|Respondent|Applicant|Interested|First|Second)|\b(?:did\s+not\s+appear|was\s+not\s+represented|not\s+participating)\b/im;

/**
 * The transcriber's notice that older transcripts print inside the caption, sometimes between the
 * names and their roles ("(Transcript of the Handed Down Judgment of ... Shorthand Writers to the
 * Court)"). It is blanked, keeping offsets, so the roles after it still reach their names.
 */
const TRANSCRIBER_NOTICE_RE = /^[ \t]*\(Transcript\s+of\b[^)]{0,400}\)[ \t]*$/gm;

/** How far a caption may run; long captions of many interested parties still fit. */
const CAPTION_CHARS = 2500;

/**
 * Role words. Written as a list of fixed words with optional plural, separated by "/" for a
 * party that changed sides ("Claimant/Respondent"), and the ordinal of a numbered party ("Second
 * Interested Party"), which would otherwise stay on the end of the name. Case-insensitive because
 * some headings print roles in capitals.
 */
const ROLE_WORD = '(?:(?:First|Second|Third|Fourth|Fifth)\\s+)?(?:Claimant|Defendant|Interested\\s+Part(?:y|ies)|Intervener|Intervenor|Appellant|Respondent|Applicant)s?';

/** A line that is nothing but role words: the right-hand column of the caption table. */
const ROLE_LINE_RE = new RegExp(`^(?:${ROLE_WORD})(?:\\s*/\\s*(?:${ROLE_WORD}))*$`, 'i');

/** Role words at the end of a name's line ("POLICE MISCONDUCT PANEL Defendant"). */
const TRAILING_ROLE_RE = new RegExp(`^(.*?\\S)\\s+(${ROLE_WORD}(?:\\s*/\\s*${ROLE_WORD})*)$`);

/** "Interested" alone at a line end, with "Party"/"Parties" on the next line: a wrapped role. */
const SPLIT_ROLE_RE = /^(.*?)\s*\bInterested$/i;

/** Separator lines between the sides: "- and -", "and", "v", "-v-", "versus". */
const SEPARATOR_RE = /^[-–\s]*(?:and|v\.?|vs\.?|versus)[-–\s]*$/i;

/** A line of dashes, underscores or table bars ruling off the caption. */
const RULE_RE = /^[-–_=|\s]+$/;

/** Table bars at a line's edges, left by captions printed as HTML tables. */
const TABLE_EDGE_RE = /^[|\s]+|[|\s]+$/g;

/** "(1)", "(2)" or "1)" numbering a list of parties on the same side. */
const NUMBERING_RE = /^\(?(\d{1,2}|[ivx]{1,4})\)\s*/i;

/**
 * The Crown's part of a judicial review caption, leaving the claimant: "THE KING (on the
 * application of X)", "R (X)", "THE QUEEN ON THE APPLICATION OF X", with or without brackets, or
 * the Crown's words alone on their lines above numbered claimants ("(on the application of" / "(1) ...").
 */
const ON_THE_APPLICATION_RE = /^(?:THE\s+)?(?:KING|QUEEN|R|REGINA|REX)\b\s*\(?\s*(?:on\s+the\s+application\s+of\b\s*)?/i;

/** Whether the words "on the application of" appear, so that the Crown prefix can be dropped. */
const APPLICATION_OF_RE = /on\s+the\s+application\s+of/i;

/**
 * A judicial review title on one line, in any case: "R (on the application of X) v Y",
 * "The King (on the application of X) v Y", "R (X) v Y", "R (X) v. Y". The bracket holds no
 * nested brackets and both names are bounded, so the pattern is linear.
 */
const JR_TITLE_RE =
  /^[ \t]*(?:.{0,80}?[.:][ \t]+)?(?:R|The\s+King|The\s+Queen|Regina|Rex)\s*\(\s*(?:on\s+the\s+application\s+of\s+)?([^()\n]{2,120})\)\s+v\.?\s+([^\n]{3,120}?)[ \t]*$/im;

/** The heading region where a title caption is printed. */
const TITLE_CHARS = 3000;

/**
 * A title whose parties carry their roles in brackets, as the Supreme Court prints them: "X
 * (Appellant) v Y (Respondent)". The text layer may drop the space after "v". Both names are
 * bounded and bracket-free, so the pattern is linear.
 */
const ROLE_TITLE_RE = new RegExp(`^[ \\t]*([^()\\n]{1,120}?)\\s*\\((${ROLE_WORD})\\)\\s*v\\.?\\s*([^()\\n]{2,160}?)\\s*\\((${ROLE_WORD})\\)[ \\t]*$`, 'im');

/** A caption of a judicial review printed as a title line, when the heading has no "Between". */
function titleParties(doc: DocText): PartyFact[] {
  const head = doc.text.slice(0, TITLE_CHARS);
  const roled = ROLE_TITLE_RE.exec(head);
  if (roled) {
    const source = doc.span(roled.index, roled.index + roled[0].length);
    return [
      [roled[1], roled[2]],
      [roled[3], roled[4]],
    ].flatMap(([name, role]) => rolesOf(role ?? '').map((r) => ({ name: tidyName(name ?? ''), role: r, source })));
  }
  const m = JR_TITLE_RE.exec(head);
  if (!m) return plainTitleParties(doc);
  const claimant = tidyName(m[1] ?? '');
  // A trailing bracket on the defendant's side names the interested party ("(PS X)").
  const bracket = TRAILING_BRACKET_RE.exec(m[2] ?? '');
  const defendant = tidyName((m[2] ?? '').replace(TRAILING_BRACKET_RE, ''));
  const interested = bracket ? tidyName(bracket[0].replace(/^[\s(]+|[)\s]+$/g, '')) : '';
  const source = doc.span(m.index, m.index + m[0].length);
  const out: PartyFact[] = [];
  if (claimant) out.push({ name: claimant, role: 'claimant', source });
  if (defendant) out.push({ name: defendant, role: 'defendant', source });
  if (interested && !OTHERS_RE.test(interested)) out.push({ name: interested, role: 'interested_party', source });
  return out.length ? out : plainTitleParties(doc);
}

/** "Anor", "Ors", "Another", "Others": unnamed further parties in an index title. */
const OTHERS_RE = /^(?:anor|ors|another|others)$/i;

/**
 * An index title "A v B & C" (BAILII's "X, R (on the application of) v Y" included), printed
 * as the document's first line or after the last ">>" of its breadcrumb, ending at the citation.
 * Groups: 1 the first side, 2 the second, 3 a further party after "&".
 */
const PLAIN_TITLE_RE = /^([^\n[\]]{2,120}?)\s+v\.?\s+([^\n[\]&]{2,120}?)(?:\s+&\s+([^\n[\]]{2,80}?))?\s*(?:\[\d{4}\][^\n]*)?$/;

/** The Crown's words in an index title ("Bolt, R (on the application of)"): the claimant is the name before them. */
const INDEX_CROWN_RE = /,?\s*R\s*\((?:on\s+the\s+application\s+of\s*)?\)\s*$/i;

/** The last ">>" of a breadcrumb: the title follows it. */
const BREADCRUMB_RE = />>\s*(?![\s\S]*>>)/;

/** A title line of the form "A v B", when the heading has no caption. */
function plainTitleParties(doc: DocText): PartyFact[] {
  const head = doc.text.slice(0, TITLE_CHARS);
  const crumb = BREADCRUMB_RE.exec(head.slice(0, 800));
  const from = crumb ? crumb.index + crumb[0].length : head.search(/\S/);
  if (from < 0) return [];
  // An index title may wrap onto the next line before its citation.
  const line = oneLine(head.slice(from, from + 300).split(/\n\s*\n|\n(?=URL:|Cite\s+as:|Neutral)/)[0] ?? '').replace(/\s*\(\d{1,2}\s+\w+\s+\d{4}\)\s*$/, '');
  const m = PLAIN_TITLE_RE.exec(line);
  if (!m) return [];
  const source = doc.span(from, from + Math.min(line.length, 300));
  const out: PartyFact[] = [];
  const add = (raw: string | undefined, role: PartyRole) => {
    const name = tidyName((raw ?? '').replace(INDEX_CROWN_RE, ''));
    if (name && !OTHERS_RE.test(name)) out.push({ name, role, source });
  };
  add(m[1], 'claimant');
  add(m[2], 'defendant');
  add(m[3], 'interested_party');
  return out;
}

/** "R (X)" without the words "on the application of": still the Crown's caption. */
const CROWN_BRACKET_RE = /^(?:THE\s+)?(?:KING|QUEEN|R)\s*\(/i;

/** Commas and spaces left at the edges once the Crown's part is gone. */
const EDGE_SPACE_RE = /^[\s,]+|[\s,]+$/g;

/** Drops the Crown's caption bracket left at either edge, keeping a bracket the name itself closes ("Panel Chair (Misconduct Panel)"). */
function trimBrackets(s: string): string {
  let out = s.replace(EDGE_SPACE_RE, '');
  const count = (c: string) => out.split(c).length - 1;
  while (out.startsWith('(') && count('(') > count(')')) out = out.slice(1).replace(EDGE_SPACE_RE, '');
  while (out.endsWith(')') && count(')') > count('(')) out = out.slice(0, -1).replace(EDGE_SPACE_RE, '');
  return out;
}

/** "(1)" alone on its line: the next line is a new party. */
const NUMBER_ONLY_RE = /^\(?\d{1,2}\)$/;

/** "Party"/"Parties" alone on a line, completing "Interested" from the line before. */
const ROLE_CONTINUATION_RE = /^Part(?:y|ies)$/i;

/** A bracket at the end of the defendant's side of a title names an interested party. */
const TRAILING_BRACKET_RE = /\s*\([^()]*\)\s*$/;

function rolesOf(words: string): PartyRole[] {
  return words.split('/').flatMap((w): PartyRole[] => {
    const k = oneLine(w)
      .toLowerCase()
      .replace(/^(?:first|second|third|fourth|fifth)\s+/, '');
    if (k.startsWith('claimant') || k.startsWith('applicant')) return ['claimant'];
    if (k.startsWith('defendant')) return ['defendant'];
    if (k.startsWith('interested')) return ['interested_party'];
    if (k.startsWith('interven')) return ['intervener'];
    if (k.startsWith('appellant')) return ['appellant'];
    if (k.startsWith('respondent')) return ['respondent'];
    return [];
  });
}

/** A party's name without the Crown's part of a JR caption, numbering and trailing brackets. */
function partyName(raw: string): string {
  let s = oneLine(raw).replace(NUMBERING_RE, '');
  if (APPLICATION_OF_RE.test(s) || CROWN_BRACKET_RE.test(s)) s = s.replace(ON_THE_APPLICATION_RE, '');
  return tidyName(trimBrackets(s));
}

/**
 * Where a caption opened by the Crown's line really starts: an appeal caption prints the party that
 * appeals above it ("THE CHIEF CONSTABLE OF X Appellant / - and - / THE KING on the application of
 * ..."). Lines just above that carry a role, or separate the sides, belong to the caption; a rule
 * line, the bench or any other line ends it.
 */
function partiesAbove(text: string, crownAt: number): number {
  let from = crownAt;
  let lines = 0;
  const lineAbove = (at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 2) + 1;
    return { lineStart, line: text.slice(lineStart, Math.max(lineStart, at - 1)).replace(TABLE_EDGE_RE, '') };
  };
  while (from > 0 && lines++ < 8) {
    const { lineStart, line } = lineAbove(from);
    if (SEPARATOR_RE.test(line) || TRAILING_ROLE_RE.test(line)) from = lineStart;
    else if (ROLE_LINE_RE.test(line)) {
      // A role alone on its line: the party's name is the line above it.
      const name = lineAbove(lineStart);
      if (!name.line || RULE_RE.test(name.line) || lineStart === 0) break;
      from = name.lineStart;
    } else break;
  }
  return from;
}

interface Group {
  lines: string[];
  start: number;
  end: number;
}

export function findParties(doc: DocText): PartyFact[] {
  const text = doc.text;
  const head = text.slice(0, 8000);
  const open = CAPTION_START_RE.exec(head);
  const crown = open ? null : JR_CAPTION_LINE_RE.exec(head);
  if (!open && !crown) return titleParties(doc);
  const from = open ? open.index + open[0].length : partiesAbove(text, crown!.index);
  let block = text.slice(from, from + CAPTION_CHARS).replace(TRANSCRIBER_NOTICE_RE, (m) => m.replace(/[^\n]/g, ' '));
  const close = CAPTION_END_RE.exec(block);
  if (close) block = block.slice(0, close.index);
  // Drop the last line if the end marker cut into it (counsel's name precedes "instructed by").
  const cut = block.lastIndexOf('\n');
  if (close && cut >= 0) block = block.slice(0, cut);

  const out: PartyFact[] = [];
  let groups: Group[] = [];
  let roles: PartyRole[][] = [];
  let lastWasName = false;
  let pendingNumber = false;

  const flush = () => {
    if (!groups.length || !roles.length) return;
    let gs = groups;
    // Several role lines after one run of names: the table's columns were flattened, one name
    // line per role ("PANEL / P.S. X / Defendant / Interested Party").
    if (roles.length > 1 && gs.length === 1 && gs[0] && gs[0].lines.length === roles.length) {
      const g = gs[0];
      gs = g.lines.map((l) => ({ lines: [l], start: g.start, end: g.end }));
    }
    gs.forEach((g, i) => {
      const rs = roles.length === gs.length ? roles[i] : roles[0];
      const name = partyName(g.lines.join(' '));
      if (!name) return;
      for (const role of rs ?? []) out.push({ name, role, source: doc.span(g.start, g.end) });
    });
    groups = [];
    roles = [];
  };

  let offset = from;
  const lines = block.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const lineStart = offset;
    offset += raw.length + 1;
    let line = raw.replace(TABLE_EDGE_RE, '');
    if (!line || RULE_RE.test(line)) continue;
    if (SEPARATOR_RE.test(line)) {
      flush();
      lastWasName = false;
      continue;
    }
    // "Interested" at a line end with "Party" starting the next line.
    const split = SPLIT_ROLE_RE.exec(line);
    const nextLine = (lines[i + 1] ?? '').trim();
    if (split && ROLE_CONTINUATION_RE.test(nextLine)) {
      line = `${split[1] ?? ''} Interested ${nextLine}`.trim();
      offset += (lines[i + 1] ?? '').length + 1;
      i++;
    }
    if (ROLE_LINE_RE.test(line)) {
      roles.push(rolesOf(line));
      lastWasName = false;
      continue;
    }
    if (roles.length) flush();
    const trailing = TRAILING_ROLE_RE.exec(line);
    const name = trailing ? (trailing[1] as string) : line;
    const numbered = NUMBERING_RE.test(name) || pendingNumber;
    pendingNumber = NUMBER_ONLY_RE.test(name);
    if (!pendingNumber) {
      const last = groups[groups.length - 1];
      if (last && lastWasName && !numbered) {
        last.lines.push(name);
        last.end = lineStart + raw.length;
      } else groups.push({ lines: [name], start: lineStart + raw.indexOf(name), end: lineStart + raw.length });
    }
    lastWasName = !pendingNumber;
    if (trailing) {
      roles.push(rolesOf(trailing[2] as string));
      flush();
      lastWasName = false;
    }
  }
  flush();
  // A last side printed without a role line (or with an unusual one): opposite a lone claimant it is the defendant.
  const lone = groups[0];
  if (lone && !roles.length && out.some((p) => p.role === 'claimant') && !out.some((p) => p.role === 'defendant' || p.role === 'respondent')) {
    const name = partyName(lone.lines[0] ?? '');
    if (name) out.push({ name, role: 'defendant', source: doc.span(lone.start, lone.end) });
  }
  return out.length ? out : titleParties(doc);
}
