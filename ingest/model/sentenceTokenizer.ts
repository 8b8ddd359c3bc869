import { SentenceTokenizer } from '../../src/nlp.js';

/** What natural's tokenizer keeps between its passes: placeholder -> the text it stands for. */
interface TokenizerState {
  replacementMap: Map<string, string>;
  delimiterMap: Map<string, string>;
}

/**
 * natural's placeholders, `{{KIND_n}}`: for URIs, numbers and abbreviations, and for sentence
 * delimiters. Its own passes build one RegExp per placeholder and scan every sentence with each of
 * them, which grows with the square of a block's length (a judgment paragraph full of citations
 * and paragraph numbers has hundreds); one scan for all of them finds the same ones.
 */
const REPLACEMENT_RE = /\{\{(?:URI|NUMBER|ABBREV)_\d+\}\}/g;
const DELIMITER_RE = /\{\{DELIM_\d+\}\}/g;
/** The same, as the separator to split on (a capture group keeps each delimiter, as natural's split does). */
const DELIMITER_SPLIT_RE = /(\{\{DELIM_\d+\}\})/;

/**
 * natural's SentenceTokenizer with its placeholders put back and split on in one scan each. Text
 * that already holds "{{" goes to natural's own passes: only then could a `{{...}}` be other than
 * a placeholder natural made, and the one scan differ from its one replacement per placeholder.
 * Without it, every placeholder in the text is one natural made, none of the texts they stand for
 * holds "{{" (numbers, delimiters, and URIs ending at white space), so both give the same sentences.
 */
class OneScanSentenceTokenizer extends SentenceTokenizer {
  private readonly plain = new SentenceTokenizer([]);

  override tokenize(text: string): string[] {
    return text.includes('{{') ? this.plain.tokenize(text) : super.tokenize(text);
  }

  revertReplacements(text: string): string {
    const map = (this as unknown as TokenizerState).replacementMap;
    return text.replace(REPLACEMENT_RE, (p) => map.get(p) ?? p);
  }

  revertDelimiters(text: string): string {
    const map = (this as unknown as TokenizerState).delimiterMap;
    return text.replace(DELIMITER_RE, (p) => map.get(p) ?? p);
  }

  splitOnPlaceholders(text: string): string[] {
    if ((this as unknown as TokenizerState).delimiterMap.size === 0) return [text];
    const parts = text.split(DELIMITER_SPLIT_RE);
    const sentences: string[] = [];
    for (let i = 0; i < parts.length; i += 2) sentences.push((parts[i] as string) + (parts[i + 1] ?? ''));
    return sentences;
  }
}

/** A sentence tokenizer without abbreviations (sentences.ts hides them first). */
export function sentenceTokenizer(): { tokenize(text: string): string[] } {
  return new OneScanSentenceTokenizer([]);
}
