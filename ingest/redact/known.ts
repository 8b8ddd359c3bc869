import { nameRuns, type NameMention } from './names.js';
import { formHash } from './pseudonyms.js';

/**
 * Forms redacted in earlier documents, by keyed hash (never the name): hash -> pseudonym. Loaded
 * from the graph's (:RedactedName) nodes before a run and handed to every worker.
 */
export type KnownNames = ReadonlyMap<string, string>;

/**
 * Names that earlier documents redacted, wherever this document writes them, even with no title or
 * lexicon word to find them by ("Okafor's car", "OKAFOR"): every one-to-three-word window of each
 * capitalised run is hashed and looked up. The longest window wins.
 */
export function findKnownMentions(text: string, known: KnownNames, key: string): { mention: NameMention; pseudonym: string }[] {
  if (!known.size) return [];
  const out: { mention: NameMention; pseudonym: string }[] = [];
  for (const run of nameRuns(text)) {
    let i = 0;
    while (i < run.length) {
      let hit = 0;
      for (let n = Math.min(3, run.length - i); n >= 1 && !hit; n--) {
        const words = run.slice(i, i + n);
        const pseudonym = known.get(formHash(key, words.map((w) => w.word).join(' ')));
        if (pseudonym) {
          out.push({ mention: { start: words[0]!.start, end: words[n - 1]!.end, words: words.map((w) => w.word), title: null, anchoredRole: null }, pseudonym });
          hit = n;
        }
      }
      i += hit || 1;
    }
  }
  return out;
}
