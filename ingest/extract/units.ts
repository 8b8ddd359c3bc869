import { RANK_SOURCE } from './ranks.js';
import type { UnitFact } from '../../src/domain/extraction.js';
import { canonicalUnit, KNOWN_UNIT_ABBREVIATIONS, KNOWN_UNIT_NAMES } from '../../src/domain/units.js';
import { escapeRegex } from '../../src/text/regex.js';
import type { DocText } from '../text.js';
import { squash } from './names.js';
import { periodAfter } from './periods.js';

/** Any run of spaces in a vocabulary name may be a line break or several spaces in a document. */
const SPACES = /\s+/g;
const spelt = (name: string) => escapeRegex(name).replace(SPACES, '\\s+');

/**
 * Unit names the generic pattern cannot see (no "Unit"/"Command" word), built from the units
 * vocabulary (src/domain/units.ts) so the two cannot drift apart; longest first, so "Parliamentary
 * and Diplomatic Protection Command" wins over its shorter alias. Basic Command Units are named by
 * compass point, a shape rather than a list.
 */
const KNOWN_UNITS = new RegExp(
  `\\b(${[...KNOWN_UNIT_NAMES]
    .sort((a, b) => b.length - a.length)
    .map(spelt)
    .join('|')}|(?:North|South|East|West|Central)(?:\\s+(?:North|South|East|West))?\\s+(?:Basic\\s+)?Command\\s+Unit)\\b`,
  'g',
);
/**
 * The vocabulary's abbreviations ("TSG", "PaDP"), exactly as written (case matters: "rasp" is a
 * word). Only after a posting word ("PC Hale of the TSG"): "Southampton CID" is a place's own
 * department, which the generic pattern keeps whole.
 */
const KNOWN_ABBREVIATIONS = new RegExp(
  `(?<![A-Za-z0-9&])(${[...KNOWN_UNIT_ABBREVIATIONS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})(?![A-Za-z0-9&])`,
  'g',
);
/**
 * Bodies an officer serves in that carry no unit word ("a volunteer in the Special Constabulary",
 * a county's "Fenland Special Constabulary" under a "Unit" label read one cell a line):
 * a unit only after a posting word, and not as an attribute of a following noun ("contrary to the
 * Special Constabulary duty policy").
 */
const POSTED_BODY =
  /\b(?:[A-Z][a-z]+[ \t]+)?Special\s+Constabulary\b(?![ \t]+(?!(?:at|in|on|of|for|and|or|from|since|until|to|based|between|during|when|where|who|which|with)\b)[a-z])/g;
/** The words before an abbreviation that make it the subject's posting. */
const ABBREVIATION_POSTING =
  /\b(?:in|of|from|to|with|within|at|joined|served in|posted to|member of)\s+(?:the\s+)?$|(?:^|\n)[ \t]*(?:Unit|Team|Department|Posting|Posted\s+to)[ \t]*:?[ \t]*\n[ \t]*$/i;

/**
 * A capitalised name ending in a unit word: "Roads Policing Unit", "Cardiff Central Proactive
 * Team", "Southampton CID", "Eastern Division", "Birmingham East Local Policing Area", "Force
 * Contact Centre", "Doncaster Central LPT" (the abbreviations forces use for local, neighbourhood and
 * safer neighbourhood teams, local policing areas and units, and basic command units), a "Control Room". Up to six
 * words before the unit word, joined by spaces or "and"/"of". Lettered divisions ("B Division", as
 * British Transport Police and the older Met name them) have a one-letter first word. A unit word
 * followed by a colon is a field label ("...Samir Qureshi\nDepartment: ..."), not a unit. Forces name
 * some teams by their function alone ("Boston and South Holland Neighbourhood Policing"), and a
case heading names a place's response or custody team by the two words ("PC A - Exeter Response"), and so
 * does a bracket after an officer's name ("Sergeant Jo Bloggs (Penrith Response)").
 */
const UNIT_NAME =
  /\b((?:[A-Z][A-Za-z'’-]+(?:[ \t]+|\s*\n\s*)(?:(?:and|of|&)[ \t]+)?){1,6}(?:Unit|Command|Team|Division|District|Group|Area|Department|Directorate|CID|LPT|NPT|SNT|LPA|LPU|BCU|Squad|Branch|Hub|Borough|Centre|(?<=Control[ \t]+)Room|(?<=(?:Neighbourhood|Roads)[ \t]+)Policing|(?<=[A-Z][a-z]+[ \t]+)(?:Response|Custody)(?=[ \t]*[\n)]))|[A-Z][ \t]+Division)\b(?![ \t]*:)/g;

/**
 * The subject's posting: the unit word must follow one of these, be a notice field's value (any
 * wording of the field: "Posting (all three):", "Unit at the time of the conduct:", "Department:")
 * or sit in a table cell ("| B Division"), or follow the role in a posting or role field ("Role at
 * the time: Custody sergeant, Martlesham custody investigation unit"), or follow a name and a comma
 * on a line listing a subject ("DCI Jo Bloggs, Major Crime Unit"). A "Station:" field whose value
 * ends in a unit word names the unit; without one it names a place (POSTING_FIELD_VALUE). A place
 * and a comma may open the field's value ("Station: Boston, Neighbourhood Policing Team"), a role
 * "for" a unit is a posting ("the inspector for Boston Neighbourhood Policing"), so is supervising or
 * leading it ("supervising the Town Centre Team", whose name a wrapped line must not cut), and a unit
 * after another and a comma is a part of it ("Economic Crime Directorate, Fraud Squad"). A letter to an
 * officer is addressed care of their unit ("c/o Ashby Safer Neighbourhood Team").
 */
const POSTING_BEFORE =
  /(?:\b(?:in|of|from|to|with|within|at)\s+(?:the\s+)?|\bon\s+the\s+|\bmember of the\s+|\battached to the\s+|\bserved in\s+|\bposted to\s+|['’]s\s+|\bPosting(?:\s+at the time of the matters alleged)?\s*:?\s*|\bunit\s*:?\s*|\bconduct\s+|[–-]\s+|\n\s*|\b(?:Posting|Role)\b[^\n]{0,80},\s*|\b(?:Posting|Posted\s+to|Unit|Department|Team|Attached\s+to|Command|Division|Area|Based|Station|Base)\b[^\n:]{0,40}:[ \t]*(?:[A-Z][a-z]+,[ \t]*)?|[A-Z][a-z'’-]+[ \t]+\([ \t]*|\b(?:inspector|sergeant|officer|constable|supervisor|manager)\s+for\s+(?:the\s+)?|\b(?:supervising|supervised|leading|led|managing|managed|commanding|commanded|heading|headed)\s+the\s+|\b(?:Unit|Command|Team|Directorate|Department|Division|Squad|Branch),[ \t]*|\bc\/o[ \t]+|\|[ \t]*)$/i;
/**
 * A line listing a subject by rank or honorific, then a comma before the unit ("DCI Jo Bloggs, Major
 * Crime Unit"), maybe after a role ("Mr Jo Bloggs, member of police staff (call handler), Force Contact Centre").
 */
const SUBJECT_LINE_COMMA = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[A-Z][A-Za-z ()]{0,40}:[ \\t]*)?(?:(?:${RANK_SOURCE})|Mr|Mrs|Ms|Miss|Mx)\\.?\\s+(?:\\([A-Za-z ]{1,20}\\)\\s+)?(?:\\d{2,6}\\s+)?[A-Z][a-z'’-]+[^\\n,]{0,60},[ \\t]*(?:[a-z][a-z ()]{0,40},[ \\t]*)?$`,
);
/**
 * A line listing a subject as rank, number and a two-word name, then the unit with no comma between
 * (a table flattened to text: "DC 2107 Jo Bloggs Peterborough Child Abuse Investigation Unit").
 */
const SUBJECT_LINE_NUMBERED = new RegExp(`(?:^|\\n)[ \\t]*(?:${RANK_SOURCE})\\.?[ \\t]+\\d{2,6}[ \\t]+[A-Z][a-z'’-]+[ \\t]+[A-Z][a-z'’-]+[ \\t]+$`);
/** A bracket opened right before the unit name ... */
const BRACKET_OPEN = /\([ \t]*$/;
/** ... and closed right after it: the bracket holds the unit name and nothing else. */
const BRACKET_CLOSE = /^[ \t]*\)/;
/** A rank at the start of a match. */
const RANK_OPENS = new RegExp(`^(?:${RANK_SOURCE})\\.?\\s`);
/** A lower-case unit word after the name ("the Bolton District Response team"): the capitalised words before it belong to the name. */
const LOWER_UNIT_WORD_AFTER = /^[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2})(?:team|unit|squad)\b/;
/**
 * A posting field whose value has no unit word ("Attached to: Central Operations, Birmingham New
 * Street"): the capitalised words up to a comma, bracket or line end. "Station:" and "Location:"
 * fields give places, not units, so they are not listed.
 */
const POSTING_FIELD_VALUE =
  /(?:^|\n)[ \t]*(?:Attached\s+to|Unit|Posting|Posted\s+to|Department|Command)\b[^\n:|]{0,40}(?::|[ \t]\|)[ \t]*((?:[A-Z][A-Za-z'’-]+[ \t]+){1,5}[A-Z][A-Za-z'’-]+)[ \t]*(?=,|\(|\n|$)/g;
/** A force named as the value: the subject's force, not a unit of it. */
const FORCE_VALUE = /\b(?:Police|Constabulary)\b/;
/**
 * Press releases write unit names in lower case after the force's possessive ("Lincolnshire
 * Police's public protection unit"): up to three lower-case words and a unit word.
 */
const LOWER_CASE_UNIT = /\b(?:Police|Constabulary|force)['’]s\s+((?:[a-z]+\s+){1,3}(?:unit|team|squad|department|command|division))\b/g;
/** A place's area of the force in lower case after its possessive ("the force's Doncaster district", "GMP's Oldham district"), kept as written. */
const PLACE_AREA = /(?:\b(?:Police|Constabulary|force)|\b[A-Z]{2,5})['’]s\s+((?:[A-Z][a-z]+\s+){1,2}(?:district|division|area|borough))\b/g;
/**
 * A place in capitals and the unit in lower case ("in the Peterborough South neighbourhood policing
 * team", "in the Child Protection team"), kept as written. The lower-case words are content words (not "from the", "who was"), so
 * prose such as "Officers from the response team" is not a name.
 */
const MIXED_CASE_UNIT =
  /\b((?:[A-Z][a-z]+[ \t]+){1,3}(?:(?!(?:the|a|an|of|from|to|with|in|on|at|by|for|and|or|who|was|were|is|are|his|her|their|its)\b)[a-z]+\s+){0,3}(?:unit|team|squad|department))\b/g;
/**
 * Stricter than POSTING_BEFORE, since nothing in a lower-case name marks it as a unit: "in the",
 * "of the", "members of a" and the like, or a posting or role field ("Role at the time: Custody sergeant, ").
 */
const MIXED_CASE_POSTING = /(?:\b(?:in|of|from|to|with|within|on)\s+(?:the|a)\s+(?:force['’]s\s+)?|\b(?:Posting|Role|Unit|Department|Team)\b[^\n]{0,80}[,:][ \t]*)$/i;
/** The first letter of each word, for a lower-case unit name given in title case. */
const WORD_START = /\b[a-z]/g;
/** Departments that handle the case rather than employ the subject. */
const NOT_SUBJECT_UNIT =
  /professional standards|prosecution|legal|chancery|family|occupational health|press|complaints|human resources|vetting|anti-corruption|college|office|court|independent|headquarters|division of|bench division|justice|civil|administrative/i;
/** A centre is where staff work ("Force Contact Centre") or where a hearing sits: only the first is a unit. */
const CENTRE = /Centre$/;
const VENUE_BEFORE = /\b(?:Venue|Location|Address|held|take\s+place|sit|sat|attend)\b[^\n.]{0,80}$/i;
/** Page furniture of news sites ("emails from the Paper Times Team"), not police units. */
const MEDIA_CONTEXT = /newsletter|subscribe|editorial|advertis/i;
/** Words that start a sentence or field and so cannot begin a unit name. */
const LEADING_NOISE = /^(?:(?:The|A|An|His|Her|Their|Posting|Unit|At|In|On|Of|Command|Date|Officer|Type)\s+)+/;

/** The first line of a match when it already ends in a unit word ("... Command Unit\nCommand / unit"). */
const COMPLETE_FIRST_LINE = /^([^\n]*\b(?:Unit|Command|Team|Division|District|Group|Area|Department|CID|Squad|Branch|Hub|Borough))[ \t]*\n/;
/** The prose goes on after a name the page wrapped ("the North Area\nBasic Command Unit. He ..."): the second line is no new field. */
const SENTENCE_GOES_ON = /^(?:[,.;)]|[ \t]+[a-z(])/;
/** The match's last line holds one word only. */
const LABEL_LINE = /\n[ \t]*[A-Za-z]+$/;
/** A two-column table's bar after a cell, or a table read one cell a line, whose value follows on the next line. */
const LABEL_AFTER = /^[ \t]*(?:\||\n[ \t]*[A-Z])/;
/** A one-word unit name is too vague, except an abbreviation such as "CID" after a place. */
const ONE_WORD_UNIT = /CID$/;
/** Word starts inside a match, whitespace kept with the word before. */
const WORD_BREAK = /(?<=\s)(?=\S)/;
/** The force's name before its unit ("Essex Police Roads Policing Unit"): the unit is what follows. */
const FORCE_PREFIX = /^(?:[A-Z][a-z]+\s+){1,3}(?:Police|Constabulary)\s+(?=\S+\s+\S)/;
/** A possessive owner before the unit's own name. */
const OWNER_PREFIX = /^.*['’]s\s+/;

/** A hyphenated word the page wrapped after its hyphen ("Anti-\nCorruption Unit"). */
const WRAPPED_HYPHEN = /-\s+(?=[A-Z])/g;
/** One line, spaces squashed, a word wrapped at its hyphen joined again. */
const unwrapped = (name: string) => squash(name).replace(WRAPPED_HYPHEN, '-');

/** Units the subjects belong to, in order of first mention, without repeats. */
export function extractUnits(doc: DocText): UnitFact[] {
  const text = doc.text;
  const out = new Map<string, UnitFact>();
  const add = (name: string, start: number, end: number, abbreviation = false) => {
    // "Avon and Somerset Police's Operational Support Unit": the unit is what follows the owner.
    const clean = unwrapped(name).replace(OWNER_PREFIX, '').replace(LEADING_NOISE, '').replace(FORCE_PREFIX, '').trim();
    if (!abbreviation && clean.split(' ').length < 2 && !ONE_WORD_UNIT.test(clean)) return;
    // Keyed by the canonical name, so "PaDP" after "Parliamentary and Diplomatic Protection Command" is no second unit.
    const k = canonicalUnit(clean).toLowerCase();
    const period = periodAfter(text.slice(end));
    const known = [...out.entries()].find(([o]) => o.includes(k));
    if (known) {
      // The unit named again, now with its period: the period is the officer's time in it.
      if (!known[1].period && period) known[1].period = periodFact(period, end);
      return;
    }
    for (const o of [...out.keys()]) if (k.includes(o)) out.delete(o);
    out.set(k, { name: clean, source: doc.span(start, end), period: period ? periodFact(period, end) : null });
  };
  const periodFact = (p: NonNullable<ReturnType<typeof periodAfter>>, offset: number) => ({
    from: p.from,
    to: p.to,
    atTheTime: p.atTheTime,
    source: doc.span(offset + p.start, offset + p.end),
  });
  for (const m of text.matchAll(KNOWN_UNITS)) {
    const name = m[1] ?? '';
    if (!NOT_SUBJECT_UNIT.test(unwrapped(name))) add(name, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of text.matchAll(KNOWN_ABBREVIATIONS)) {
    const start = m.index ?? 0;
    const abbr = m[1] ?? '';
    if (NOT_SUBJECT_UNIT.test(canonicalUnit(abbr)) || !ABBREVIATION_POSTING.test(text.slice(Math.max(0, start - 30), start))) continue;
    add(abbr, start, start + abbr.length, true);
  }
  for (const m of text.matchAll(POSTED_BODY)) {
    const start = m.index ?? 0;
    if (ABBREVIATION_POSTING.test(text.slice(Math.max(0, start - 30), start))) add(m[0], start, start + m[0].length);
  }
  for (const m of text.matchAll(UNIT_NAME)) {
    const start = m.index ?? 0;
    // A line that already ends in a unit word is a whole name; the next line is a new field.
    const line = COMPLETE_FIRST_LINE.exec(m[1] ?? '');
    const wrapped = line !== null && SENTENCE_GOES_ON.test(text.slice(start + m[0].length, start + m[0].length + 3));
    const name = line && !wrapped ? line[1]! : (m[1] ?? '');
    // A unit word alone on its line before a column bar or a value line is a label ("Call Handler\nDepartment | ...", "...\nDepartment\nX Unit").
    if (LABEL_LINE.test(m[1] ?? '') && LABEL_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 4))) continue;
    // Squashed, so a department named across a line break ("Professional\nStandards") is still known.
    if (NOT_SUBJECT_UNIT.test(unwrapped(name)) || MEDIA_CONTEXT.test(text.slice(Math.max(0, start - 100), start))) continue;
    if (CENTRE.test(name) && VENUE_BEFORE.test(text.slice(Math.max(0, start - 100), start))) continue;
    // A unit in brackets of its own after a role ("police staff (Control Room)") is the person's post.
    if (BRACKET_OPEN.test(text.slice(Math.max(0, start - 3), start)) && BRACKET_CLOSE.test(text.slice(start + m[0].length, start + m[0].length + 3))) {
      add(name, start, start + m[0].length);
      continue;
    }
    // The match may have swallowed a name or heading before the unit: drop leading words until the
    // words before it read as a posting ("Inspector Jo Bloggs\nEastern Division").
    const words = name.split(WORD_BREAK);
    for (let i = 0; i < Math.min(words.length - 1, 5); i++) {
      // A unit never opens with a rank: "PC Jo Bloggs\nKirklees District" is an officer's line, then the unit.
      if (RANK_OPENS.test(words.slice(i).join(''))) continue;
      const head = words.slice(0, i).join('');
      const before = text.slice(Math.max(0, start - 120), start) + head;
      if (POSTING_BEFORE.test(before) || SUBJECT_LINE_COMMA.test(before) || SUBJECT_LINE_NUMBERED.test(before)) {
        const more = LOWER_UNIT_WORD_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 40))?.[1] ?? '';
        add(words.slice(i).join('') + (more ? ' ' + more.trim() : ''), start + head.length, start + m[0].length + (more ? more.length + 1 : 0));
        break;
      }
    }
  }
  for (const m of text.matchAll(POSTING_FIELD_VALUE)) {
    const value = m[1] ?? '';
    if (NOT_SUBJECT_UNIT.test(value) || FORCE_VALUE.test(value)) continue;
    const start = (m.index ?? 0) + m[0].length - value.length;
    add(value, start, start + value.length);
  }
  for (const m of text.matchAll(MIXED_CASE_UNIT)) {
    const value = m[1] ?? '';
    const start = m.index ?? 0;
    if (NOT_SUBJECT_UNIT.test(squash(value)) || FORCE_VALUE.test(value) || LEADING_NOISE.test(value)) continue;
    if (MIXED_CASE_POSTING.test(text.slice(Math.max(0, start - 100), start))) add(value, start, start + value.length);
  }
  for (const m of text.matchAll(PLACE_AREA)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    add(m[1] ?? '', start, start + (m[1] ?? '').length);
  }
  for (const m of text.matchAll(LOWER_CASE_UNIT)) {
    const value = squash(m[1] ?? '');
    if (NOT_SUBJECT_UNIT.test(value)) continue;
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    add(
      value.replace(WORD_START, (c) => c.toUpperCase()),
      start,
      start + (m[1] ?? '').length,
    );
  }
  return [...out.values()];
}
