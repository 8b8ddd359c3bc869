/**
 * The force a judgment belongs to. The parties say it (the chief officer who brought or defends
 * the claim is the officer's appropriate authority), then the subject's own description ("a
 * constable with the Merseyside force"), then the heading (title line, counsel's instructing
 * force). Cited cases name other forces ("Smith v Chief Constable of Sussex [2008] ..."), so a
 * force read from the body skips every mention inside a case name.
 */
import type { JudgmentFacts } from '../../../src/domain/extraction.js';
import type { PartyRole } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';
import { extractForce, findForces, forceNamedIn } from '../force.js';
import { bodyStart } from './body.js';

/** The force a party's name names, in any form the force vocabulary (src/domain/forces.ts) knows. */
export function partyForce(name: string): string | null {
  return forceNamedIn(name);
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
    for (const p of parties)
      if (p.role === role) {
        const f = partyForce(p.name);
        if (f) return f;
      }
  }
  const text = doc.text;
  const start = bodyStart(text);
  const served = SERVED_WITH_RE.exec(text.slice(start, start + OPENING_CHARS));
  const servedForce = served ? forceNamedIn(`${served[1]} Police`) : null;
  if (servedForce) return servedForce;
  // The heading's own title looks like a case name; cited cases are in the body.
  const mentions = findForces(doc).filter(
    (m) => m.start < start || !CASE_NAME_BEFORE_RE.test(text.slice(Math.max(0, m.start - 100), m.start)) || !CITATION_AFTER_RE.test(text.slice(m.end, m.end + 100)),
  );
  const heading = mentions.find((m) => m.start < start);
  if (heading) return heading.force;
  return extractForce(doc, mentions)?.force ?? null;
}
