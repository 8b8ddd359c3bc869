/**
 * The judgment's own neutral citation. It is labelled in modern judgments; otherwise it is the
 * citation a header or footer repeats on most pages, or the one at the very top of the first
 * page (Supreme Court and Privy Council judgments print it above the title).
 */
import type { DocText } from '../../text.js';
import { findNeutralCitations, type NeutralCitation } from './neutralCitation.js';

/** "Neutral Citation Number:", "Neutral Citation No.", "Neutral citation:" — the label itself. */
const NEUTRAL_CITATION_LABEL_RE = /Neutral\s+Citation(?:\s+(?:Number|No\.?))?\s*:?/gi;

/** How far after the label the citation may start (a line break, stray spaces). */
const AFTER_LABEL = 80;

/** Page header or footer size in characters, where a running citation is printed. */
const RUNNING_MARGIN = 300;

/** How much of the first page counts as its top, where an unlabelled own citation sits. */
const FIRST_PAGE_TOP = 400;

/** Where the heading turns to the court below; a citation after this is the decision appealed. */
const COURT_BELOW_RE = /On\s+appeal\s+from/i;

export function ownNeutralCitation(doc: DocText, judgment: boolean): NeutralCitation | null {
  // A notice or article can quote a ruling's citation, but it has none of its own.
  if (!judgment) return null;
  const text = doc.text;
  for (const m of text.matchAll(NEUTRAL_CITATION_LABEL_RE)) {
    const from = (m.index ?? 0) + m[0].length;
    const c = findNeutralCitations(text.slice(from, from + AFTER_LABEL))[0];
    if (c && text.slice(from, from + c.start).trim() === '') return { ...c, start: c.start + from, end: c.end + from };
  }
  const pages = doc.pages;
  if (pages.length >= 3) {
    const counts = new Map<string, { n: number; c: NeutralCitation }>();
    let offset = 0;
    for (const p of pages) {
      const seen = new Set<string>();
      const margins = [p.text.slice(0, RUNNING_MARGIN), p.text.slice(-RUNNING_MARGIN)];
      for (const [i, part] of margins.entries()) {
        const base = offset + (i === 0 ? 0 : Math.max(0, p.text.length - RUNNING_MARGIN));
        for (const c of findNeutralCitations(part)) {
          if (seen.has(c.canonical)) continue;
          seen.add(c.canonical);
          const prev = counts.get(c.canonical);
          counts.set(c.canonical, { n: (prev?.n ?? 0) + 1, c: prev?.c ?? { ...c, start: c.start + base, end: c.end + base } });
        }
      }
      offset += p.text.length + 2;
    }
    const running = [...counts.values()].sort((a, b) => b.n - a.n)[0];
    if (running && running.n * 2 > pages.length) return running.c;
  }

  let top = (pages[0]?.text ?? '').slice(0, FIRST_PAGE_TOP);
  const below = COURT_BELOW_RE.exec(top);
  if (below) top = top.slice(0, below.index);
  return findNeutralCitations(top)[0] ?? null;
}
