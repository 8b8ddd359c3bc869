/**
 * A role field whose people run on below it, one a line, as a panel is set out:
 *
 *   Panel:   Ms Jo Bloggs (Legally Qualified Chair)
 *            Superintendent Al Ray
 *            Mr Ed Cole (Independent Panel Member)
 *
 * The text layer loses the indent, so the second and third lines look like lines of their own; a
 * ranked name there is a panel member, not a subject named in a heading.
 */
import { modelOf } from '../model/index.js';
import type { DocText } from '../text.js';
import { RANK_SOURCE } from './ranks.js';

/** Labels of fields listing the people who heard or decided the case. */
const ROLE_LIST_LABEL = /^(?:the\s+)?(?:panel|panel\s+members?|members?\s+of\s+the\s+panel|panel\s+composition|tribunal|tribunal\s+members?|members?)$/;
/** A line that holds one person and nothing else: an honorific or rank, a name, maybe a bracketed role. */
const PERSON_LINE = new RegExp(
  `^[ \\t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?|${RANK_SOURCE})[ \\t]+(?:\\d{2,6}[ \\t]+)?[A-Z][A-Za-z'’-]*(?:[ \\t]+[A-Z][A-Za-z'’-]*){0,3}[ \\t]*(?:\\([^)\\n]{1,50}\\))?[ \\t]*$`,
);
/** How many lines a panel list may run on for. */
const MAX_RUN_ON = 4;

/** The mention at `at` opens a person line that runs on from a panel field above it. */
export function listedUnderRoleField(doc: DocText, at: number): boolean {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', at);
  if (!PERSON_LINE.test(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd))) return false;
  const field = modelOf(doc)
    .fields.filter((f) => f.end <= lineStart)
    .at(-1);
  if (!field || !ROLE_LIST_LABEL.test(field.label)) return false;
  const between = text
    .slice(field.end, lineStart)
    .split('\n')
    .filter((l) => l.trim() !== '');
  return between.length <= MAX_RUN_ON && between.every((l) => PERSON_LINE.test(l));
}
