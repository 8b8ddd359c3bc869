/**
 * References to legislation: the instrument ("Police (Conduct) Regulations 2020", "Senior
 * Courts Act 1981") and, when the text gives one, the provision ("reg 42", "s31(5)").
 */
import type { LegislationFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { oneLine } from './names.js';

/**
 * An instrument's title: capitalised words, short connectives and bracketed words ("(Conduct)",
 * "(Complaints and Misconduct)"), then Act/Regulations/Rules/Order and a year; titles wrap across
 * lines in pdf text, so words are separated by any whitespace. The word run is
 * bounded ({0,12}) so a long run of capitalised words cannot make the search quadratic.
 */
const INSTRUMENT_RE =
  /\b((?:[A-Z][A-Za-z'’-]*|\([A-Z][A-Za-z]*(?: (?:and|of|[A-Z][A-Za-z]*)){0,5}\))(?:\s+(?:[A-Z][A-Za-z'’-]*|of|and|for|the|in|on|to|\([A-Z][A-Za-z]*(?: (?:and|of|[A-Z][A-Za-z]*)){0,5}\))){0,12}?)\s+(Act|Regulations|Rules|Order|Code)\s+(\d{4})\b/g;

/** A title starts with a capital or a bracketed word once the article is gone. */
const TITLE_START_RE = /^[A-Z(]/;

/** A leading article or connective is the sentence's, not the title's. */
const LEADING_ARTICLE_RE = /^(?:(?:The|the|of|and|Under|In|By|See|Section|Regulation|Rule|Paragraph|Schedule)\s+)+/;

/**
 * A provision named before the instrument: "section 31(5)(b) and (5A) of the", "regulation 42
 * of the", "paragraph 27(3) of schedule 3 to the". The number and its bracketed parts are
 * bounded tokens.
 */
const PROVISION_BEFORE_RE =
  /\b(section|sections|s\.?|ss\.?|part|regulation|regulations|reg\.?|regs\.?|rule|rules|r\.|paragraph|para\.?|schedule|sch\.?|article|art\.?)\s*(\d{1,4}[A-Z]{0,2}(?:\(\w{1,4}\)){0,4})(?:\s+(?:of|to)\s+(?:schedule|sch\.?)\s+(\d{1,3}[A-Z]?))?(?:\s*(?:and|or|,)\s*(?:\(\w{1,4}\)){1,4})?\s+(?:of|to|in)\s+(?:the\s+)?$/i;

/** A provision named after the instrument: "Senior Courts Act 1981, s31(5)", "... 2020 reg 42". */
const PROVISION_AFTER_RE =
  /^,?[ \t]*(s\.?|ss\.?|section|reg\.?|regulation|rule|r\.|para\.?|paragraph|sch\.?|schedule|art\.?|article)[ \t]*(\d{1,4}[A-Z]{0,2}(?:\(\w{1,4}\)){0,4})/i;

/** "CPR 54.12", "CPR r 54.12", "CPR Part 54": the Civil Procedure Rules by their short name. */
const CPR_RE = /\bCPR[ \t]*(?:(r\.?|rule|Part|PD)[ \t]*)?(\d{1,3}(?:\.\d{1,3}){0,2}[A-Z]?)/g;

/** How far before an instrument a provision that refers to it may start. */
const LOOKBACK = 120;

/** Dots of an abbreviated provision word ("reg.", "s."), dropped before it is classified. */
const DOTS_RE = /\./g;

/** Spaces inside a provision number ("31 (5)"), dropped so the label is compact. */
const SPACES_RE = /\s+/g;

function provisionLabel(kind: string, num: string, schedule: string | undefined): string {
  const k = kind.toLowerCase().replace(DOTS_RE, '');
  const n = num.replace(SPACES_RE, '');
  let label: string;
  if (k === 's' || k === 'ss' || k.startsWith('section')) label = `s${n}`;
  else if (k.startsWith('reg')) label = `reg ${n}`;
  else if (k === 'r' || k.startsWith('rule')) label = `rule ${n}`;
  else if (k.startsWith('para')) label = `para ${n}`;
  else if (k.startsWith('sch')) label = `Sch ${n}`;
  else if (k === 'part') label = `Part ${n}`;
  else label = `art ${n}`;
  return schedule ? `Sch ${schedule} ${label}` : label;
}

export function findLegislation(doc: DocText): LegislationFact[] {
  const text = doc.text;
  const out: LegislationFact[] = [];
  for (const m of text.matchAll(INSTRUMENT_RE)) {
    const full = m[1] ?? '';
    const lead = LEADING_ARTICLE_RE.exec(full)?.[0].length ?? 0;
    const title = oneLine(full.slice(lead));
    if (!title || !TITLE_START_RE.test(title)) continue;
    const instrument = `${title} ${m[2]} ${m[3]}`;
    const titleStart = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + m[0].length;
    let start = titleStart;
    let provision: string | null = null;
    const before = PROVISION_BEFORE_RE.exec(text.slice(Math.max(0, titleStart - LOOKBACK), titleStart));
    if (before) {
      provision = provisionLabel(before[1] ?? '', before[2] ?? '', before[3]);
      start = titleStart - (before.input.length - before.index);
    } else {
      const after = PROVISION_AFTER_RE.exec(text.slice(end, end + 40));
      if (after) provision = provisionLabel(after[1] ?? '', after[2] ?? '', undefined);
    }
    out.push({ text: oneLine(text.slice(start, end)), instrument, provision, source: doc.span(start, end) });
  }
  for (const m of text.matchAll(CPR_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const kind = (m[1] ?? '').toLowerCase();
    const provision = kind.startsWith('part') ? `Part ${m[2]}` : kind === 'pd' ? `PD ${m[2]}` : `rule ${m[2]}`;
    out.push({ text: m[0], instrument: 'Civil Procedure Rules 1998', provision, source: doc.span(start, end) });
  }
  return out.sort((a, b) => a.source.page - b.source.page || a.source.start - b.source.start);
}
