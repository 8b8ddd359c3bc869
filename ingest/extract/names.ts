/**
 * Person-name pieces shared by the officer and complainant extractors. A name word is capitalised
 * (Title case, or all capitals as court captions print them) and at least two letters, so a lone
 * capital ("PC A") is never a name.
 */
/** A name word; a double-barrelled one may wrap after its hyphen ("VAUGHAN-\nPRITCHARD" in a heading). */
export const NAME_WORD = "(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:(?:-\\n?|['’])[A-Z]?[a-z]+)*";
export const CAPS_NAME_WORD = "[A-Z]{2,}(?:(?:-\\n?|['’])[A-Z]{2,})*";
/** A line break the page put after a name's hyphen. */
export const WRAPPED_NAME_HYPHEN = /-\n/g;

/** Verbs a headline puts right after a rank, in capitals or title case. */
const HEADLINE_VERBS =
  'dismissed sacked barred banned jailed cleared charged convicted sentenced guilty reduced demoted warned suspended resigned retired resigns retires faces admits given found fired';

/** Capitalised words that start sentences or name institutions, never part of a person's name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an of and or in on at for to by from with his her their he she it they this that these those who which ' +
    'police constable constabulary sergeant inspector officer officers service services standards professional misconduct ' +
    'panel chair chief court tribunal appeals appeal unit command team division district department group area ' +
    'metropolis force forces headquarters station hearing hearings notice outcome outcomes allegation allegations ' +
    'judgment judge justice lord lady mr mrs ms miss dr sir dame king queen crown claimant defendant appellant respondent ' +
    'interested party parties counsel director general independent office college national home secretary state ' +
    'between before date dates case no number name rank posting type venue time public private held will was is ' +
    'has had did does not remains attended said says reference january february march april may june july august ' +
    'september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'former ex complainant victim witness pc ps dc ds di ci dci dcs sgt insp supt pcso acc dcc subject subjects ' +
    'legally qualified person member members staff detective superintendent commissioner commander assistant deputy ' +
    'special community support honesty integrity discreditable conduct duties responsibilities orders instructions ' +
    'authority respect courtesy equality diversity use fitness work confidentiality challenging reporting improper ' +
    // Sentence openers that can follow a label's full stop ("PC A. Following the hearing").
    'following during after however when while although there accordingly further finally also both each ' +
    // A caption's party ordinal after the name ("Joel Hale Second Interested Party").
    'first second third fourth fifth ' +
    // A headline's verb after the rank ("SERGEANT DISMISSED", "Constable Sacked After Crash"): what
    // happened to the officer, never a name.
    HEADLINE_VERBS
  ).split(' '),
);

/** A possessive ending ("Halstow's"): the name is the word before it. */
export const POSSESSIVE = /['’]s$/;

/** Police staff job titles that can stand between "Police Staff" and the name. */
const JOB_TITLES = new Set('investigator analyst handler clerk manager supervisor detention custody enquiry operator researcher caseworker call officer'.split(' '));

/** Runs of whitespace, including line breaks inside names and phrases. */
const WHITESPACE = /\s+/g;

/** Collapses whitespace so phrases broken across lines compare equal. */
export function squash(s: string): string {
  return s.replace(WHITESPACE, ' ').trim();
}

export function isJobTitle(word: string): boolean {
  return JOB_TITLES.has(word.toLowerCase());
}

export function isNameWord(word: string): boolean {
  return word.length >= 2 && !JOB_TITLES.has(word.toLowerCase()) && !NOT_NAME_WORDS.has(word.toLowerCase().replace(POSSESSIVE, ''));
}

/** Lower-case letters: a name with any is already in mixed case. */
const HAS_LOWER = /[a-z]/;
/** The first letter of each word in a lower-cased name. */
const WORD_START = /(^|[\s'’-])([a-z])/g;

/** "KIERAN LOWTHER" -> "Kieran Lowther"; mixed-case names are kept as written. */
export function titleCase(name: string): string {
  if (HAS_LOWER.test(name)) return name;
  return name.toLowerCase().replace(WORD_START, (_, p: string, c: string) => p + c.toUpperCase());
}

export { escapeRegex } from '../../src/text/regex.js';
