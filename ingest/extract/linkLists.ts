/**
 * A web page's lists of links to OTHER stories ("Related pages", "Most read", "More news"): their
 * headlines name other officers ("PC Jo Bloggs dismissed after hearing"), who are not this page's
 * subjects, and their sanctions are not this page's outcomes. A list is a heading on its own line,
 * then its headlines up to the first blank line or line of prose after at least one item (or the
 * end of the text).
 */

/** Headings web pages put above lists of links to other pages (vocabulary: extend as pages show more). */
export const LINK_LIST_HEADINGS = [
  'related pages',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related links',
  'similar (?:news|stories|articles)',
  'other (?:stories|articles)',
  'most read',
  'most popular',
  'most viewed',
  'more news',
  'more stories',
  'more (?:articles|content|links|pages)',
  'more from [a-z ]{2,30}',
  'read more',
  'read next',
  'you may also like',
  'you might also like',
  'you (?:may|might) also be interested in',
  'latest news',
  'latest stories',
  'top stories',
  'trending',
  'see also',
  'other news',
  'in other news',
] as const;

/**
 * The heading fills its line, so "read more about it" in prose is no list; a colon, a count in
 * brackets or a bar may follow it ("Related news (3)", "Most read | ...") but no sentence.
 */
const LINK_LIST_HEADING = new RegExp(`^[ \\t]*(?:${LINK_LIST_HEADINGS.join('|')})[ \\t]*(?:[:(|][^\\n.]{0,20})?$`, 'gim');
/**
 * What ends a list once it has an item: a blank line, or a line of prose (it ends in a full stop or
 * colon, which headlines do not), which is the page's text again and stays outside the list.
 */
const END_AFTER_ITEM = /\S[^\n]*\n(?:[ \t]*(?:\n|$)|(?=[^\n]*[.:][ \t]*(?:\n|$)))/;

/** The [start, end) offsets of every list of links to other pages. */
export function linkListRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(LINK_LIST_HEADING)) {
    const start = m.index ?? 0;
    const body = start + m[0].length;
    const end = END_AFTER_ITEM.exec(text.slice(body));
    out.push([start, end ? body + end.index + end[0].length : text.length]);
  }
  return out;
}

/** Whether offset `at` lies inside one of `ranges`. */
export function inRanges(ranges: readonly [number, number][], at: number): boolean {
  return ranges.some(([s, e]) => s <= at && at < e);
}
