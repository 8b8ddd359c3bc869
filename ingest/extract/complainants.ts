import type { ComplainantFact } from '../../src/domain/extraction.js';
import { PSEUDONYM_PATTERN, pseudonymFor } from '../anonymise.js';
import type { DocumentKind } from '../../src/domain/vocabulary.js';
import type { DocText } from '../text.js';
import { CAPS_NAME_WORD, NAME_WORD, escapeRegex, isNameWord, squash, titleCase } from './names.js';
import { foldName } from '../../src/domain/names.js';
import { describedVictims } from './victimDescriptions.js';

/**
 * How notices refer to complainants without naming them: an honorific or a role and a capital or
 * number ("Ms A", "Person B", "Member of the public 1", "Staff Member D", "Woman A", "Officer F",
 * "Female A", "Male 1", "Passenger C", "Colleague 1", "Detainee 4").
 */
const COMPLAINANT_LABEL =
  /(?<![A-Za-z])(Mr|Ms|Mrs|Miss|Mx|Woman|Man|Female|Male|Person|[Mm]embers?\s+of\s+(?:the\s+)?[Pp]ublic|Staff\s+[Mm]ember|[Cc]omplainant|[Vv]ictim|Officer|Colleague|Child|Girl|Boy|Youth|Juvenile|Young\s+[Pp]erson|Resident|Passenger|Detainee|Detained\s+[Pp]erson|Witness|Family)\s+([A-Z]\d{0,2}|\d{1,2})(?![A-Za-z0-9])/g;
/**
 * Roles that always mean the person complained or was harmed: misconduct papers label a detainee, a
 * child or "Person B" only because the officers' conduct towards them is in issue (a witness is
 * "Witness 2", a colleague or an officer is read by the rules below).
 */
const ALWAYS_COMPLAINANT =
  /^(?:complainant|victim|members? of (?:the )?public|detainee|detained person|person|child|woman|man|female|male|girl|boy|youth|juvenile|young person)$/i;
/** "referred to in these proceedings as", "known here as", "whom I shall call", "whom we refer to as", "who we are calling": a label is being introduced. */
const INTRODUCED =
  /\b(?:referred to|known|(?:shall|will|I)\s+call|(?:shall|will)\s+refer\s+to\b|(?:we|I|they)\s+(?:refer\s+to|are\s+calling|have\s+called))\b[^.;]{0,90}$/i;
/** The introduced person is the subject, not a complainant ("The officer will be referred to as"). */
const SUBJECT_INTRODUCED = /\b(?:the|these|those|following|both|two|three|each)\s+(?:\w+\s+)?officers?\b|\banonymity direction\b[^.;]*\bofficers?\b/i;
/**
 * An officer label is a complainant only when it names a colleague newly brought in ("a student
 * officer, referred to as Officer F", "a constable he supervised, referred to as Officer K"); subjects are
 * introduced as "the officer(s)".
 */
const COLLEAGUE_INTRODUCED =
  /\b(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:officer|colleague|member of staff|constable|recruit)(?:\s+(?:who|whom|that|he|she)\b[^,.;]{0,40})?\s*,?\s*(?:referred to|known)\b[^.;]{0,60}$/i;
/** The complainant named as such is given the label, whatever it looks like ("The complainant is referred to throughout as Officer Y"). */
const COMPLAINANT_INTRODUCED = /\bthe\s+(?:complainant|victim)\s+(?:is|was|will\s+be|has\s+been)\s+(?:referred\s+to|known)\b[^.;]{0,40}$/i;
/**
 * The label introduces a member of the public right before it ("arrested a woman, referred to as
 * Female A", "a woman I will call Witness V"): that settles who is introduced, whatever the sentence said about officers earlier
 * (headings without full stops run a notice's anonymity direction into the next sentence).
 */
const PERSON_INTRODUCED =
  /\b(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:woman|man|girl|boy|person|member of the public|passenger|driver|detainee|detained person|child|teenager|resident|motorist|cyclist|pedestrian|trainee)\s*,?\s*(?:who\s+is\s+)?(?:referred to|known|(?:I|we)\s+(?:will|shall)\s+(?:call|refer\s+to))\b[^.;]{0,40}$/i;
/**
 * The label stands in apposition to a person the conduct was aimed at ("assaulted a female - Miss B",
 * "messaged a young woman (Ms A)", "the victim, Mrs C"); a friend or colleague so named is not one.
 */
const VICTIM_APPOSITION =
  /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:woman|female|man|male|girl|boy|person|member of the public|victim|complainant|driver|passenger|detainee|resident|motorist|cyclist|pedestrian|teenager|child|student|customer|patient)\s*(?:[,–—-]|\()\s*["“']?$/i;
/**
 * A relationship or contact pursued with the labelled person is the conduct towards them ("a sexual
 * relationship with Ms W, a witness in an inquiry he led"): abuse of position wrongs that person.
 */
const RELATIONSHIP_WITH_BEFORE = /\b(?:relationships?|contact|messages)\s+with\s*$/i;
/** A letter's salutation: in a letter about the reader's own complaint, the reader is the complainant. */
const SALUTATION_BEFORE = /(?:^|\n)[ \t]*Dear[ \t]+$/;
const YOUR_COMPLAINT = /\byour\s+complaint\b/i;
/** The label in apposition to the complaint's author: "after a complaint by a constable on her team, Witness 1, that ...". */
const COMPLAINT_BY_BEFORE = /\bcomplaint\s+(?:(?:was\s+)?(?:made|raised|lodged)\s+)?by\s+(?:a|an|the)\s+[^,.;()]{2,60},\s*["“']?$/i;
/** A full stop and a capitalised word right after a label's letter. */
const INITIAL_THEN_NAME = /^\.[ \t]*([A-Z][a-z'’-]+)/;
/** An initial then the pseudonym privacy put in place of the surname ("Mr D. Person ZBF6ZW"): a person's initial too. */
const INITIAL_THEN_PSEUDONYM = /^\.[ \t]*(?:Person|Complainant)[ \t]+[A-Z2-7]{6}\b/;
/** An honorific role ("Ms", "Mr"): the label of a private person, not of an officer or a role. */
const HONORIFIC = /^(?:Mr|Ms|Mrs|Miss|Mx)$/;
/** The label names a friend, relative, witness, representative or officer, not the person wronged. */
const NOT_VICTIM_BEFORE =
  /\b(?:friend|colleague|witness|solicitor|barrister|counsel|representative|brother|sister|father|mother|son|daughter|officer|constable|sergeant|chair|member|landlord|employer)\s*,?\s*["“(]?$/i;
/** The labelled person complained. */
const COMPLAINED_AFTER = /^[^.;]{0,30}\b(?:complained|made a complaint|raised a complaint|reported)\b/i;

const PERSON = `(?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){1,2}`;
/** "a complaint made by Jane Smith", "complaint from Jane Smith". */
const COMPLAINT_BY_NAME = new RegExp(`\\bcomplaint\\s+(?:was\\s+)?(?:made\\s+)?(?:by|from)\\s+(?:(?:Mr|Ms|Mrs|Miss|Mx)\\s+)?(${PERSON})`, 'g');
/** "Jane Smith complained", "Jane Smith made a complaint". */
const NAME_COMPLAINED = new RegExp(`(?:(?:Mr|Ms|Mrs|Miss|Mx)\\s+)?(${PERSON}),?\\s+(?:who\\s+(?:[a-z]+\\s+)?)?(?:complained|made a complaint)`, 'g');
/** "The complainant, Mrs Jane Smith,", "the victim, Jane Smith": a name given in apposition to the role. */
const ROLE_THEN_NAME = new RegExp(`\\b(?:[Cc]omplainant|[Vv]ictim)s?,?\\s+(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr)\\.?\\s+)?(${PERSON})`, 'g');
/** "harassed Jane Smith" / "assaulted O'Connor": a victim named after an abuse verb. */
const VICTIM_OF_VERB = new RegExp(
  `\\b(?:harassed|assaulted|raped|abused|stalked|attacked|groped|coerced|controlled)\\s+(?:(?:Mr|Ms|Mrs|Miss|Mx)\\s+)?((?:${NAME_WORD})(?:[ \\t]+(?:${NAME_WORD})){0,2})`,
  'g',
);
/**
 * "Connor Deacon, who died in Hull on 2 May 2019 after he was restrained": a person whose death
 * is the subject of the complaint. A rank before the name makes it an officer, checked in code.
 */
const DIED_AFTER = new RegExp(`(${PERSON}),?\\s+who\\s+died\\b`, 'g');
/** A rank or title word right before a name: the person who died was an officer, not a victim. */
const RANK_BEFORE = /\b(?:PC|PS|DC|DS|Sgt|Insp|Constable|Sergeant|Inspector|Officer|Superintendent)\s+$/;
/** A judgment stating that its claimant was the complainant below. */
const CLAIMANT_WAS_COMPLAINANT = /\bclaimant\b[^.]{0,40}\bwas the complainant\b/i;
/** The claimant's name in a judicial review caption. */
const CAPTION_CLAIMANT = new RegExp(`\\(on the application of\\s+((?:${CAPS_NAME_WORD}|${NAME_WORD})(?:\\s+(?:${CAPS_NAME_WORD}|${NAME_WORD})){1,2})\\s*\\)`, 'g');
/** "The Claimant, Ms Jane Smith," in the body of a judgment. */
const CLAIMANT_APPOSITION = new RegExp(`\\bThe Claimant,\\s+(?:(?:Mr|Ms|Mrs|Miss|Mx)\\s+)?(${PERSON}),`, 'g');
/** A caption party that is an institution ("The Chief Constable"), not a person. */
const INSTITUTION_START = /^(?:Chief|The)\b/;
/** The "Officer" role of a label, which needs a colleague introduced to be a complainant. */
const OFFICER_ROLE = /^officer$/i;
/**
 * An officer's label the text then finds in breach or sanctions ("... referred to throughout as
 * Officer B, was found to have breached ...", "Officer B was given a written warning"): a subject.
 */
function sanctioned(text: string, label: string): boolean {
  return new RegExp(
    `\\b${escapeRegex(label)}\\b,?\\s+(?:was|has\\s+been|were)\\s+(?:found\\s+to\\s+have\\s+breached|(?:given|issued\\s+with|handed)\\s+(?:an?\\s+)?(?:final\\s+)?(?:written\\s+warning|management\\s+advice)|dismissed|demoted)\\b`,
  ).test(text);
}
/** A witness label ("Witness 2") is the person wronged only when the text introduces a person or colleague by it. */
const WITNESS_ROLE = /^witness$/i;
/** Articles describe an unnamed victim: "The 23-year-old cyclist, who has not been named". */
const UNNAMED_VICTIM =
  /\b[Tt]he\s+(?:\d+-year-old\s+)?(man|woman|rider|motorcyclist|cyclist|driver|pedestrian|teenager|boy|girl|victim|complainant|detainee|prisoner|student|mother|father)\b[^.]{0,40}?\bwho\s+(?:has\s+not\s+been|was\s+not|cannot\s+be|can(?:no|')t\s+be)\s+(?:named|identified)\b/g;
/** "the complainant" as a person, not a possessive or an adjective ("the complainant's mother", "the complainant officer"). */
const BARE_COMPLAINANT = /\b[Tt]he\s+complainant\b(?!['’]s|\s+(?:officer|body|organisation))/;
/**
 * A cipher of letters and a number ("SO1", "CW2") given to a person as a label: a complainant when
 * the sentence introduces a member of the public or a colleague by it, as for the labels above.
 */
const CIPHER_INTRODUCED = /\b(?:referred\s+to|known)\b[^.;]{0,40}?\bas\s+["“']?([A-Z]{1,3}\d{1,3})(?![A-Za-z0-9])/g;
/** "The detained person is referred to as DP1", "the boy, who is known as": the person the case is about, named by a cipher. */
const PERSON_NAMED_AS =
  /\b[Tt]he\s+(?:detained\s+person|detainee|complainant|victim|deceased|man|woman|boy|girl|child|young\s+person|youth|member\s+of\s+the\s+public)\s*,?\s+(?:who\s+)?(?:is|was|will\s+be|has\s+been)\s+(?:referred\s+to|known)\b[^.;]{0,40}$/;
const PSEUDONYMS = new RegExp(PSEUDONYM_PATTERN.source, 'g');

function clean(name: string): string | null {
  const words = titleCase(squash(name)).split(' ');
  return words.length && words.every(isNameWord) ? words.join(' ') : null;
}

/**
 * Real names of complainants found in the text. The pipeline (ingest/process.ts) calls this on the
 * raw text and redacts the names before extraction runs; keep this export's name and signature.
 */
export function findComplainantNames(doc: DocText): string[] {
  const text = doc.text;
  const found: string[] = [];
  for (const re of [COMPLAINT_BY_NAME, NAME_COMPLAINED, ROLE_THEN_NAME]) for (const m of text.matchAll(re)) found.push(m[1] ?? '');
  if (CLAIMANT_WAS_COMPLAINANT.test(text)) {
    for (const re of [CAPTION_CLAIMANT, CLAIMANT_APPOSITION]) for (const m of text.matchAll(re)) found.push(m[1] ?? '');
  }
  for (const m of text.matchAll(VICTIM_OF_VERB)) found.push(fullNameFor(text, m[1] ?? ''));
  for (const m of text.matchAll(DIED_AFTER)) {
    if (!RANK_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) found.push(m[1] ?? '');
  }
  const names = new Map<string, string>();
  for (const raw of found) {
    const name = raw && clean(raw);
    if (name && !INSTITUTION_START.test(name)) names.set(foldName(name), name);
  }
  // A full name makes its bare surname redundant: the redaction covers surnames on its own.
  const full = [...names.values()];
  return full.filter((n) => n.includes(' ') || !full.some((o) => o !== n && o.endsWith(' ' + n)));
}

/**
 * A label given right after a description ("a vulnerable woman, referred to as Witness 2", or in the
 * next sentence: "... a woman who had called 999. She is referred to as Ms F."): the label stands for that
 * person. A group of whom "one of them, referred to as Woman A" is labelled counts as the labelled person.
 */
const LABEL_AFTER =
  /^[^.;]{0,60}?\b(?:referred\s+to|known|(?:shall|will|I)\s+call|(?:shall|will)\s+refer\s+to)\b|^[^.;]{0,120}\.\s+(?:She|He|They)\s+(?:is|was|are|were|will\s+be)\s+(?:referred\s+to|known)\s+as\b|^[^.;]{0,120}?\bone\s+of\s+(?:them|whom)\s*,?\s*(?:referred\s+to|known)\b/;
/** A label in apposition right after a description ("A detained person, Detainee D, told staff"). */
const LABEL_APPOSITION = new RegExp(`^\\s*[,(–—-]\\s*["“']?${COMPLAINANT_LABEL.source.replace('(?<![A-Za-z])', '')}`);
/** A description in apposition right after a label ("Person A, a woman who had reported abuse"): the labelled person described. */
const LABEL_THEN_DESCRIPTION = new RegExp(`${COMPLAINANT_LABEL.source}\\s*,\\s*$`);
const labelledRightAfter = (text: string, start: number, end: number) =>
  LABEL_AFTER.test(text.slice(end, end + 90)) ||
  LABEL_APPOSITION.test(text.slice(end, end + 60)) ||
  LABEL_THEN_DESCRIPTION.test(text.slice(Math.max(0, start - 40), start));
/**
 * A described person labelled where the text takes them up again by the noun ("... a woman who had
 * reported abuse. The woman, referred to at the hearing as Ms D, ...", "the man, whom we refer to as Mr T"): the label stands for them.
 */
const NOUN_THEN_LABELLED = /\b[Tt]he\s+([a-z]+)\s*,?\s*(?:who\s+is\s+|wh(?:o|om)\s+(?:we|I)\s+)?(?:referred\s+to|known|refer\s+to|are\s+calling)\b[^.;]{0,60}?\bas\b/g;
const headNoun = (reference: string) => reference.split(' ').pop()!.toLowerCase();
const sameHeadNoun = (found: ReadonlyMap<string, ComplainantFact>, reference: string) =>
  [...found.values()].some((c) => !c.pseudonym && headNoun(c.reference) === headNoun(reference));

/** "O'Connor" -> "Kristina O'Connor" when the text also gives the full name. */
function fullNameFor(text: string, partial: string): string {
  const surname = squash(partial).split(' ').pop() ?? partial;
  // A first name before the surname, anywhere in the text.
  const re = new RegExp(`\\b(${NAME_WORD})[ \\t]+${escapeRegex(surname)}\\b`);
  const m = re.exec(text);
  return m && isNameWord(m[1] ?? '') ? m[0] : partial;
}

/** A deterministic stand-in for tests and tools without a key; the pipeline passes a keyed HMAC. */
export const placeholderPseudonym = (name: string): string => pseudonymFor('placeholder', name);

/** The pseudonym stored for a real name; the name itself never leaves this function. */
export function pseudonymForComplainant(realName: string, pseudonymise: (name: string) => string = placeholderPseudonym): string {
  return pseudonymise(squash(realName));
}

/**
 * Complainants as the document refers to them. Labels count when the text introduces them as
 * such ("referred to in these proceedings as Mr C") or says they complained; pseudonyms already in
 * the text (the pipeline redacts before extraction) and any real names still present come out as
 * pseudonyms.
 */
export function extractComplainants(doc: DocText, pseudonymise: (name: string) => string = placeholderPseudonym, kind?: DocumentKind): ComplainantFact[] {
  const text = doc.text;
  const out = new Map<string, ComplainantFact>();
  const add = (reference: string, pseudonym: boolean, start: number, end: number, hideQuote = false) => {
    const k = foldName(reference);
    // A real name's span keeps its place but quotes the pseudonym, so the name never leaves.
    const source = hideQuote ? { ...doc.span(start, end), quote: reference } : doc.span(start, end);
    if (!out.has(k)) out.set(k, { reference, pseudonym, source });
  };
  for (const m of text.matchAll(COMPLAINANT_LABEL)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const role = squash(m[1] ?? '');
    // An honorific, a capital, a full stop and a surname is a person's initial ("Mr R. Hale"), not a label.
    const initial = INITIAL_THEN_NAME.exec(text.slice(end, end + 30));
    if (HONORIFIC.test(role) && ((initial && isNameWord(initial[1] ?? '')) || INITIAL_THEN_PSEUDONYM.test(text.slice(end, end + 30)))) continue;
    const before = text.slice(Math.max(0, start - 120), start);
    const sentence = before.slice(before.lastIndexOf('.') + 1);
    const byComplaint = COMPLAINT_BY_BEFORE.test(sentence);
    const addressedOrPursued = HONORIFIC.test(role) && (RELATIONSHIP_WITH_BEFORE.test(sentence) || (SALUTATION_BEFORE.test(before) && YOUR_COMPLAINT.test(text)));
    const introduced =
      byComplaint ||
      addressedOrPursued ||
      COMPLAINANT_INTRODUCED.test(sentence) ||
      (OFFICER_ROLE.test(role)
        ? COLLEAGUE_INTRODUCED.test(sentence) && !sanctioned(text, squash(m[0]))
        : WITNESS_ROLE.test(role)
          ? COLLEAGUE_INTRODUCED.test(sentence) || PERSON_INTRODUCED.test(sentence)
          : PERSON_INTRODUCED.test(sentence) || VICTIM_APPOSITION.test(sentence) || (INTRODUCED.test(sentence) && !SUBJECT_INTRODUCED.test(sentence)));
    // A notice or outcome labels a private person by honorific only to hide who was wronged.
    const labelledPerson = (kind === 'hearing_notice' || kind === 'hearing_outcome') && HONORIFIC.test(role) && !NOT_VICTIM_BEFORE.test(sentence);
    const ok = ALWAYS_COMPLAINANT.test(role) || introduced || labelledPerson || COMPLAINED_AFTER.test(text.slice(end, end + 60));
    if (ok && !PSEUDONYM_PATTERN.test(m[0])) add(squash(m[0]), false, start, end);
  }
  for (const m of text.matchAll(CIPHER_INTRODUCED)) {
    const at = (m.index ?? 0) + m[0].length - m[1]!.length;
    const before = text.slice(Math.max(0, at - 200), at);
    const sentence = before.slice(before.lastIndexOf('.') + 1);
    if (COLLEAGUE_INTRODUCED.test(sentence) || PERSON_INTRODUCED.test(sentence) || PERSON_NAMED_AS.test(sentence)) add(m[1]!, false, at, at + m[1]!.length);
  }
  for (const m of text.matchAll(UNNAMED_VICTIM)) add(`the ${m[1]!.toLowerCase()}`, false, m.index ?? 0, (m.index ?? 0) + m[0].length);
  // A description the text labels right away, or names again as "the <noun>", is a person already counted.
  // A description labelled at any of its uses ("two women" in a headline, "two women, referred to as
  // Woman A and Woman B" below) is the labelled people everywhere.
  const victims = describedVictims(text);
  const labelled = new Set(victims.filter((v) => labelledRightAfter(text, v.start, v.end)).map((v) => foldName(v.reference)));
  const labelledNouns = new Set([...text.matchAll(NOUN_THEN_LABELLED)].map((m) => m[1]!.toLowerCase()));
  for (const v of victims)
    if (!v.alone && !labelled.has(foldName(v.reference)) && !labelledNouns.has(headNoun(v.reference)) && !sameHeadNoun(out, v.reference))
      add(v.reference, false, v.start, v.end);
  // Labels introduced once count on every later use, so gather those first, then pseudonyms.
  for (const m of text.matchAll(PSEUDONYMS)) add(m[0], true, m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const name of findComplainantNames(doc)) {
    const at = text.indexOf(name);
    add(pseudonymForComplainant(name, pseudonymise), true, Math.max(0, at), Math.max(0, at) + name.length, true);
  }
  // Last, what counts only when no one else does: a person described once by a relationship, or
  // a text that calls the person only "the complainant".
  if (!out.size) for (const v of victims) if (v.alone) add(v.reference, false, v.start, v.end);
  const bare = out.size ? null : BARE_COMPLAINANT.exec(text);
  if (bare) add('the complainant', false, bare.index, bare.index + bare[0].length);
  return [...out.values()];
}
