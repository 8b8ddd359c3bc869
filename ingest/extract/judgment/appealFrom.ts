/**
 * The ruling an appeal is brought against. An appeal judgment names it in its heading ("ON APPEAL
 * FROM THE HIGH COURT ... [2023] EWHC 1498 (Admin)") or in its introduction ("His claim was
 * dismissed by Linton-Price J: [2023] EWHC 1498 (Admin). He appeals against that order"). Only a
 * citation of a lower court counts, so an authority of the same or a higher court cited nearby is
 * never taken for the ruling below.
 */
import type { AppealFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { findNeutralCitations, type NeutralCitation } from './neutralCitation.js';

/** The heading line that opens the description of the court below. Capitals in headings, any case in prose. */
const ON_APPEAL_FROM_RE = /\bON\s+APPEAL\s+FROM\b/i;

/** How far the heading's description of the court below may run: court, division, judge, citation. */
const BELOW_BLOCK_CHARS = 500;

/** What follows the court-below block in a heading: the venue, the date, the bench, the parties. */
const BELOW_BLOCK_END_RE = /^[ \t]*(?:Royal\s+Courts|Date\b|Before\b|Between\b|B\s?E\s?T\s?W\s?E\s?E\s?N|Neutral\s+Citation)/im;

/**
 * Words saying a ruling is the one under appeal: "appeal from/against", "appeals against that
 * order", "the judgment below", "the court below", "dismissed by Linton-Price J". The judge's name is
 * one capitalised word (hyphens allowed) before "J" or "LJ", so the pattern is linear.
 */
const APPEAL_CUE_RE =
  /\bappeal(?:s|ed)?\s+(?:is\s+)?(?:from|against)\b|\b(?:judgment|decision|order)\s+(?:below|under\s+appeal)\b|\bcourt\s+below\b|\b(?:dismissed|allowed|refused|quashed|granted|made)\s+by\s+[A-Z][A-Za-z'’-]+\s+L?J\b/g;

/** How far from a cue the citation of the ruling below may sit (about a sentence either side). */
const CUE_WINDOW = 260;

/** The introduction, where an appeal judgment says what is appealed; later citations are authorities. */
const INTRODUCTION_CHARS = 9000;

/** Final courts of appeal. */
const TOP_COURT_RE = /^UK(?:SC|PC|HL)/;
/** Courts of appeal below them. */
const APPEAL_COURT_RE = /^(?:EWCA|NICA|CSIH)/;
/** Courts and tribunals of first instance (or of a first appeal from a panel or tribunal). */
const FIRST_INSTANCE_RE = /^(?:EWHC|UKUT|EAT|NIQB|NIKB|CSOH|EWFC|EWCOP)/;

/** Court tiers: an appeal lies to a higher tier, so the ruling below is in a lower one. */
function tier(court: string): number {
  if (TOP_COURT_RE.test(court)) return 3;
  if (APPEAL_COURT_RE.test(court)) return 2;
  if (FIRST_INSTANCE_RE.test(court)) return 1;
  return 0;
}

export function findAppealFrom(doc: DocText, ownCourt: string | null, ownCitation: string | null): AppealFact | null {
  if (!ownCourt || tier(ownCourt) < 2) return null;
  const text = doc.text;
  const lower = (c: NeutralCitation) => c.canonical !== ownCitation && tier(c.court) > 0 && tier(c.court) < tier(ownCourt);
  const fact = (c: NeutralCitation, method: AppealFact['method']): AppealFact => ({ citation: c.canonical, court: c.court, method, source: doc.span(c.start, c.end) });

  const head = ON_APPEAL_FROM_RE.exec(text.slice(0, INTRODUCTION_CHARS));
  if (head) {
    const from = head.index + head[0].length;
    let block = text.slice(from, from + BELOW_BLOCK_CHARS);
    const end = BELOW_BLOCK_END_RE.exec(block);
    if (end) block = block.slice(0, end.index);
    const c = findNeutralCitations(block).find(lower);
    if (c) return fact({ ...c, start: c.start + from, end: c.end + from }, 'heading');
  }

  const intro = text.slice(0, INTRODUCTION_CHARS);
  const cites = findNeutralCitations(intro).filter(lower);
  if (!cites.length) return null;
  let best: { c: NeutralCitation; distance: number } | null = null;
  for (const m of intro.matchAll(APPEAL_CUE_RE)) {
    const cueStart = m.index ?? 0;
    const cueEnd = cueStart + m[0].length;
    for (const c of cites) {
      const distance = c.start >= cueEnd ? c.start - cueEnd : c.end <= cueStart ? cueStart - c.end : 0;
      if (distance <= CUE_WINDOW && (!best || distance < best.distance)) best = { c, distance };
    }
  }
  return best ? fact(best.c, 'text') : null;
}
