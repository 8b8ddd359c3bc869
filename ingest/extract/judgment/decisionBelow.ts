/**
 * The decision a judgment reviews, as its own step of the decision chain: which body made it, what
 * it decided and when. A judgment's opening says what is challenged ("judicial review of the
 * decision of the Police Appeals Tribunal of 11 June 2020", "an appeal against a judgment of the
 * Employment Appeal Tribunal") and what that body did ("The PAT allowed an appeal brought by ...",
 * "dismissing the appellant's claim"). These results belong to the body below, never to the court
 * (see jrResult.ts, which skips them).
 */
import type { DecisionBelowFact, DecisionBody } from '../../../src/domain/extraction.js';
import type { JrResult } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';
import { findDates } from '../dates.js';
import { bodyStart } from './body.js';
import { courtTier } from './jrResult.js';

/**
 * Deciders whose decisions come before a court, with the lowest court tier for which each is
 * "below" (a High Court judge is below the Court of Appeal, not below himself). Longer names first.
 */
const BODIES: readonly { body: DecisionBody; re: RegExp; minTier: number }[] = [
  { body: 'police appeals tribunal', re: /\bPolice\s+Appeals?\s+Tribunal\b|\bPAT\b/, minTier: 1 },
  { body: 'employment appeal tribunal', re: /\bEmploy\w*\s+Appeals?\s+Tribunal\b|\bEAT\b/i, minTier: 1 },
  { body: 'employment tribunal', re: /\b[Ee]mployment\s+[Tt]ribunal\b/, minTier: 1 },
  { body: 'misconduct meeting', re: /\bmisconduct\s+meeting\b/i, minTier: 1 },
  { body: 'misconduct panel', re: /\b(?:[Mm]isconduct|[Dd]isciplinary)\s+(?:[Pp]anel|[Tt]ribunal|[Hh]earing|[Bb]oard)\b|\b[Pp]anel\b/, minTier: 1 },
  { body: 'IOPC', re: /\bIndependent\s+Office\s+for\s+Police\s+Conduct\b|\bIOPC\b|\bIndependent\s+Police\s+Complaints\s+Commission\b|\bIPCC\b/, minTier: 1 },
  { body: 'chief officer', re: /\b(?:Chief\s+Constable|Commissioner|appropriate\s+authority)\b/, minTier: 1 },
  { body: 'High Court', re: /\bHigh\s+Court\b|\bAdministrative\s+Court\b|\bDivisional\s+Court\b|\b[A-Z][a-z'’-]+\s+J\b|\bthe\s+judge\b/, minTier: 2 },
  { body: 'Court of Appeal', re: /\bCourt\s+of\s+Appeal\b/, minTier: 3 },
];

/** "the Tribunal" on its own: the tribunal the judgment named first. */
const THE_TRIBUNAL_RE = /^[Tt]he\s+Tribunal\b/;
const TRIBUNALS: readonly DecisionBody[] = ['police appeals tribunal', 'employment appeal tribunal', 'employment tribunal', 'misconduct panel'];

/**
 * "[judicial review of | challenges | appeal against | to quash] the [date] decision of|made by":
 * what is challenged. The body is read from the words right after.
 */
const CHALLENGED_RE =
  /\b(?:judicial\s+review\s+of|challeng\w*|appeal\w*\s+(?:by\s+[^.]{0,60}?\s)?(?:against|from|in\s+respect\s+of)|quash|review(?:\s+of)?)\s+(?:the\s+lawfulness\s+of\s+)?(?:an?\s+|the\s+)?(?:[^.]{0,30}?\s)?(?:decisions?|judgment|order|determination|finding|outcome)\s+(?:of|by|made\s+by|given\s+by)\s+/gi;

/** How far after "decision of" the body's name may start ("an investigator conducting a police misconduct meeting"). */
const BODY_WINDOW = 70;

/**
 * "<body> [had] allowed an appeal", "dismissing the appellant's claim": a body's result. Group 1 the
 * verb, 2 what it disposed of.
 */
const BODY_RESULT_RE =
  /^(?:\s*\([^()]{0,40}\))?(?:\s*,)?\s+(?:had\s+|has\s+|then\s+|subsequently\s+)?(allowed|allowing|dismissed|dismissing|upheld|upholding|rejected|rejecting|quashed|quashing|substituted|substituting|refused|refusing)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[A-Za-z]+['’]s?\s+)?(appeal|claim|application|permission|decision|finding|sanction|outcome)?/;

/** How much of the body is read: the opening, where a judgment sets out what it reviews. */
const OPENING_CHARS = 8000;

/** How far from the challenge or result words the decision's date may be. */
const DATE_WINDOW = 160;

function resultOf(verb: string, object: string | undefined): JrResult | null {
  const v = verb.toLowerCase().slice(0, 5);
  const o = (object ?? '').toLowerCase();
  if (v.startsWith('subst')) return 'substituted';
  if (v.startsWith('quash')) return 'quashed';
  if (o === 'permission') return v.startsWith('refus') || v.startsWith('rejec') ? 'permission_refused' : null;
  const yes = v.startsWith('allow') || v.startsWith('uphol');
  const no = v.startsWith('dismi') || v.startsWith('rejec') || v.startsWith('refus');
  if (o === 'appeal') return yes ? 'appeal_allowed' : no ? 'appeal_dismissed' : null;
  if (o === 'claim' || o === 'application') return yes ? 'allowed' : no ? 'dismissed' : null;
  return null;
}

interface BodyAt {
  body: DecisionBody;
  start: number;
  end: number;
}

/** Every body named in the text, in order, "the Tribunal" resolved to the first tribunal named. */
function bodiesIn(text: string, tier: number): BodyAt[] {
  const out: BodyAt[] = [];
  for (const b of BODIES) {
    if (tier < b.minTier) continue;
    for (const m of text.matchAll(new RegExp(b.re.source, b.re.flags.includes('g') ? b.re.flags : b.re.flags + 'g'))) {
      const start = m.index ?? 0;
      if (!out.some((o) => start < o.end && o.start < start + m[0].length)) out.push({ body: b.body, start, end: start + m[0].length });
    }
  }
  out.sort((a, b) => a.start - b.start);
  const firstTribunal = out.find((o) => TRIBUNALS.includes(o.body) && !THE_TRIBUNAL_RE.test(text.slice(o.start)))?.body;
  for (const m of text.matchAll(/\b[Tt]he\s+Tribunal\b/g)) {
    const start = m.index ?? 0;
    if (firstTribunal && !out.some((o) => start < o.end && o.start < start + m[0].length)) out.push({ body: firstTribunal, start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A full stop ending a sentence (not the dot of a time or an abbreviation before a capital-less word). */
const SENTENCE_END_RE = /\.\s+(?=[A-Z([“"])/g;

/** The start and end of the sentence holding [from, to), bounded by DATE_WINDOW either side. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  const lo = Math.max(0, from - DATE_WINDOW);
  const hi = Math.min(text.length, to + DATE_WINDOW);
  let start = lo;
  let end = hi;
  for (const m of text.slice(lo, hi).matchAll(SENTENCE_END_RE)) {
    const at = lo + (m.index ?? 0);
    if (at < from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return [start, end];
}

/** The decision's date: the first full date in its sentence from the challenge words on, else the last before them. */
function dateNear(text: string, from: number, to: number, years: string, floor: number): string | null {
  const [around, end] = sentenceAround(text, from, to);
  // A heading without full stops runs into the first sentence; its dates are the court's own.
  const start = Math.max(around, floor);
  const dated = (a: number, b: number) => findDates(years + text.slice(a, b)).filter((d) => d.iso && d.start >= years.length);
  return dated(from, end)[0]?.iso ?? dated(start, from).pop()?.iso ?? null;
}

/**
 * The date a result statement gives its own decision: before the body in the same sentence ("By
 * its decision of 28 April the PAT allowed ..."); dates after it are often of the decision it overturned.
 */
function dateBefore(text: string, at: number, years: string, floor: number): string | null {
  const [around] = sentenceAround(text, at, at);
  const start = Math.max(around, floor);
  return (
    findDates(years + text.slice(start, at))
      .filter((d) => d.iso && d.start >= years.length)
      .pop()?.iso ?? null
  );
}

export function findDecisionBelow(doc: DocText, court: string | null): DecisionBelowFact | null {
  const tier = courtTier(court);
  const from = bodyStart(doc.text);
  const text = doc.text.slice(0, from + OPENING_CHARS);
  const bodies = bodiesIn(text, tier).filter((b) => b.start >= from);
  // "Month YYYY" pairs of the whole text, prefixed to short windows so a yearless "28 April" finds its year.
  const years =
    [...text.matchAll(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b/g)].map((m) => m[0]).join(' ') +
    ' ';

  let challenged: (BodyAt & { date: string | null }) | null = null;
  for (const m of text.matchAll(CHALLENGED_RE)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at < from) continue;
    const b = bodies.find((x) => x.start >= at && x.start - at <= BODY_WINDOW);
    if (!b) continue;
    challenged = { ...b, date: dateNear(text, m.index ?? 0, b.end, years, from) };
    break;
  }

  const results = bodies.flatMap((b) => {
    const r = BODY_RESULT_RE.exec(text.slice(b.end, b.end + 120));
    const result = r ? resultOf(r[1] ?? '', r[2]) : null;
    return result ? [{ ...b, result, end: b.end + (r?.[0].length ?? 0) }] : [];
  });
  const decided = (challenged ? results.find((r) => r.body === challenged!.body) : results[0]) ?? null;
  const body = challenged?.body ?? decided?.body;
  if (!body) return null;
  const at = challenged ?? decided!;
  return {
    body,
    result: decided?.result ?? null,
    date: challenged?.date ?? (decided ? dateBefore(text, decided.start, years, from) : null),
    source: doc.span(at.start, at.end),
  };
}
