/**
 * Findings of a review about units and forces: sentences that state what the reviewers found
 * ("We found that supervisors in PaDP were rarely told ...", "The Met does not join up what it
 * knows") and name, or clearly refer to, a unit or force. "The command" refers to the unit named
 * last before it in the paragraph, or in the heading above; a finding under a heading that names a
 * unit ("Specialist Firearms Command") is about that unit when it is in the reviewers' own words.
 */
import type { FindingSubject, ReviewFindingFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { oneLine } from '../judgment/names.js';
import { clip } from './lines.js';
import { headingAt, type Heading } from './sections.js';
import type { Sentence } from './sentences.js';
import { subjectsIn, type SubjectMention } from './subjects.js';

/**
 * The reviewers reporting what they found or heard: "we found", "the Review concluded",
 * "inspectors saw", "officers told the Review", "described the command as".
 */
const FOUND_CUE_RE =
  /\b(?:we|the\s+(?:review|inspection|inspectorate|report|investigation|inquiry|IOPC|panel)|HMICFRS|inspectors?)\s+(?:also\s+|have\s+|has\s+|repeatedly\s+)?(?:found|find|concluded|conclude|identified|heard|saw|observed|noted|established)\b|\btold\s+(?:the\s+review|us|the\s+inspection|inspectors)\b|\bdescribed\b[^.]{0,60}?\bas\b/i;

/** Words naming a culture or behaviour a review condemns. */
const CULTURE_CUE_RE = /\b(?:cultures?|misogyn\w*|racis\w*|homophob\w*|sexis\w*|bullying|discriminat\w*|toxic|predator\w*|institutional(?:ly)?)\b/i;

/** Words of failing and absence: "failed to", "does not", "rarely", "no independent oversight", "allowed to". */
const FAILING_CUE_RE =
  /\b(?:fail(?:ed|s|ing|ures?)?|did\s+not|does\s+not|do\s+not|was\s+not|were\s+not|is\s+not|are\s+not|rarely|inadequate(?:ly)?|insufficient(?:ly)?|ineffective(?:ly)?|no\s+(?:independent\s+)?(?:oversight|scrutiny|record|system)|allowed\s+to|not\s+fit\s+for\s+purpose|poor(?:ly)?|troubling|concerns?|concerning|weak(?:ness|nesses)?|lack(?:ed|s)?\s+of|unable\s+to)\b/i;

/** "the command", "this unit": a reference back to a unit named before. */
const UNIT_ANAPHORA_RE = /\b(?:the|this|that)\s+(?:command|unit|team|group|squad|directorate)\b/i;

/**
 * A unit named as the agent or destination of something ("assessed by the DPS", "referred to the
 * IOPC"): mentioned in the sentence but not what it finds about.
 */
const AGENT_BEFORE_RE = /\b(?:by|to|from|with)\s+(?:the\s+)?$/i;

/** How far back a reference such as "the command" may find the unit it stands for. */
const CONTEXT_CHARS = 1500;

/** How long the stored sentence may be. */
const TEXT_CHARS = 500;

function subject(m: SubjectMention, via: FindingSubject['via'], text = m.text): FindingSubject {
  return { type: m.type, name: m.name, text, via };
}

export function findFindings(doc: DocText, sentences: readonly Sentence[], subjects: readonly SubjectMention[], headings: readonly Heading[]): ReviewFindingFact[] {
  const text = doc.text;
  const out: ReviewFindingFact[] = [];
  for (const s of sentences) {
    const found = FOUND_CUE_RE.exec(s.text) ?? CULTURE_CUE_RE.exec(s.text);
    const cue = found ?? FAILING_CUE_RE.exec(s.text);
    if (!cue) continue;

    let about: FindingSubject[] = subjectsIn(subjects, s.start, s.end)
      .filter((m) => !AGENT_BEFORE_RE.test(text.slice(Math.max(0, m.start - 12), m.start)))
      .map((m) => subject(m, 'named'));

    const heading = headingAt(headings, s.start);
    const headingUnits = heading ? subjectsIn(subjects, heading.start, heading.end).filter((m) => m.type === 'unit') : [];
    const anaphora = UNIT_ANAPHORA_RE.exec(s.text);
    if (!about.some((a) => a.type === 'unit') && anaphora) {
      // The unit named last before the sentence, not beyond the heading it sits under.
      const from = Math.max(s.start - CONTEXT_CHARS, heading?.start ?? 0);
      const before = subjectsIn(subjects, from, s.start).filter((m) => m.type === 'unit');
      const antecedent = before[before.length - 1] ?? headingUnits[0];
      if (antecedent) about.push(subject(antecedent, 'context', anaphora[0]));
    }
    // Under a unit's heading, the reviewers' own findings are about that unit.
    if (!about.length && found && headingUnits[0]) about.push(subject(headingUnits[0], 'context', heading?.title ?? headingUnits[0].text));
    if (!about.length) continue;

    const seen = new Set<string>();
    about = about.filter((a) => {
      const k = `${a.type}|${a.name}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const span = doc.span(s.start, s.end);
    out.push({ text: clip(s.text, TEXT_CHARS), cue: oneLine(cue[0]), subjects: about, paragraph: s.paragraph, source: { ...span, quote: clip(s.text, 200) } });
  }
  return out;
}
