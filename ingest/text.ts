import type { SourceSpan } from '../src/domain/extraction.js';

export interface PageText {
  num: number;
  text: string;
  /** Present when the page had no text layer and its text was read by OCR (ingest/ocr/). */
  ocr?: PageOcr;
}

export interface PageOcr {
  /** Mean confidence of the words read, 0 to 1; null when none was scored. */
  confidence: number | null;
}

/** Every character but a line break, for blanking. */
const NOT_LINE_BREAK = /[^\n]/g;

/**
 * The same text with every character but line breaks made a space: words a reader should not take
 * as said (a form's unticked option, a list of links to other pages) go, and every offset, line and
 * source span still points where it did.
 */
export function blanked(text: string): string {
  return text.replace(NOT_LINE_BREAK, ' ');
}

/** A page's last words with no sentence end after them. */
const OPEN_END = /[\p{L},]\s*$/u;
/** A page that opens in the middle of a sentence: its first word is in lower case. */
const RUN_ON_OPENING = /^\s*\p{Ll}/u;

/**
 * A sentence carried over a page break ("... relating to the" / "use of force amounting to ..."):
 * the pages join with a line break, not the blank line that ends a paragraph, so the sentence stays
 * whole for every extractor. The joint keeps the two-character width either way.
 */
function runsOn(text: string, next: string | undefined): boolean {
  return next !== undefined && OPEN_END.test(text) && RUN_ON_OPENING.test(next);
}

/**
 * A document's pages joined into one string, so extractors can run one regex over the whole
 * text (facts cross page breaks) and still report page-relative offsets.
 */
export class DocText {
  readonly text: string;
  private readonly starts: number[];

  constructor(readonly pages: readonly PageText[]) {
    const starts: number[] = [];
    let text = '';
    for (const [i, p] of pages.entries()) {
      starts.push(text.length);
      text += p.text + (runsOn(p.text, pages[i + 1]?.text) ? ' \n' : '\n\n');
    }
    this.text = text;
    this.starts = starts;
  }

  /** The page holding global offset `at`, by binary search. */
  pageIndexAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A source span for global offsets [start, end); the quote is the matched words, clipped. */
  /** A span's start as an offset into `text` again (the inverse of span()). */
  offsetOf(span: Pick<SourceSpan, 'page' | 'start'>): number {
    const i = this.pages.findIndex((p) => p.num === span.page);
    return (this.starts[Math.max(0, i)] ?? 0) + span.start;
  }

  span(start: number, end: number, maxQuote = 200): SourceSpan {
    const i = this.pageIndexAt(start);
    const pageStart = this.starts[i] ?? 0;
    const page = this.pages[i];
    const pageLen = page?.text.length ?? 0;
    const s = Math.max(0, start - pageStart);
    const e = Math.min(pageLen, Math.max(s, end - pageStart));
    const quote = this.text.slice(start, end).replace(/\s+/g, ' ').trim();
    return {
      page: page?.num ?? 1,
      start: s,
      end: e,
      quote: quote.length > maxQuote ? quote.slice(0, maxQuote - 1) + '…' : quote,
    };
  }
}
