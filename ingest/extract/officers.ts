import type { OfficerFact } from '../../src/domain/extraction.js';
import type { DocumentKind, Rank } from '../../src/domain/vocabulary.js';
import { modelOf, type Field } from '../model/index.js';
import type { DocText } from '../text.js';
import { CAPS_NAME_WORD, NAME_WORD, POSSESSIVE, WRAPPED_NAME_HYPHEN, escapeRegex, isJobTitle, isNameWord, squash, titleCase } from './names.js';
import { foldName } from '../../src/domain/names.js';
import { isGivenName } from '../redact/lexicon.js';
import { inRanges, linkListRanges } from './linkLists.js';
import { NEWS_LEAD_SOURCE, namedAsLeadOfficer } from './newsLead.js';
import { RANK_SOURCE, normaliseRank } from './ranks.js';
import { rankColumnOfficers } from './rankColumns.js';
import { listedUnderRoleField } from './roleLists.js';
import { ADDRESSEE_OPENING, FORMER_RANK_LINE } from './addressee.js';
import { FACED_PROCEEDINGS, findStandardMentions } from './standards.js';

/** Initials before a surname ("J. Varleigh", "A.B. Khan"): a name, not the label "PC J". */
const INITIALS = '(?:[A-Z]\\.[ \\t]?){1,3}';
/**
 * A name the page wrapped ("Police Constable John\nVarleigh."): one line break inside it is allowed
 * only when the word after the break goes on with the sentence (punctuation or a lower-case word
 * follows, or the word ends its line, as in a list of subjects), so a name never swallows the next
 * line's heading or field ("Smith\nRoads Policing Unit"); unwrapName then keeps the word only when the
 * text names it again with a rank.
 */
const WRAPPED_NAME = `(?:${INITIALS})?(?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){0,2}[ \\t]*\\n[ \\t]*(?:${NAME_WORD})(?=[ \\t]*(?:[,.;:)]|\\n|$)|[ \\t]+[a-z])`;
/** A running header's page number ("PC Okafor-Lyle Page 2 of 4"): furniture, never the next word of a name. */
const PAGE_FURNITURE = '(?!Page[ \\t]+\\d+[ \\t]+of[ \\t]+\\d)';
const NAME_SOURCE = `${WRAPPED_NAME}|(?:${INITIALS})?(?:${NAME_WORD})(?:[ \\t]+${PAGE_FURNITURE}(?:${NAME_WORD})){0,3}|(?:${CAPS_NAME_WORD})(?:[ \\t]+(?:${CAPS_NAME_WORD})){0,3}`;
/** A lone initial: a name cannot end with one ("PC A. The panel" is the label PC A). */
const INITIAL_WORD = /^[A-Z]\.$/;
const FORMER_SOURCE = '[Ff]ormer|FORMER|[Ee]x-|[Tt]hen|[Rr]etired';
/** A force word inside the words read as a name ("Hertfordshire Constabulary"): a force, not a person. */
const FORCE_WORD = /\b(?:Police|POLICE|Constabulary|CONSTABULARY)\b/;
/**
 * Words after a capitalised "name" that make it a force, not a person: a heading ending in a rank
 * ("Hearing: Chief Superintendent") runs into the next line's "Hertfordshire Constabulary". The
 * capitalised words allowed in between stop backtracking from "Thames Valley Police" to "Thames".
 * "Police Constable" on the next line is a rank (a list of officers), not an institution.
 */
const INSTITUTION_AFTER =
  '[ \\t]*(?:\\n[ \\t]*)?(?:[A-Z][a-z]+[ \\t]+){0,2}(?:(?:Police|POLICE)(?![ \\t]+(?:Constable|Sergeant|Staff|Community))|Constabulary|CONSTABULARY)\\b';

/**
 * Rank, optional warrant/collar number, then a name: "Police Sergeant 9416 Clive Garton",
 * "PC Jordan Halstow (2213U)", "P.S. SARAH SRIVASTAVA", "then detective sergeant James Mason".
 * Name words are space-separated only, so a name never runs into the next line's heading; a name
 * ends at a word's end, so refusing a force after it never shortens the surname instead.
 */
// An abbreviation's full stop ("Insp.", "Supt.") may follow the rank; after a whole word ("police
// staff. Finding: proven") the full stop ends a sentence and the next capital is no name. A comma
// sets a name in apposition after "the"/"its"/a possessive ("the force's Chief Constable, Jo Bloggs"),
// or an honorific and name after "a" ("brought by a serving police constable, Mr Bloggs").
const RANKED_NAME = new RegExp(
  `(?<![A-Za-z])(?:(${FORMER_SOURCE})\\s+)?(${RANK_SOURCE})(?:(?<![a-z]{5})\\.|(?<=\\b(?:[Tt]he|its|['’]s)\\s+(?:[A-Za-z-]+\\s+){0,2}[A-Za-z]+),(?=\\s+[A-Z][a-z]+\\s+[A-Z])|(?<=\\b[Aa]n?\\s+(?:[A-Za-z-]+\\s+){0,2}[A-Za-z]+),\\s+(?:Mr|Mrs|Ms|Miss|Mx)\\.?(?=\\s+[A-Z]))?\\s+(?:(\\d{2,6}[A-Z]{0,2}|[A-Z]{1,2}\\d{2,6})(?:\\s+|[.,]\\s*))?(${NAME_SOURCE})(?![A-Za-z'’-])(?!${INSTITUTION_AFTER})(?:\\s*\\((\\d{2,6}[A-Z]{0,2})\\))?`,
  'g',
);

/**
 * Anonymity labels: a rank or "Officer" and a capital with up to three digits ("PC A", "Officer C1",
 * "Armed Police Officer W80"), or "Officer" and a number ("Officer 2", as reviews number their case
 * studies' officers; after a rank a number is a collar number). The letter must stand alone, so "PC
 * Aaron" is a name, not a label.
 */
const LABELLED = new RegExp(
  `(?<![A-Za-z])(?:(${FORMER_SOURCE})\\s*)?(${RANK_SOURCE}|[Oo]fficer|OFFICER)\\s+["“'‘]?([A-Z]\\d{0,3}|(?<=\\b(?:Officer|OFFICER)\\s+)\\d{1,2})["”'’]?(?![A-Za-z0-9])`,
  'g',
);

/**
 * A named person then described by rank, for articles and judgments that name first:
 * "Mr Alan Drew, was until May 2020 a Detective Sergeant", "Ruth Bole, 41, a
 * constable", "Ian Peck – a serving Met Police officer", and staff described without an article
 * ("Subject: Jo Bloggs, member of police staff (detention officer)", "Mrs Jo Bloggs, police staff
 * investigator", "Mr Jo Bloggs, Investigator (police staff)"), and a relative clause in between ("Jo Bloggs, who left the force last year, was a
 * Detective Constable"), whose leaving makes the person former.
 */
const NAMED_THEN_RANKED = new RegExp(
  `(?:\\b(?:Mr|Mrs|Ms|Miss)\\s+((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){0,2})|((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2}))\\s*(?:,|[–—-])\\s*(?:\\d{2},\\s+)?(?:(who\\s+(?:had\\s+)?(?:left|resigned|retired)\\b)?(?:who\\s+[^,.\\n]{3,60},\\s*))?(?:(?:was|is)\\s+)?(?:(until\\s+[A-Za-z0-9 ]{3,25}?)\\s+)?(?:(?:a|an)\\s+((?:former|serving|retired|then)\\s+)?(?:[A-Za-z]+\\s+){0,2}?|(?:[A-Z][a-z]+\\s+){1,2}\\(\\s*(?=[Pp]olice\\s+staff)|(?=(?:[Mm]ember\\s+of\\s+(?:the\\s+)?)?[Pp]olice\\s+staff))(${RANK_SOURCE}|(?:police\\s+)?officer)(?![A-Za-z])`,
  'g',
);

/**
 * A role attached to a name ("Supt Jo Bloggs (police member)", "PC Al Ray, a witness") or a field
 * before it ("Federation friend: PS ...") makes the person a panel member, witness or helper. One such
 * mention is enough to drop the person; "said" is weaker (subjects' own accounts are reported) and
 * drops them only when every mention has it.
 */
const ROLE_AFTER =
  /^\s*[,(]\s*(?:the\s+|a\s+|an\s+)?(?:police member|independent (?:panel )?member|panel member|lay member|Legally Qualified Chair|chair|assessor|adviser|witness|investigating officer|spokes(?:man|woman|person)|head of professional standards|(?:Police\s+)?Federation (?:friend|representative)|friend)\b|^\s*,\s*(?:from|of)\s+(?:the\s+)?[^,\n]{0,60}\bProfessional Standards\b/i;
/**
 * The person who chaired, conducted or decided the proceedings ("a hearing conducted by Chief
 * Constable ...", "a decision was taken by ACC ...", "chaired by DCC ..."), or who holds a panel role
 * ("Panel member: Supt ..."), or a meeting's "Person conducting" column beside the name, or represents
 * the subject ("Federation representative, DS ..."); "the staff member, Detention Officer ..." describes the subject.
 */
const ROLE_BEFORE =
  /\b(?:person|officer)\s+conducting(?:\s+the\s+(?:meeting|hearing))?\s*:?\s*$|(?:friend|chair(?:ed by)?|(?<!\bstaff\s)member|witness|panel|assessor|representative)\s*[:,]\s*$|\b(?:chaired|conducted|heard|led|presided over|decided|determined|taken|held)\s+by\s+$|\b(?:witness|friend)\s+$/i;
/**
 * Field labels naming a panel or staff role ("Chairperson:", "Senior Police Officer:", "Independent
 * Member:", a meeting's "Person conducting"); a "staff member" is the subject's own description.
 */
const ROLE_FIELD =
  /\b(?:chair\w*|(?:person\s+)?conducting|decision\s+maker|(?<!\bstaff\s)member|assessor|adviser|senior police officer|presenting|appropriate authority|friend|representative|witness|investigator|secretary|spokes\w+)\b/i;
/**
 * A sentence ended inside a field's value before the name: a transcript's speaker label ("THE CHAIR:
 * Thank you. DC Jo Bloggs, you may sit"), whose words name others, not the holder of the role.
 */
const SPEECH = /[.!?]\s/;
/**
 * "X said": a quote from a spokesperson; "was said to have breached" states an allegation, not a
 * quote. The spokesperson's department can be long enough for the page to wrap before "said".
 */
const SAID_AFTER = /^[^.]{0,80}?\b(?:said|says)\b(?!\s+to\s+(?:have|be)\b)/i;
/**
 * A label's rank given after it: "Officer A (Police Constable, ...)", "Officer B (a Police Sergeant)",
 * "Officer B, a sergeant", or a list of labels with their ranks ("Officer C1: Police Constable"); a
 * table read one cell a line puts the rank alone on the line under the label ("Officer A\nDetective Constable").
 */
const RANK_AFTER_LABEL = new RegExp(
  `^\\s*(?:\\(\\s*(?:(?:a|an)\\s+)?|,\\s*(?:a|an)\\s+|[:–-]\\s*(?:(?:a|an)\\s+)?|[ \\t]*\\n[ \\t]*(?=(?:${RANK_SOURCE})[ \\t]*(?:\\n|$)))(${RANK_SOURCE})(?![A-Za-z])`,
);
/**
 * A named person placed in a police unit by an article: "Wayne Smith — who was in Carrick's unit",
 * "Jo Bloggs, who served in the same team". No rank is given.
 */
const NAMED_IN_UNIT = new RegExp(
  `((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2})\\s*(?:,|[–—-])\\s*who\\s+(?:was|served|worked)\\s+in\\s+(?:the\\s+same\\s+|[A-Z][\\w’']*\\s+|his\\s+|her\\s+)?(?:unit|team|command|squad)\\b`,
  'g',
);
/**
 * A named person who left the force ("Jo Bloggs, who left the force in March, was driving ..."): a
 * former officer, whose rank comes from the text's one "a former ... constable" description if it has one.
 */
const NAMED_LEFT_FORCE = new RegExp(
  `((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2}),\\s+who\\s+(?:had\\s+)?(?:left|resigned\\s+from|retired\\s+from)\\s+the\\s+(?:force|service|constabulary|police)\\b`,
  'g',
);
/** A notice served on a former officer, addressed to them by name with their old rank below (extract/addressee.ts). */
const ADDRESSEE_FORMER_RANK = new RegExp(`${ADDRESSEE_OPENING}((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,3})${FORMER_RANK_LINE}`, 'g');
/** A news lead's officer named at the start of the next sentence ("A Kent Police sergeant has been sacked ... . Jo Bloggs, 41, ..."). */
const DESCRIBED_THEN_NAMED = new RegExp(`${NEWS_LEAD_SOURCE}((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2})(?![A-Za-z'’-])`, 'g');
/** "A former Northumbria Police constable": the rank of a former officer described without a name. */
const FORMER_DESCRIBED = new RegExp(`\\b(?:a|the)\\s+former\\s+(?:[A-Z][a-z]+\\s+){0,3}(${RANK_SOURCE})(?![A-Za-z])`, 'g');
/** "called Officer 1 and", "referred to as Officer A, Officer B and": a list of the labels a text will use. */
const LABELS_INTRODUCED_BEFORE = /\b(?:called|referred\s+to\s+as|known\s+as)\s+(?:Officer\s+[A-Z0-9]\d{0,3}\s*(?:,|and)\s*)*$/;
/** The identifier of an anonymity label ("A", "C1", "W80"). */
const LABEL_ID = /^[A-Z]\d{0,3}$/;
/** "former"/"ex-"/"retired" (not "then") before a rank: the officer has left. */
const FORMER_WORD = /former|ex|retired/i;
/** "a former constable", "a retired sergeant". */
const LEFT_WORD = /former|retired/i;
/** A rank read only as "officer" gives no rank ("police community support officer" is one). */
const rankOrNull = (words: string): string | null => (normaliseRank(squash(words)) ? squash(words) : null);
/** "then detective sergeant": a past rank, used only when no other is given. */
const PAST_RANK_PREFIX = /^(?:the|then)\b/i;
/** "PC Lowe is a firearms instructor", "remains an officer": present tense, still serving. */
const PRESENT_ROLE_AFTER = /^[^.]{0,40}\b(?:is|remains) an? /;
/** Separators between the words of a captured name. */
const NAME_GAP = /\s+/;
/** A line opened by a subject field or an officer's allegations heading, up to a mention. */
const SUBJECT_LINE = /(?:^|\n)\s*(?:name of officer|officers?|subject|allegations?\s*(?:[–—:-]|against|concerning|regarding|in\s+respect\s+of))\b[^\n]*$/i;
/**
 * A heading that is only an officer's rank and name ("PC Wass", "Inspector Pybus (retired)"): the
 * section below it is about that officer. Before the mention only capitalised words since the
 * line start, and the line before ends a sentence or is itself short (a heading), so a long line
 * wrapped before the name ("...; Detective Constable 1873\nSamir Qureshi") is no heading; after
 * the mention nothing but an optional bracket to the line end.
 */
const HEADING_BEFORE = /(?:^|[.:!?)\]][ \t]*\n|(?:^|\n)[^\n]{0,50}\n)[ \t]*(?:[A-Z][A-Za-z.]*[ \t]+){0,4}$/;
/** The rest of a heading's line after the name: at most a bracket ("(retired)"). */
const HEADING_AFTER = /^[ \t]*(?:\([^)\n]{0,30}\))?[ \t]*(?:\n|$)/;
/** A possessive right after a mention ("Pybus's direction", "Jones' instruction"). */
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;
/** Where the clause holding a mention opens, looking back. */
const CLAUSE_OPEN = /[.;:!?\n](?=[^.;:!?\n]*$)/;
/** A lower-case word before the mention in its clause: the possessive is not the clause's subject. */
const CLAUSE_WORDS_BEFORE = /\b[a-z]{2,}\b/;
/**
 * Field labels and headings that name the subject ("Allegations against PCSO X"), so one mention is
 * enough. Only an officer appeals to a police appeals tribunal, so its "Appellant:" field names the subject.
 */
const SUBJECT_FIELD_BEFORE =
  /(?:name of officer|officer(?:\(s\))?|officers?\s+concerned|subject|in relation to|in the matter of|an appeal (?:by|of)|appellant|alleged that|found that|allegations?\s+against)\s*[:–-]?\s*$/i;

/**
 * "reduction in rank to the rank of Sergeant", "reduced to Constable", "reduced by one rank, to
 * Inspector": the latest rank, also as an
 * outcome field opens it ("Reduction in rank to Constable") or a table's "Current rank | ..." row
 * gives it after the hearing. An
 * acting rank ("A/Insp ... (substantive rank Sergeant)") is held for a while; the substantive one is the
 * officer's own.
 */
const REDUCED_TO = new RegExp(
  `\\b(?:(?:[Rr]eduction\\s+in\\s+rank|[Rr]educed\\s+in\\s+rank|[Rr]educed(?:\\s+by\\s+(?:one|a|two)\\s+ranks?,?)?|[Dd]emoted)\\s+to\\s+(?:the\\s+rank\\s+of\\s+)?|[Ss]ubstantive\\s+rank\\s+(?:of\\s+|is\\s+|was\\s+)?(?:an?\\s+)?|[Cc]urrent\\s+rank[ \\t]*[:|][ \\t]*)(${RANK_SOURCE})`,
  'g',
);
/** Evidence the subject has left: "resigned", "retired", "the former officer". */
const LEFT_SERVICE =
  /\b(?:resigned|retired|the former officer|the ex-officer|left the (?:force|service|constabulary))\b|\b(?:claimant|appellant|respondent|applicant)\b[^.]{0,60}?\b(?:is|was|,)\s*(?:a|an)\s+former\b/i;
/**
 * The mention's own sentence or the next says the person has since left ("PC Jo Bloggs - the
 * sergeant that night. He has since retired", "Jo Bloggs, who has since resigned"): a page about
 * several officers says it of one, so the page-wide evidence above cannot.
 */
const LEFT_SINCE_AFTER =
  /^[^.]*(?:\.\s+(?:He|She|They)\s+|,\s+who\s+|\b(?:and|but)\s+(?:he|she)\s+)(?:has|have|had)\s+(?:since\s+)?(?:retired|resigned|left\s+the\s+(?:force|service|constabulary))\b/;
/** Evidence the subject still serves. */
const STILL_SERVING = /\b(?:remains? (?:a )?serving|serving officer|remains a police officer|still serving)\b/i;

interface Mention {
  key: string;
  start: number;
  end: number;
  name: string | null;
  label: string | null;
  rankText: string | null;
  rank: Rank | null;
  warrant: string | null;
  former: boolean;
  subjectField: boolean;
  roleContext: boolean;
  saidContext: boolean;
}

function context(doc: DocText, start: number, end: number): { roleContext: boolean; subjectField: boolean; saidContext: boolean } {
  const before = doc.text.slice(Math.max(0, start - 40), start);
  const after = doc.text.slice(end, end + 80);
  const field = fieldHolding(doc, start);
  // A heading that names one case of a listing ("12 May 2023 - PC Jo Bloggs") introduces its subject.
  const caseHeading = modelOf(doc).sections.some((s) => s.heading !== null && s.start <= start && start < s.start + s.heading.length + 1);
  return {
    roleContext:
      ROLE_AFTER.test(after) ||
      ROLE_BEFORE.test(before) ||
      (field !== null && ROLE_FIELD.test(field.label) && !SPEECH.test(doc.text.slice(field.valueStart, start))) ||
      listedUnderRoleField(doc, start),
    subjectField:
      SUBJECT_FIELD_BEFORE.test(before) ||
      caseHeading ||
      (field !== null && SUBJECT_LABEL.test(field.label)) ||
      inSubjectColumn(doc, start) ||
      PARTY_LINE_AFTER.test(after) ||
      subjectOfFinding(doc, start),
    saidContext: SAID_AFTER.test(after),
  };
}

/** The next line gives the person's part in an appeal or claim ("DS JO BLOGGS\nAppellant"): a party, the subject. */
const PARTY_LINE_AFTER = /^[ \t]*\n[ \t]*(?:Appellant|Claimant|Applicant|Interested\s+Party)\b/i;
/**
 * A sentence that reports what was found against its subject or done to them ("PC X was found to have
 * ...", "was dismissed"), or the proceedings they faced ("faced a misconduct meeting", "appeared
 * before a gross misconduct hearing").
 */
const FINDING_PREDICATE = new RegExp(
  `\\b(?:was|were|has\\s+been|had\\s+been|is\\s+to\\s+be|will\\s+be)\\s+(?:found|dismissed|given|handed|issued|required\\s+to\\s+resign|reduced|demoted|placed|added|barred|sacked)\\b|\\bwould\\s+have\\s+been\\s+dismissed\\b|${FACED_PROCEEDINGS}`,
  'i',
);
/**
 * A description standing before the name in apposition, so the name is still its sentence's subject:
 * "A constable who was present, PC X, faced ...", "The second officer, DC Y, was given ...".
 */
const APPOSITION_BEFORE = /^(?:An?|The)\s[^,.;:]{0,60},\s*$/;

/** Whether the mention is its sentence's subject and that sentence reports a finding or sanction about it: named once, still the subject. */
function subjectOfFinding(doc: DocText, at: number): boolean {
  const model = modelOf(doc);
  const s = model.sentenceAt(at);
  const before = s ? doc.text.slice(s.start, at).replace(/\s+/g, ' ').trim() : '';
  if (!s || (before !== '' && !APPOSITION_BEFORE.test(before))) return false;
  return FINDING_PREDICATE.test(doc.text.slice(at, s.end));
}

/** Field labels and table columns that name the subject ("Officer concerned:", "Name | Rank | ..."). */
const SUBJECT_LABEL = /\b(?:officers?|subjects?|names?|officer concerned|officers? concerned|rank)\b/i;

/** A mention in a table cell under a column naming the officer. */
function inSubjectColumn(doc: DocText, at: number): boolean {
  for (const t of modelOf(doc).tables) {
    if (!t.header || at < t.start || at >= t.end) continue;
    for (const r of t.rows) {
      const i = r.cells.findIndex((c) => c.start <= at && at < c.end);
      if (i >= 0) return SUBJECT_LABEL.test(t.header[i] ?? '');
    }
  }
  return false;
}

/** The field whose value holds offset `at`, if any. */
function fieldHolding(doc: DocText, at: number): Field | null {
  for (const f of modelOf(doc).fields) if (f.valueStart <= at && at < f.end) return f;
  return null;
}

/** Cleans a captured name: drops possessives and trailing non-name words; null when nothing is left. */
function cleanName(raw: string): string | null {
  const words = raw.replace(WRAPPED_NAME_HYPHEN, '-').replace(POSSESSIVE, '').split(NAME_GAP);
  while (words.length && !isNameWord(words[words.length - 1] ?? '')) words.pop();
  // Staff job titles sit between the rank and the name ("Police Staff Investigator Jo Bloggs").
  while (words.length > 1 && isJobTitle(words[0] ?? '')) words.shift();
  if (!words.length || !words.every(isNameWord) || INITIAL_WORD.test(words[words.length - 1] ?? '')) return null;
  return titleCase(words.join(' ').replace(POSSESSIVE, ''));
}

/**
 * A name read across a line break keeps the word after the break only when the text names that
 * word again with a rank or honorific ("PC Varleigh"); otherwise the next line began a new sentence
 * or field ("PC 1037 Varleigh\nHaving regard ...") and the name ends at the break.
 */
function unwrapName(text: string, raw: string, end: number): string {
  // A break after a hyphen is inside one word ("LLOYD-\nBRANWEN"), not between two.
  const br = raw.search(WORD_BREAK_LINE);
  if (br < 0) return raw;
  const last = raw.slice(br + 1).trim();
  const again = new RegExp(`(?:${RANK_SOURCE}|\\b(?:Mr|Mrs|Ms|Miss|Mx))\\.?[ \\t]+(?:\\d{2,6}[ \\t]+)?${escapeRegex(last)}\\b`);
  // "Chief Constable, Alasdair\nPenhallow, concluded": a given name alone before the break and a comma
  // or bracket closing the word after it is one name the page wrapped.
  const closed = !raw.slice(0, br).trim().includes(' ') && !last.includes(' ') && CLOSES_NAME.test(text.slice(end, end + 2));
  return again.test(text) || closed ? raw : raw.slice(0, br);
}

/** A line break between two words of a name. */
const WORD_BREAK_LINE = /(?<!-)\n/;
/** A comma, bracket or full stop right after a word: the name ends there. */
const CLOSES_NAME = /^[,(.;)]/;

function surnameKey(name: string): string {
  return foldName(name.split(' ').pop() ?? name);
}

/**
 * A name with its rank in brackets after it, as parties and appeal papers give them: "Jo Bloggs
 * (formerly Police Constable 1187, Kent Police)", "Ann Lee (Detective Sergeant)". Group 1 the name,
 * 2 the former word, 3 the rank.
 */
const NAME_THEN_BRACKETED_RANK = new RegExp(
  `\\b((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2})\\s*\\(\\s*(?:(formerly|former|retired|then)\\s+)?(?:(?:a|an)\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
  'g',
);

function findMentions(doc: DocText, notOfficers: ReadonlySet<string>, kind: DocumentKind): Mention[] {
  const out: Mention[] = [];
  for (const m of doc.text.matchAll(RANKED_NAME)) {
    if (FORCE_WORD.test(m[4] ?? '')) continue;
    if (nextLineField(doc, m)) continue;
    const name = cleanName(unwrapName(doc.text, m[4] ?? '', (m.index ?? 0) + m[0].indexOf(m[4] ?? '') + (m[4]?.length ?? 0)));
    if (!name) continue;
    const start = m.index ?? 0;
    const rankText = squash(m[2] ?? '');
    out.push({
      key: 'name:' + surnameKey(name),
      start,
      end: start + m[0].length,
      name,
      label: null,
      rankText,
      rank: normaliseRank(rankText),
      warrant: m[3] ?? m[5] ?? null,
      former: FORMER_WORD.test(m[1] ?? ''),
      ...context(doc, start, start + m[0].length),
    });
  }
  for (const m of doc.text.matchAll(LABELLED)) {
    const id = m[3] ?? '';
    const prefix = squash(m[2] ?? '');
    const rank = normaliseRank(prefix);
    const label = `${rank ? prefix : 'Officer'} ${id}`;
    // "PC J. Varleigh": the letter was an initial of a name read at the same place.
    if (out.some((o) => o.start === m.index && o.name)) continue;
    if (notOfficers.has(foldName(label)) || notOfficers.has(foldName(`Officer ${id}`))) continue;
    const start = m.index ?? 0;
    const later = rank ? null : RANK_AFTER_LABEL.exec(doc.text.slice(start + m[0].length, start + m[0].length + 40));
    const rankText = rank ? prefix : later?.[1] ? squash(later[1]) : null;
    out.push({
      key: 'label:' + id,
      start,
      end: start + m[0].length,
      name: null,
      label,
      rankText,
      rank: rankText ? normaliseRank(rankText) : null,
      warrant: null,
      former: FORMER_WORD.test(m[1] ?? ''),
      ...context(doc, start, start + m[0].length),
    });
  }
  for (const m of doc.text.matchAll(NAMED_THEN_RANKED)) {
    const name = cleanName(m[1] ?? m[2] ?? '');
    if (!name) continue;
    const start = m.index ?? 0;
    const rankText = rankOrNull(m[6] ?? '');
    // A panel's make-up lists its members the same way ("a legally qualified chair, Mr Jo Bloggs, a
    // Superintendent from another force"): the role before the name still makes them no subject.
    const roleContext = context(doc, start, start + m[0].length).roleContext;
    out.push({ ...namedSubject(name, start, m[0].length, rankText, Boolean(m[3]) || Boolean(m[4]) || LEFT_WORD.test(m[5] ?? '')), roleContext });
  }
  for (const m of doc.text.matchAll(NAME_THEN_BRACKETED_RANK)) {
    const name = cleanName(m[1] ?? '');
    if (!name) continue;
    const start = m.index ?? 0;
    // "Role: Digital Forensics Examiner (police staff)": a job title, not a person.
    if (POST_LABEL.test(fieldHolding(doc, start)?.label ?? '')) continue;
    const rankText = squash(m[3] ?? '');
    out.push({
      key: 'name:' + surnameKey(name),
      start,
      end: start + m[0].length,
      name,
      label: null,
      rankText,
      rank: normaliseRank(rankText),
      warrant: null,
      former: Boolean(m[2]) && m[2] !== 'then',
      ...context(doc, start, start + m[0].length),
    });
  }
  out.push(...namedInFields(doc));
  // A table's officer and rank columns: the row ties a name or label to its rank.
  for (const o of rankColumnOfficers(doc)) {
    const { start, end } = o.cell;
    if (o.name) out.push(namedSubject(o.name, start, end - start, o.rankText, o.former));
    else
      out.push({
        key: 'label:' + o.labelId,
        start,
        end,
        name: null,
        label: `Officer ${o.labelId}`,
        rankText: o.rankText,
        rank: normaliseRank(o.rankText),
        warrant: null,
        former: o.former,
        subjectField: true,
        roleContext: false,
        saidContext: false,
      });
  }
  const describedRanks = [...new Set([...doc.text.matchAll(FORMER_DESCRIBED)].map((m) => normaliseRank(m[1] ?? '')).filter((r) => r))];
  for (const m of doc.text.matchAll(NAMED_LEFT_FORCE)) {
    const name = cleanName(m[1] ?? '');
    if (!name) continue;
    const start = m.index ?? 0;
    out.push(namedSubject(name, start, m[0].length, describedRanks.length === 1 ? describedRanks[0]! : null, true));
  }
  for (const m of doc.text.matchAll(ADDRESSEE_FORMER_RANK)) {
    const name = cleanName(m[1] ?? '');
    if (!name || normaliseRank(name.split(' ')[0] ?? '')) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    out.push(namedSubject(name, start, (m[1] ?? '').length, m[2] ?? null, true));
  }
  for (const m of doc.text.matchAll(DESCRIBED_THEN_NAMED)) {
    const name = cleanName(m[3] ?? '');
    const start = (m.index ?? 0) + m[0].length - (m[3] ?? '').length;
    // A rank opening the "name" ("Chief Constable Jo Bloggs said") is a ranked mention, read above.
    if (!name || normaliseRank(name.split(' ')[0] ?? '') || !namedAsLeadOfficer(doc.text.slice(start + (m[3] ?? '').length, start + (m[3] ?? '').length + 300))) continue;
    const rankText = rankOrNull(m[2] ?? '');
    out.push({ ...namedSubject(name, start, (m[3] ?? '').length, rankText, Boolean(m[1]) && m[1] !== 'serving '), ...context(doc, start, start + (m[3] ?? '').length) });
  }
  // A judgment's parties are read by the judgment reader; there an appellant can be anyone.
  for (const m of kind === 'judgment' ? [] : doc.text.matchAll(APPELLANT_NAME_LINE)) {
    const name = cleanName(m[1] ?? '');
    const described = APPELLANT_DESCRIBED.exec(doc.text);
    if (!name || normaliseRank(name.split(' ')[0] ?? '')) continue;
    out.push(namedSubject(name, m.index ?? 0, m[0].length, described ? squash(described[2] ?? '') : null, Boolean(described?.[1])));
  }
  for (const m of doc.text.matchAll(NAMED_IN_UNIT)) {
    const name = cleanName(m[1] ?? '');
    if (!name) continue;
    out.push(namedSubject(name, m.index ?? 0, m[0].length, null, false));
  }
  // Headlines in a list of links to other stories name other stories' officers.
  const links = linkListRanges(doc.text);
  return out.filter((m) => !inRanges(links, m.start)).sort((a, b) => a.start - b.start);
}

/**
 * An appeal's caption sets the appellant's name alone on the line above "Appellant" ("JO
 * BLOGGS\nAppellant"), without a rank: only an officer appeals to a police appeals tribunal, so the
 * name is the subject's, and the text's "The Appellant is a police sergeant" gives the rank.
 */
const APPELLANT_NAME_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*((?:${CAPS_NAME_WORD}|${NAME_WORD})(?:[ \\t]+(?:${CAPS_NAME_WORD}|${NAME_WORD})){1,3})[ \\t]*\\n[ \\t]*(?:[Tt]he\\s+)?(?:Appellant|APPELLANT)[ \\t]*(?:\\n|$)`,
  'g',
);
/** "The Appellant is a police sergeant", "the appellant, a former constable": the appellant's rank. */
const APPELLANT_DESCRIBED = new RegExp(
  `\\b[Tt]he\\s+[Aa]ppellant(?:\\s+(?:is|was)|,)\\s+(?:a|an)\\s+(former\\s+|retired\\s+)?(?:serving\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
);

/** A field naming a person without a rank ("Name: Jo Bloggs", "Officer's name: ..."). */
const NAME_LABEL = /^(?:(?:subject|officer|staff\s+member)(?:['’]s)?\s+)?(?:full\s+)?name$/;
/** A field giving a person's post ("Role: Detention Officer (police staff)", "Rank: Sergeant"). */
const POST_LABEL = /^(?:rank|role|job\s+title|post|position|grade)$/;
/** A field naming the member of staff the proceedings are about ("Member of staff: Ms Jo Bloggs"): police staff by the label alone. */
const STAFF_NAME_LABEL = /^(?:(?:police\s+)?staff\s+member|member\s+of(?:\s+police)?\s+staff|employee)(?:['’]s\s+name)?$/;
/** A field's value that is only a name, with an optional honorific. */
const NAME_VALUE = new RegExp(`^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})\\s*$`);
/** A rank anywhere in a post field's value. */
const RANK_IN_VALUE = new RegExp(`(?<![A-Za-z])(${RANK_SOURCE})(?![A-Za-z])`, 'i');

/**
 * "Name: Jo Bloggs" then "Role: Detention Officer (police staff)" or "Rank: Sergeant" on the next
 * line: pages about police staff and officers give name and post as separate fields, so the name
 * has no rank before it. The pair names the subject, and so does a "Member of staff:" field alone.
 */
function namedInFields(doc: DocText): Mention[] {
  const fields = modelOf(doc).fields;
  const out: Mention[] = [];
  for (const f of fields) {
    const value = STAFF_NAME_LABEL.test(f.label) ? NAME_VALUE.exec(squash(f.value)) : null;
    const name = value ? cleanName(value[1] ?? '') : null;
    if (name) out.push(namedSubject(name, f.valueStart, f.end - f.valueStart, 'police staff', false));
  }
  for (let i = 0; i + 1 < fields.length; i++) {
    const f = fields[i]!;
    const post = fields[i + 1]!;
    if (!NAME_LABEL.test(f.label) || !POST_LABEL.test(post.label)) continue;
    const value = NAME_VALUE.exec(squash(f.value));
    const rank = RANK_IN_VALUE.exec(post.value);
    const name = value ? cleanName(value[1] ?? '') : null;
    if (!name || !rank || doc.text.slice(f.end, post.start).trim() !== '') continue;
    out.push(namedSubject(name, f.valueStart, f.end - f.valueStart, squash(rank[1] ?? ''), false));
  }
  return out;
}

/** A mention whose shape alone makes the person a subject (not a role or a quoted speaker). */
function namedSubject(name: string, start: number, length: number, rankText: string | null, former: boolean) {
  return {
    key: 'name:' + surnameKey(name),
    start,
    end: start + length,
    name,
    label: null,
    rankText,
    rank: rankText ? normaliseRank(rankText) : null,
    warrant: null,
    former,
    subjectField: true,
    roleContext: false,
    saidContext: false,
  };
}

/**
 * The form of a label the text uses most ("DC Z" over a heading's "DETECTIVE CONSTABLE 'Z'"), the
 * first on a tie: it is the form readers search for.
 */
function usualLabel(ms: readonly { label: string | null }[]): string | null {
  const counts = new Map<string, number>();
  for (const m of ms) if (m.label) counts.set(m.label, (counts.get(m.label) ?? 0) + 1);
  let best: string | null = null;
  for (const [label, n] of counts) if (best === null || n > counts.get(best)!) best = label;
  return best;
}

/**
 * How often each surname occurs anywhere in the text, in one pass, counted by its folded form (the
 * key's word). The surnames are searched as written: the folded key of "Ashdown-Lee" ("ashdownlee")
 * is no word of the text.
 */
function countOccurrences(doc: DocText, surnames: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const words = [...new Set(surnames.filter((w) => w.length > 1))];
  if (!words.length) return counts;
  const re = new RegExp(`(?<![A-Za-z0-9])(${words.map(escapeRegex).join('|')})(?![A-Za-z0-9])`, 'gi');
  for (const m of doc.text.matchAll(re)) {
    const w = foldName(m[1] ?? '');
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

export interface OfficerMention {
  key: string;
  start: number;
  end?: number;
  /** On a line that introduces the subject ("Name of officer:", "Allegations – PC ...", a heading "PC Wass"). */
  field?: boolean;
  /** Named in passing inside someone else's clause ("at Inspector Pybus's direction"). */
  passing?: boolean;
}

export interface OfficerResult {
  officers: OfficerFact[];
  /** Where each officer is mentioned (by surname or label), sorted by position. */
  mentions: OfficerMention[];
}

/**
 * Subject officers: people named with a rank (or an anonymity label) who are mentioned more than
 * once or in a subject field, and never only as panel members, witnesses or spokespeople.
 * `notOfficers` holds complainants' labels ("Officer F" can be a complainant).
 */
export function extractOfficers(doc: DocText, kind: DocumentKind, notOfficers: ReadonlySet<string> = new Set(), parties: readonly string[] = []): OfficerResult {
  const mentions = findMentions(doc, notOfficers, kind);
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  trimRunOnNames(byKey);
  const counts = countOccurrences(
    doc,
    [...byKey].filter(([k]) => k.startsWith('name:')).flatMap(([, ms]) => ms.map((m) => m.name?.split(' ').pop() ?? '')),
  );
  const officers: OfficerFact[] = [];
  const keyOf = new Map<string, string>();
  let candidates = [...byKey].filter(([, ms]) => !ms.some((m) => m.roleContext) && !ms.every((m) => m.saidContext));
  // A judgment names many officers (witnesses, colleagues); the subject is the one who is a party.
  const partyKeys = new Set(parties.flatMap(partyKeysOf));
  const asParty = candidates.filter(([key]) => partyKeys.has(key));
  if (asParty.length) candidates = asParty;
  for (const [key, ms] of candidates) {
    const word = key.slice(key.indexOf(':') + 1);
    const n = key.startsWith('label:') ? ms.length : (counts.get(word) ?? ms.length);
    // Named once and not in a subject field: a colleague in passing, unless nobody else is named.
    if (n < 2 && candidates.length > 1 && !ms.some((m) => m.subjectField || opensAllegation(doc, m, mentions) || allegedOf(doc, m))) continue;
    const named = ms.filter((m) => m.name).sort((a, b) => (b.name?.split(' ').length ?? 0) - (a.name?.split(' ').length ?? 0))[0];
    const ranked = ms.find((m) => m.rank && !PAST_RANK_PREFIX.test(m.rankText ?? '')) ?? ms.find((m) => m.rank);
    // A sentence giving the labels it will use ("the officers are called Officer 1 and Officer 2") is
    // no place about the officer: the first mention after it is where the officer's case begins.
    const first = ms.find((m) => !LABELS_INTRODUCED_BEFORE.test(doc.text.slice(Math.max(0, m.start - 80), m.start))) ?? ms[0]!;
    const fk = `o${officers.length + 1}`;
    keyOf.set(key, fk);
    officers.push({
      key: fk,
      name: named?.name ?? null,
      label: usualLabel(ms),
      rank: ranked?.rank ?? null,
      rankText: ranked?.rankText ?? null,
      warrantNumber: ms.find((m) => m.warrant)?.warrant ?? null,
      former: formerStatus(doc, ms, kind),
      force: null,
      unit: null,
      source: doc.span(first.start, first.end),
    });
  }
  const index = mentionIndex(doc, officers, byKey, keyOf);
  applyRankChanges(doc, officers, index);
  if (officers.length === 1 && officers[0]!.former !== true && LEFT_SERVICE.test(doc.text)) officers[0]!.former = true;
  return { officers, mentions: index };
}

/** The document's Standard mentions, read once: every officer named once asks. */
const STANDARDS = new WeakMap<DocText, ReturnType<typeof findStandardMentions>>();
function standardsOf(doc: DocText): ReturnType<typeof findStandardMentions> {
  let found = STANDARDS.get(doc);
  if (!found) STANDARDS.set(doc, (found = findStandardMentions(doc)));
  return found;
}

/**
 * "DS Jo Bloggs, who supervised the unit, is alleged to have ...": the sentence's subject faces the
 * allegations. Only an aside between commas may part the name from the verb: "PC Jo Bloggs arrested a
 * man who was alleged to have ..." alleges nothing of the officer.
 */
const ALLEGED_AFTER = /^(?:\s*,[^,.;]{1,100},)?\s+(?:is|was|are|were)\s+(?:also\s+|further\s+)?(?:alleged|accused)\b/;

/** A ranked name whose own sentence alleges conduct against it: a subject, though named once. */
function allegedOf(doc: DocText, m: Mention): boolean {
  return Boolean(m.rank) && ALLEGED_AFTER.test(doc.text.slice(m.end, m.end + 160));
}

/**
 * A ranked full name opening the paragraph that states a Standard breached ("PC Jo Bloggs, of the
 * Roads Unit, left the scene ... a breach of Duties and Responsibilities"): one case of a page that
 * lists several, named once, not a colleague in passing.
 */
function opensAllegation(doc: DocText, m: Mention, all: readonly Mention[]): boolean {
  if (!m.name || !m.rank || !m.name.includes(' ')) return false;
  const block = modelOf(doc).blockAt(m.start);
  if (!block || all.some((o) => o.start >= block.start && o.start < m.start)) return false;
  return standardsOf(doc).some((s) => s.start >= m.end && s.start < block.end);
}

/**
 * A name that ran on into the next column's words ("DC 2107 Ada Quell Peterborough Response", where
 * the page lost the gap between columns) ends at the word the text later uses alone as the surname
 * with a rank ("DC Quell"): the mentions join that officer and the name is cut there.
 */
function trimRunOnNames(byKey: Map<string, Mention[]>): void {
  for (const [key, ms] of [...byKey]) {
    if (!key.startsWith('name:')) continue;
    for (const m of ms) {
      const words = m.name?.split(' ') ?? [];
      const cut = words.findIndex((w, i) => i >= 1 && i < words.length - 1 && byKey.has('name:' + foldName(w)) && 'name:' + foldName(w) !== key);
      if (cut < 0) continue;
      const into = 'name:' + foldName(words[cut]!);
      m.name = words.slice(0, cut + 1).join(' ');
      m.key = into;
      byKey.set(
        into,
        [...byKey.get(into)!, m].sort((a, b) => a.start - b.start),
      );
      byKey.set(
        key,
        byKey.get(key)!.filter((x) => x !== m),
      );
    }
    if (!byKey.get(key)!.length) byKey.delete(key);
  }
}

/** A full stop or semicolon right after the name. */
const SENTENCE_ENDS = /^[.;]/;
/** What may follow a name that fills its own line under a rank: a bracket, a comma or a dash, then anything. */
const NAME_LINE_REST = /^[ \t]*(?:$|\n|[(,]|[-–][ \t])/;
/** How much of the page's width a line fills when the page wrapped it in the middle of a sentence. */
const WRAPPED_LINE = 0.75;

/**
 * A rank ending a short line (a heading such as "Police Sergeant" or "... for the Chief Constable")
 * and capitalised words opening the next: they are a name only if they fill their line ("PC\nJo
 * Bloggs\n"), not the start of a field or a sentence ("Dyddiad / Date: ...", "Published Friday 21
 * November"). A rank ending a line of prose the page wrapped ("... the conduct of PC\nOrmerod.")
 * goes on with the name, as does a given name and surname closing a sentence.
 */
function nextLineField(doc: DocText, m: RegExpMatchArray): boolean {
  const text = doc.text;
  const rankEnd = (m.index ?? 0) + m[0].indexOf(m[2] ?? '') + (m[2]?.length ?? 0);
  const nameAt = (m.index ?? 0) + m[0].indexOf(m[4] ?? '', rankEnd - (m.index ?? 0));
  if (!text.slice(rankEnd, nameAt).includes('\n')) return false;
  const lines = modelOf(doc).lines;
  const widest = lines.reduce((w, l) => Math.max(w, l.text.trimEnd().length), 0);
  const rankLine = text.slice(text.lastIndexOf('\n', rankEnd - 1) + 1, rankEnd);
  if (rankLine.length >= widest * WRAPPED_LINE) return false;
  const rest = text.slice(nameAt + (m[4]?.length ?? 0));
  return !NAME_LINE_REST.test(rest) && !(SENTENCE_ENDS.test(rest) && isGivenName(m[4]?.split(/\s+/)[0] ?? ''));
}

/** A party's name as officer keys: its surname, and its label when it has one ("Officer W80"). */
function partyKeysOf(party: string): string[] {
  const words = squash(party).split(' ');
  const last = words[words.length - 1] ?? '';
  return LABEL_ID.test(last) ? ['label:' + last] : ['name:' + foldName(last)];
}

function formerStatus(doc: DocText, ms: Mention[], kind: DocumentKind): boolean | null {
  if (ms.some((m) => m.former || LEFT_SINCE_AFTER.test(doc.text.slice(m.end, m.end + 160)))) return true;
  for (const m of ms) {
    const around = doc.text.slice(m.start, m.end + 120);
    if (STILL_SERVING.test(around) || PRESENT_ROLE_AFTER.test(doc.text.slice(m.end, m.end + 60))) return false;
  }
  // Notices and outcomes name a leaver as "former"; a plain rank there means a serving officer.
  return kind === 'hearing_notice' || kind === 'hearing_outcome' ? false : null;
}

/** A reduction in rank gives the officer named last before it a new, latest rank. */
function applyRankChanges(doc: DocText, officers: OfficerFact[], index: OfficerMention[]): void {
  for (const m of doc.text.matchAll(REDUCED_TO)) {
    const rank = normaliseRank(m[1] ?? '');
    const key = officers.length === 1 ? officers[0]!.key : officerBefore(index, m.index ?? 0);
    const o = officers.find((x) => x.key === key);
    if (rank && o) {
      o.rank = rank;
      o.rankText = m[1] ?? null;
    }
  }
}

/** Positions of every mention of each kept officer: the surname anywhere, or the label's forms. */
function mentionIndex(doc: DocText, officers: OfficerFact[], byKey: Map<string, Mention[]>, keyOf: Map<string, string>): OfficerMention[] {
  const alts: string[] = [];
  const bySurface = new Map<string, string>();
  for (const [key, ms] of byKey) {
    const fk = keyOf.get(key);
    if (!fk) continue;
    for (const m of ms) bySurface.set(squash(foldName(doc.text.slice(m.start, m.end))), fk);
    const word = key.slice(key.indexOf(':') + 1);
    if (key.startsWith('name:') || word.length > 1) {
      alts.push(
        escapeRegex(
          key.startsWith('name:')
            ? (officers
                .find((o) => o.key === fk)
                ?.name?.split(' ')
                .pop() ?? word)
            : word,
        ),
      );
      bySurface.set(foldName(word), fk);
    } else {
      for (const m of ms)
        alts.push(
          escapeRegex(squash(doc.text.slice(m.start, m.end)))
            .split(' ')
            .join('\\s+'),
        );
    }
  }
  if (!alts.length) return [];
  const re = new RegExp(`(?<![A-Za-z0-9])(${[...new Set(alts)].join('|')})(?![A-Za-z0-9])`, 'gi');
  const out: OfficerMention[] = [];
  for (const m of doc.text.matchAll(re)) {
    const fk = bySurface.get(squash(foldName(m[1] ?? '')));
    if (fk) out.push(mentionAt(doc, fk, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  return out;
}

/** One mention, flagged as a subject field or heading, or as a name in passing. */
function mentionAt(doc: DocText, key: string, start: number, end: number): OfficerMention {
  const before = doc.text.slice(Math.max(0, start - 80), start);
  const after = doc.text.slice(end, end + 60);
  const field = SUBJECT_LINE.test(before) || (HEADING_BEFORE.test(before) && HEADING_AFTER.test(after));
  const passing = POSSESSIVE_AFTER.test(after) && CLAUSE_WORDS_BEFORE.test(before.slice(before.search(CLAUSE_OPEN) + 1));
  return { key, start, end, field, ...(passing ? { passing } : {}) };
}

/**
 * Where officers found by another reader (a review's officers named in passing, a judgment's party)
 * are mentioned: their surname or label anywhere, flagged like the main index, so allegations and
 * sanctions beside those mentions reach them.
 */
export function officerMentions(doc: DocText, officers: readonly OfficerFact[]): OfficerMention[] {
  const byWord = new Map<string, string>();
  for (const o of officers) {
    const word = o.label ?? o.name?.split(' ').pop();
    if (word && word.length > 1) byWord.set(squash(foldName(word)), o.key);
  }
  if (!byWord.size) return [];
  const alts = officers.map((o) => o.label ?? o.name?.split(' ').pop() ?? '').filter((w) => w.length > 1);
  const re = new RegExp(`(?<![A-Za-z0-9])(${alts.map((w) => escapeRegex(w).split(' ').join('\\s+')).join('|')})(?![A-Za-z0-9])`, 'gi');
  const out: OfficerMention[] = [];
  for (const m of doc.text.matchAll(re)) {
    const key = byWord.get(squash(foldName(m[1] ?? '')));
    if (key) out.push(mentionAt(doc, key, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  return out;
}

/** The officer mentioned last at or before `at`, by binary search over the mention index. */
export function officerBefore(mentions: readonly { key: string; start: number }[], at: number): string | null {
  let lo = 0;
  let hi = mentions.length - 1;
  let best: string | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (m.start <= at) {
      best = m.key;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
