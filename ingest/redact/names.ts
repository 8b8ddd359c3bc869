import { RANK_SOURCE } from '../extract/ranks.js';
import { GB_PLACE_NAMES } from './placesGb.js';
import { isCommonWord, isGivenName, isKnownName, isUnknownWord } from './lexicon.js';
import {
  HONORIFICS,
  JUDGE_TITLES,
  NEVER_NAME_WORDS,
  NOT_PERSON_AFTER,
  PERSON_FIELDS,
  PLACE_NOUNS_AFTER,
  PLACE_PREPOSITIONS,
  RELATION_NOUNS,
  WORD_GIVEN_NAMES,
} from './vocabulary.js';

/** One place a person's name is written: its words, without the honorific. */
export interface NameMention {
  start: number;
  end: number;
  words: string[];
  /** The honorific written before it ("Mrs"), if any. */
  title: string | null;
  /** Set when the words before the name already give a public role: a rank or a judicial title. */
  anchoredRole: 'officer' | 'judge' | null;
  /** A first name the text gives alone ("your son, Kyle"): too common a word to look for in other documents. */
  firstNameOnly?: boolean;
}

/**
 * A capitalised name word in any script's letters: "Okafor", "O'Connor", "McDonald", "Mensah-Boateng" (wrapped after its hyphen or not),
 * "Nguyễn", or all capitals as headings print them ("KOWALCZYK", "McCLEAN", whose prefix keeps its small letter). An apostrophe followed by one
 * lower-case letter is a possessive, not part of the word ("Wood's" reads as "Wood").
 */
const NAME_TOKEN =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?:-(?:[ \t]*\n[ \t]*)?\p{Lu}?\p{Ll}+|['’](?:\p{Lu}\p{Ll}+|\p{Ll}{2,}))*|\p{Lu}{2,}(?:(?:-(?:[ \t]*\n[ \t]*)?|['’])\p{Lu}{2,})*|(?:Mc|Mac)\p{Lu}{2,})(?![\p{L}\p{N}])/gu;
/** A double-barrelled name the page wrapped after its hyphen ("LLOYD-\nBRANWEN"): one word, read without the break. */
const WRAPPED_HYPHEN = /-[ \t]*\n[ \t]*/g;
/** Only spaces or tabs between two words of one name: a line break ends it (headings, table cells)... */
const SAME_LINE_GAP = /^[ \t]+$/;
/** An initial's full stop and space ("Mrs A. Okafor", "J. R. Kowalski"): the name goes on. */
const INITIAL_GAP = /^\.?[ \t]+$/;
/**
 * ...unless the page wrapped a name: a title, a given name or a word no dictionary knows ends the line,
 * and the sentence goes on after the next word. A word and a colon opening the next line is a field's
 * label ("Name: Jo Bloggs" / "Role: Examiner"), not the end of the name.
 */
const WRAP_GAP = /^[ \t]*\n[ \t]*$/;
const SENTENCE_GOES_ON = /^(?:[,.;)]|['’]s\b|[ \t]+(?:\p{Ll}|\())/u;
/**
 * A rank (and warrant number) right before the name: an officer ("PC 1234 Tom Ashdown", "former DS
 * Lee"), or set in apposition to "the"/"its"/a possessive's rank ("the force's Chief Constable, Jo Bloggs").
 */
const RANK_BEFORE = new RegExp(
  `(?:(?:${RANK_SOURCE}|[Oo]fficer|OFFICER)\\.?\\s+(?:\\d{2,6}\\s+|[A-Z]{1,2}\\d{2,6}\\s+)?|\\b(?:[Tt]he|its|['’]s)\\s+(?:${RANK_SOURCE}),\\s+)$`,
);

/** "a serving police constable, Mr Bloggs": the honorific's name is the officer the rank describes. */
const RANK_APPOSITION_BEFORE = new RegExp(`\\b[Aa]n?\\s+(?:[A-Za-z-]+\\s+){0,2}(?:${RANK_SOURCE}),\\s+$`);
const HONORIFIC = new Set<string>(HONORIFICS.map((h) => h.toLowerCase()));
const JUDGE_TITLE_WORDS = JUDGE_TITLES.map((t) => t.toLowerCase().split(' '));
const NEVER = new Set<string>(NEVER_NAME_WORDS);
const STOP_AFTER = new Set<string>(NOT_PERSON_AFTER);
const WORD_NAMES = new Set<string>(WORD_GIVEN_NAMES);
const PLACE_AFTER = new Set<string>(PLACE_NOUNS_AFTER);
/** A place preposition right before a run ("in Bath", "at Chester"). */
const PLACE_BEFORE = new RegExp(`\\b(?:${PLACE_PREPOSITIONS.join('|')})\\s+$`, 'i');

/** Words a relation may carry before its noun: "her 15-year-old son", "his twin brother", "her ex-partner", "his step-son". */
const RELATION_PREFIX =
  '(?:(?:late|young|teenage|elder|eldest|older|younger|youngest|former|new|then|adult|baby|best|twin|\\d{1,2}-year-old)\\s+|(?:ex|then|step)-\\s*)*';
/** "Kyle, her son": the relation written after the name. */
const RELATION_AFTER = new RegExp(`^,\\s+(?:his|her|their|the\\s+\\p{L}+['’]s)\\s+${RELATION_PREFIX}(?:${RELATION_NOUNS.join('|')})\\b`, 'u');

/**
 * A lone name word introduced by a relationship, or a person "called"/"named"/"known as" it ("your son,
 * Kyle,", "her 15-year-old son Kyle", "his ex-partner Jade", "a friend, Tegan", "a boy called Declan"): a
 * private person the text names by first name only, who is then written alone everywhere ("Kyle gave
 * evidence"). Two name words are read without this.
 */
const GIVEN_NAME_INTRODUCED = new RegExp(
  `(?:\\b(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Ww]hose|[\\p{L}-]+['’]s)\\s+${RELATION_PREFIX}(?:${RELATION_NOUNS.join('|')})|\\b(?:[Aa]n?|[Tt]he)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:man|woman|boy|girl|child|teenager|youth|lad|person|baby|friend)\\s+(?:called|named|known\\s+as)|\\b[Aa]\\s+(?:${RELATION_NOUNS.join('|')})),?\\s+$`,
  'u',
);

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

/** Capitalised words in runs on one line, with their offsets. */
function runsOf(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (const m of text.matchAll(NAME_TOKEN)) {
    const word = m[0].replace(WRAPPED_HYPHEN, '-');
    const t = { word, lower: word.toLowerCase(), start: m.index, end: m.index + m[0].length };
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const titled = HONORIFIC.has(prev?.lower ?? '') || HONORIFIC.has(run[run.length - 2]?.lower ?? '');
    const nameLike = prev && (titled || isGivenName(prev.word) || !isCommonWord(prev.word));
    const wrapped = prev && nameLike && WRAP_GAP.test(gap) && SENTENCE_GOES_ON.test(text.slice(t.end, t.end + 3));
    // An initial's or an honorific's full stop does not end the name: "J. Smith", "Mr. Karim Khan".
    const afterInitial = prev && (prev.word.length === 1 || HONORIFIC.has(prev.lower)) && INITIAL_GAP.test(gap);
    if (prev && !SAME_LINE_GAP.test(gap) && !wrapped && !afterInitial) {
      runs.push(run);
      run = [];
    }
    run.push(t);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** ALL CAPITALS, as headings and captions print names; a "Mc"/"Mac" prefix keeps its small letters ("McCLEAN"). */
const isCapitals = (t: Token) => !/\p{Ll}/u.test(t.word.replace(MAC_PREFIX, ''));
const MAC_PREFIX = /^(?:Mc|Mac)(?=\p{Lu})/u;
/** A surname in capitals after mixed-case given names ("Karim Akbar KHAN"), not an acronym ("CID", "CCTV"). */
const capitalSurname = (t: Token) => isCapitals(t) && t.word.length >= 4 && !isCommonWord(t.word) && !NEVER.has(t.lower);
const isNever = (t: Token) => NEVER.has(t.lower) || t.word.length < 2;
/** A word that can be part of a name after its first word: capitalised, not an institution's or the law's word. */
const canContinue = (t: Token) => !isNever(t) && !STOP_AFTER.has(t.lower) && !HONORIFIC.has(t.lower);
/** A word that starts a name without a title: a given name, a given name that is also a word, or a word no lexicon knows. */
const canStart = (t: Token) => !isNever(t) && !HONORIFIC.has(t.lower) && (isGivenName(t.word) || WORD_NAMES.has(t.lower) || !isCommonWord(t.word));

/** The lower-case word written right after the run's last word, as a place's noun is ("Perry Barr custody"). */
const LOWER_WORD_AFTER = /^[ \t]+(\p{Ll}+)/u;
/** The first word of the next line, where a run the page wrapped goes on ("the Medway Community Safety\nUnit"). */
const NEXT_LINE_WORD = /^[ \t]*\n[ \t]*(\p{L}+)/u;
function institutionAfter(text: string, last: Token | undefined): boolean {
  if (!last) return false;
  const after = text.slice(last.end, last.end + 24);
  const word = LOWER_WORD_AFTER.exec(after)?.[1];
  if (word !== undefined) return PLACE_AFTER.has(word);
  const wrapped = NEXT_LINE_WORD.exec(after)?.[1];
  return wrapped !== undefined && STOP_AFTER.has(wrapped.toLowerCase());
}

/** The judicial title that starts at run[i], as its number of words, or 0. */
function judgeTitleAt(run: Token[], i: number): number {
  for (const words of JUDGE_TITLE_WORDS) {
    if (words.every((w, k) => run[i + k]?.lower === w)) return words.length;
  }
  return 0;
}

/** Up to three name words from run[i]; stops before an institution word, and then the run is a place, not a name. */
function nameWords(text: string, run: Token[], i: number): { tokens: Token[]; institution: boolean } {
  const tokens: Token[] = [];
  let j = i;
  // One name is written in one case: capitals after a mixed-case word are an acronym ("Southampton CID").
  const capitals = run[i] ? isCapitals(run[i]!) : false;
  while (j < run.length && tokens.length < 3 && canContinue(run[j]!) && (isCapitals(run[j]!) === capitals || capitalSurname(run[j]!))) tokens.push(run[j++]!);
  const next = run[j];
  return { tokens, institution: Boolean(next ? STOP_AFTER.has(next.lower) : institutionAfter(text, run[j - 1])) };
}

/**
 * Every place the text writes a person's name: after an honorific ("Mrs Amara Okafor", "MR LEE"),
 * after a judicial title or a rank (marked, so roles.ts keeps them), or without either when the first
 * word is a given name or unknown to the lexicon and a second name word follows ("Grace Wood",
 * "Oluwaseun Adeyemi"). A run that ends in an institution word ("Chester Crown Court", "Hope Street")
 * is a place; a lone unknown word is left alone unless a title or the known names point to it.
 */
export function findNameMentions(text: string): NameMention[] {
  const out: NameMention[] = [];
  for (const run of runsOf(text)) {
    let i = 0;
    const field = personField(text, run);
    if (field) {
      out.push(field);
      i = run.findIndex((t) => t.end === field.end) + 1;
    }
    while (i < run.length) {
      const tok = run[i]!;
      const judge = judgeTitleAt(run, i);
      if (judge) {
        const { tokens } = nameWords(text, run, i + judge);
        if (tokens.length) out.push(mention(tokens, null, 'judge'));
        i += judge + tokens.length;
        continue;
      }
      if (HONORIFIC.has(tok.lower)) {
        // Initials between the title and the surname are skipped: "Mrs A. Okafor" names Okafor. A lone
        // initial with nothing after it is an anonymity label ("Ms A"), not a name.
        let k = i + 1;
        while (run[k]?.word.length === 1 && run[k + 1]) k++;
        const { tokens } = nameWords(text, run, k);
        const ranked = RANK_APPOSITION_BEFORE.test(text.slice(Math.max(0, tok.start - 60), tok.start));
        if (tokens.length) out.push(mention(tokens, tok.word, ranked ? 'officer' : null));
        i = k + tokens.length;
        continue;
      }
      if (!canStart(tok)) {
        i++;
        continue;
      }
      const { tokens, institution } = nameWords(text, run, i);
      const before = text.slice(Math.max(0, tok.start - 40), tok.start);
      if (RANK_BEFORE.test(before) && tokens.length) {
        out.push(mention(tokens, null, 'officer'));
      } else if (
        tokens.length === 1 &&
        !institution &&
        !isCapitals(tok) &&
        (GIVEN_NAME_INTRODUCED.test(before) || RELATION_AFTER.test(text.slice(tok.end, tok.end + 60)))
      ) {
        out.push({ ...mention(tokens, null, null), firstNameOnly: true });
      } else if (tokens.length >= 2 && !institution && secondIsName(tokens) && !(PLACE_BEFORE.test(before) && !isGivenName(tok.word)) && !startsWithPlace(tokens)) {
        out.push(mention(tokens, null, null));
      }
      i += Math.max(1, tokens.length);
    }
  }
  return out;
}

/** A form's field for a person ("Witness: Okafor", "Victim: Mrs Amara Okafor"): its value is a name, one word or more. */
const PERSON_FIELD_BEFORE = new RegExp(`(?:^|\\n)[ \\t]*(?:${PERSON_FIELDS.join('|')})[ \\t]*:[ \\t]*$`, 'i');

/** A field's value that opens with a rank ("Name: Special Constable Jo Bloggs") names an officer, read by the rank rule. */
const RANK_OPENS = new RegExp(`^(?:(?:former|retired|ex-)\\s+)?(?:${RANK_SOURCE})\\.?\\s`, 'i');

function personField(text: string, run: Token[]): NameMention | null {
  const first = run[0];
  if (!first || !PERSON_FIELD_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) return null;
  if (RANK_OPENS.test(text.slice(first.start, first.start + 60))) return null;
  const title = HONORIFIC.has(first.lower) ? first.word : null;
  const { tokens, institution } = nameWords(text, run, title ? 1 : 0);
  return tokens.length && !institution ? mention(tokens, title, null) : null;
}

/** Place names of Great Britain, folded to lower case, one to three words. */
const PLACES = new Set(GB_PLACE_NAMES.map((p) => p.toLowerCase()));

/**
 * A run that opens with a town's name ("Peterborough Response", "Huntingdon Road", "Market
 * Harborough"): a place or a unit named after it, unless its first word is also a given name
 * ("Stanley Grange" could be a person, and is redacted for privacy's sake).
 */
function startsWithPlace(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (!first || isGivenName(first.word) || WORD_NAMES.has(first.lower)) return false;
  for (let n = Math.min(3, tokens.length); n >= 1; n--) {
    if (
      PLACES.has(
        tokens
          .slice(0, n)
          .map((t) => t.lower)
          .join(' '),
      )
    )
      return true;
  }
  return false;
}

/**
 * A given name, or a word no list knows ("Liu", "Kwabena"), may take any capitalised surname ("Grace
 * Wood", "Liu Wood"); another first word needs a second word that is not English ("Okafor").
 */
function secondIsName(tokens: Token[]): boolean {
  const [first, second] = tokens;
  if (!first || !second) return false;
  return isGivenName(first.word) || isKnownName(first.word) || WORD_NAMES.has(first.lower) || isUnknownWord(first.word) || !isCommonWord(second.word);
}

function mention(tokens: Token[], title: string | null, anchoredRole: NameMention['anchoredRole']): NameMention {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, words: tokens.map((t) => t.word), title, anchoredRole };
}

/** Capitalised words in runs on one line, for the known-names pass (known.ts), which looks each up by its hash. */
export function nameRuns(text: string): { word: string; start: number; end: number }[][] {
  return runsOf(text);
}
