/**
 * A web page's lists of links to OTHER stories ("Related pages", "Most read", "More news"): their
 * headlines name other officers ("PC Jo Bloggs dismissed after hearing"), who are not this page's
 * subjects. A list is a heading alone on its line, then the lines up to the first blank line after
 * at least one item (or the end of the text).
 */

/** Headings web pages put above lists of links to other pages (vocabulary: extend as pages show more). */
export const LINK_LIST_HEADINGS = [
  'related pages',
  'related articles',
  'related stories',
  'related news',
  'related content',
  'related links',
  'most read',
  'most popular',
  'most viewed',
  'more news',
  'more stories',
  'more from [a-z ]{2,30}',
  'read more',
  'read next',
  'you may also like',
  'you might also like',
  'latest news',
  'latest stories',
  'top stories',
  'trending',
  'see also',
  'other news',
  'in other news',
] as const;

/** The heading fills its line (an optional colon after it), so "read more about it" in prose is no list. */
const LINK_LIST_HEADING = new RegExp(`^[ \\t]*(?:${LINK_LIST_HEADINGS.join('|')})[ \\t]*:?[ \\t]*$`, 'gim');
/** The blank line that ends a list once it has an item. */
const BLANK_LINE_AFTER_ITEM = /\S[^\n]*\n[ \t]*(?:\n|$)/;

/** The [start, end) offsets of every list of links to other pages. */
export function linkListRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(LINK_LIST_HEADING)) {
    const start = m.index ?? 0;
    const body = start + m[0].length;
    const end = BLANK_LINE_AFTER_ITEM.exec(text.slice(body));
    out.push([start, end ? body + end.index + end[0].length : text.length]);
  }
  return out;
}

/** Whether offset `at` lies inside one of `ranges`. */
export function inRanges(ranges: readonly [number, number][], at: number): boolean {
  return ranges.some(([s, e]) => s <= at && at < e);
}
