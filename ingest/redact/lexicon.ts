import nlp from 'compromise/two';
import englishGb from 'dictionary-en-gb';
import { NEVER_NAME_WORDS } from './vocabulary.js';

/**
 * What a capitalised word is, from two maintained word lists:
 * - `compromise`'s lexicon for given names (about 3,000 tagged MaleName/FemaleName/FirstName, from
 *   many origins: "Wojciech", "Siobhan", "Nguyen", "Fatima") and 700 surnames. Only the lexicon is
 *   read: compromise's tagger costs about 15 ms per 1,000 characters and calls any unknown word a
 *   noun, which says nothing about names.
 * - the en-GB Hunspell dictionary (`dictionary-en-gb`) for ordinary English words: its lower-case
 *   entries are words ("health", "central", "wood"), its capitalised ones proper nouns. A word the
 *   dictionary has in lower case is an English word, whatever the case it is written in.
 */
type Tags = string | string[];
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

/** Tags of given names and surnames in compromise's lexicon. */
const GIVEN_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);
const NAME_TAGS = new Set([...GIVEN_NAME_TAGS, 'LastName', 'Person', 'Honorific']);
const NEVER = new Set<string>(NEVER_NAME_WORDS);

/** A Hunspell line: the word, then "/" and its affix flags. */
const DIC_ENTRY = /^([^/\s]+)/;
/** A lower-case first letter: the entry is an ordinary word, not a proper noun. */
const LOWER_START = /^\p{Ll}/u;
/** The dictionary's ordinary words, and its proper nouns (places, common given names) folded to lower case. */
const [ENGLISH_WORDS, PROPER_NOUNS] = (() => {
  const words = new Set<string>();
  const proper = new Set<string>();
  for (const line of Buffer.from(englishGb.dic).toString('utf8').split('\n')) {
    const w = DIC_ENTRY.exec(line)?.[1];
    if (w) (LOWER_START.test(w) ? words : proper).add(w.toLowerCase());
  }
  return [words as ReadonlySet<string>, proper as ReadonlySet<string>];
})();
/** Inflections the dictionary leaves to its affix rules: plurals, past tenses, -ing, -ly, -al, -ive. */
const INFLECTIONS: readonly [RegExp, string][] = [
  [/ies$/, 'y'],
  [/es$/, ''],
  [/s$/, ''],
  [/ied$/, 'y'],
  [/ed$/, ''],
  [/ed$/, 'e'],
  [/ing$/, ''],
  [/ing$/, 'e'],
  [/ly$/, ''],
  [/['’]s$/, ''],
];

function tagsOf(lower: string): string[] {
  const t = LEXICON[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** Answers by word, kept for the thread's life: a document asks about the same few hundred words many times. */
function memo(f: (word: string) => boolean): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    let v = seen.get(word);
    if (v === undefined) seen.set(word, (v = f(word)));
    return v;
  };
}

/** "Grace", "Wojciech", "Siobhan": a given name in the lexicon. */
export const isGivenName = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  return !NEVER.has(lower) && tagsOf(lower).some((t) => GIVEN_NAME_TAGS.has(t));
});

/** "Okafor", "Fleming": a surname in the lexicon (never a reason to redact alone, a hint beside a given name). */
export const isKnownName = memo((word: string): boolean => tagsOf(word.toLowerCase()).some((t) => NAME_TAGS.has(t)));

/** An ordinary English word ("Health", "Central", "Attended", "Standards"), or a word of ours that never names a person. */
export const isCommonWord = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  if (NEVER.has(lower) || ENGLISH_WORDS.has(lower)) return true;
  return INFLECTIONS.some(([ending, base]) => ending.test(lower) && ENGLISH_WORDS.has(lower.replace(ending, base)));
});

/**
 * A word neither word list knows in any case ("Kwabena", "Liu", "Chidinma"): not English, not a
 * place or name the dictionary lists. Before another name word it starts a name.
 */
export const isUnknownWord = memo((word: string): boolean => {
  const lower = word.toLowerCase();
  return !isCommonWord(word) && !PROPER_NOUNS.has(lower) && tagsOf(lower).length === 0;
});
