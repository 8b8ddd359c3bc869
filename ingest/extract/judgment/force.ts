/**
 * The force a judgment belongs to. The parties say it (the chief officer who brought or defends
 * the claim is the officer's appropriate authority), then the subject's own description ("a
 * constable with the Merseyside force"), then the heading (title line, counsel's instructing
 * force). Cited cases name other forces ("Smith v Chief Constable of Sussex [2008] ..."), so a
 * force read from the body skips every mention inside a case name.
 */
import type { JudgmentFacts } from '../../../src/domain/extraction.js';
import type { PartyRole } from '../../../src/domain/vocabulary.js';
import { DocText } from '../../text.js';
import { extractForce, findForces, forceNamedIn } from '../force.js';
import { bodyStart } from './body.js';

/**
 * Forms of a force's name the force vocabulary does not read, rewritten to one it does. Each
 * rewrite is a fixed phrase.
 */
const FORCE_FORMS: readonly { re: RegExp; as: string }[] = [
  // The hyphen is often lost in captions and by text layers.
  { re: /\bDyfed\s+Powys\b/gi, as: 'Dyfed-Powys' },
  { re: /\bCommissioner\s+of\s+(?:Police\s+)?(?:for|of)\s+the\s+City\s+of\s+London\b/gi, as: 'City of London Police' },
  { re: /\bPolice\s+Service\s+of\s+Northern\s+Ireland\b/gi, as: 'Northern Ireland Police' },
  // A police and crime commissioner is a party for the force of the same area.
  { re: /\bPolice\s+(?:,\s*Fire\s+)?and\s+Crime\s+Commissioner\s+(?:for|of)\s+/gi, as: 'Chief Constable of ' },
];

/** A text with every known variant form of a force rewritten. */
export function normaliseForceForms(text: string): string {
  return FORCE_FORMS.reduce((t, f) => t.replace(f.re, f.as), text);
}

/** The force a party's name names, in any form. */
export function partyForce(name: string): string | null {
  return forceNamedIn(normaliseForceForms(name));
}

/** Whose force counts first: those who brought or defend the claim, then interested parties. */
const ROLE_ORDER: readonly PartyRole[] = ['claimant', 'appellant', 'defendant', 'respondent', 'interested_party', 'intervener'];

/** "a police constable with the Merseyside force": the place the subject served in. */
const SERVED_WITH_RE = /\b(?:with|of|in|from|joined)\s+(?:the\s+)?([A-Z][A-Za-z-]+(?:\s+(?:and\s+|&\s+)?[A-Z][A-Za-z-]+){0,3})\s+force\b/;

/** How much of the body is read for the subject's description. */
const OPENING_CHARS = 6000;

/**
 * A case name before a force mention on the same line of argument: " v ", " v. ", "(v)". The gap
 * has no full stop, so a sentence that merely follows a citation is not a case name.
 */
const CASE_NAME_BEFORE_RE = /\bv\.?\s+(?:[^.\n]|\n(?!\s*\n)){0,80}$/;
/** A citation right after a force mention: "[2008] EWCA Civ 12", "(1999) 2 WLR ...". */
const CITATION_AFTER_RE = /^[^.]{0,80}?[[(](?:19|20)\d{2}[\])]/;

export function judgmentForce(doc: DocText, judgment: JudgmentFacts | null): string | null {
  const parties = judgment?.parties ?? [];
  for (const role of ROLE_ORDER) {
    for (const p of parties) if (p.role === role) {
      const f = partyForce(p.name);
      if (f) return f;
    }
  }
  const text = normaliseForceForms(doc.text);
  const start = bodyStart(text);
  const served = SERVED_WITH_RE.exec(text.slice(start, start + OPENING_CHARS));
  const servedForce = served ? forceNamedIn(`${served[1]} Police`) : null;
  if (servedForce) return servedForce;
  const norm = new DocText([{ num: 1, text }]);
  // The heading's own title looks like a case name; cited cases are in the body.
  const mentions = findForces(norm).filter(
    (m) => m.start < start || !CASE_NAME_BEFORE_RE.test(text.slice(Math.max(0, m.start - 100), m.start)) || !CITATION_AFTER_RE.test(text.slice(m.end, m.end + 100)),
  );
  const heading = mentions.find((m) => m.start < start);
  if (heading) return heading.force;
  return extractForce(norm, mentions)?.force ?? null;
}
