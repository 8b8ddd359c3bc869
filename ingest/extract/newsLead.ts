import { RANK_SOURCE } from './ranks.js';

/**
 * What a news report's lead says happened to the officer it describes ("has been sacked", "was
 * demoted"): proceedings and sanctions only, so a lead about an arrest or a crime, whose next
 * sentence may name a victim, is no lead about an officer.
 */
export const LEAD_OUTCOME_WORDS = [
  'sacked',
  'dismissed',
  'demoted',
  'barred',
  'banned',
  'cleared',
  'reduced in rank',
  'found guilty',
  'given a (?:final )?written warning',
  'handed a (?:final )?written warning',
  'disciplined',
  'struck off',
  'told (?:he|she) would have been sacked',
  'found to have committed',
] as const;

/**
 * Lower-case words describing the officer ("a custody sergeant", "an off-duty constable"); a clause
 * ("a man who ...") is no description, and a rank's own first word ("detective") belongs to the rank.
 */
const DESCRIPTORS = `(?:(?!(?:who|whose|which|that|a|an|the|and|of|to|with|after|has|had|was|is)\\b|(?:${RANK_SOURCE})(?![A-Za-z]))[a-z][\\w'’-]*\\s+){0,2}`;

/**
 * A news lead describing an officer without a name, up to the whitespace after its full stop: "A
 * Kent Police sergeant has been sacked after ... . ", "A former constable would have been dismissed ... . " (then the next sentence names them: see
 * officers.ts and redact/roles.ts, which must agree on who is an officer). Group 1 is "former" or
 * the like, group 2 the rank or "officer".
 */
export const NEWS_LEAD_SOURCE = `\\b[Aa]n?\\s+((?:former|retired|serving)\\s+)?(?:[A-Z][\\w&'’-]*\\s+){0,4}${DESCRIPTORS}(${RANK_SOURCE}|(?:police\\s+)?officer)(?![A-Za-z])[^.]{0,160}?\\b(?:has|have|had|was|were|is|would\\s+have)\\s+been\\s+(?:${LEAD_OUTCOME_WORDS.join('|')})\\b[^.]{0,240}\\.\\s+`;

/** The named person goes on as the next sentence's subject: a comma (an age, an apposition) or a verb. */
const NAME_GOES_ON = /^(?:,|\s+(?:was|is|has|had|who|admitted|denied|will|joined)\b)/;
/** The rest of the named person's sentence, to its full stop. */
const REST_OF_SENTENCE = /^[^.]{0,300}/;
/** That sentence is about the person's proceedings or career ("at risk of being sacked", "admitted gross misconduct"). */
// Service in the force ("had served as a constable", "worked on the X Team" with a police unit's word, "was the
// officer in the case", "left the force") is the officer's career too; "worked in a care home" is not.
const ABOUT_PROCEEDINGS =
  /\b(?:misconduct|hearing|panel|tribunal|sacked|dismissed|demoted|police career|admitted|denied|guilty|resigned|served\s+(?:as|with|in)|worked\s+(?:on|in|with)\s+(?:the|a)\s+[^.,]{0,60}?\b(?:Team|Unit|CID|Squad|Department|Command)\b|left\s+the\s+(?:force|service)|was\s+the\s+officer\s+in\s+the\s+case)\b/i;
/**
 * A person who speaks or was wronged ("whose home was burgled, said she felt let down"), complained, or
 * met the officer or had a relationship with him is a victim or witness, not the officer; "a hearing was told" reports the proceedings, nobody speaking.
 */
const NOT_THE_OFFICER =
  /\b(?:said|says|(?<!\b(?:hearing|panel|tribunal|court|jury)\s+(?:was|were|had\s+been)\s+)told|whose|victim|met|relationship|complain\w*|friend|neighbour)\b/i;

/**
 * Whether the text right after a name opening the sentence after a news lead makes that name the
 * lead's officer: the person goes on as the subject of a sentence about proceedings, and neither
 * speaks nor is described as wronged ("Jo Bloggs, 34, whose home was burgled, said ..." is a victim).
 */
export function namedAsLeadOfficer(after: string): boolean {
  const rest = REST_OF_SENTENCE.exec(after)?.[0] ?? '';
  return NAME_GOES_ON.test(after) && ABOUT_PROCEEDINGS.test(rest) && !NOT_THE_OFFICER.test(rest);
}
