/**
 * Forms with tick boxes ("Proven?  [X] Proven  [ ] Not proven", an outcome list with one box ticked):
 * every option is printed, so an option left unticked must read as unsaid. Its words are blanked
 * (text.ts), so every offset and source span still points at the page.
 */
import { DocText, blanked } from '../text.js';

/** A box left empty: "[ ]", "☐" ("□" and "■" are as often bullets, so they are not read as boxes). */
const EMPTY_BOX = /\[[ \t]?\]|☐/;
/** Any box, ticked or not ("[X]", "[x]", "[✓]", "☒", "☑"): where the next option starts. */
const ANY_BOX = /\[[ \t]?\]|\[[xX✓✔][ \t]?\]|[☐☒☑]/;
/** An empty box and its option's words, up to the next box or the line's end. */
const UNTICKED_OPTION = new RegExp(`(?:${EMPTY_BOX.source})[^\\n]*?(?=${ANY_BOX.source}|\\n|$)`, 'g');

/** The document with the options of its empty boxes blanked; the same document when it has none. */
export function withoutUntickedOptions(doc: DocText): DocText {
  if (!EMPTY_BOX.test(doc.text)) return doc;
  return new DocText(doc.pages.map((p) => ({ ...p, text: p.text.replace(UNTICKED_OPTION, blanked) })));
}

/** A ticked box right before the words: the option the form chose. */
const TICKED_BEFORE = /(?:\[[xX✓✔][ \t]?\]|[☒☑])[ \t]*$/;

/** The words at `at` are a ticked option ("[X] Dismissal without notice"): stated as chosen, with no verb. */
export function tickedOption(text: string, at: number): boolean {
  return TICKED_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}
