/**
 * The names a judgment gives its complainants and victims under an anonymity order: "the woman ...
 * is referred to as "PQ"", "I will call him "the young man"", "The claimant, to whom I shall refer
 * as M, ...", "We refer to the officer as Officer K, and to the witness as J". These names are the
 * court's own, chosen so that no real name is printed, and they are how a reader knows the person.
 * A name given to a party by role ("the claimant ... is referred to as ...") replaces that role as
 * the person's reference. Names given to officers ("Officer K", "PC Q") are not complainants.
 */
import type { ComplainantFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { bodyStart } from './body.js';

/** Anonymity orders are made at the start of a judgment; later "referred to as" is about documents. */
const OPENING_CHARS = 8000;

/**
 * The name itself: a quoted phrase, or a bare cipher ("X", "AB", "C2", "Ms Q") that ends its word.
 * An officer's prefix is captured so that an officer's label can be told apart and left out.
 */
const NAME_SOURCE = `(?:["“]([^"”\\n]{1,40})["”]|((?:(?:Mr|Mrs|Ms|Miss|Officer|PC|DC|PS|DS|Sgt)\\s+)?[A-Z]{1,3}\\d{0,2})(?![\\w'’]))`;

/** An aside between the verb and "as" ("is referred to, as she was in the decision, as"). */
const ASIDE_SOURCE = `(?:\\s*,[^,.;]{0,80},)?`;

/** Where the name holds, between the verb and "as": "referred to throughout as", "known in these proceedings as". */
const SCOPE_SOURCE = `(?:\\s+(?:throughout|hereafter|below|in\\s+(?:this|the)\\s+judgment|in\\s+these\\s+proceedings))?`;

/**
 * "is referred to as", "shall be known as", "will be called (as)", "has been referred to throughout
 * as": the person is the clause before.
 * Only "called" may drop its "as": "was referred to PSD" sends a case somewhere, it names no one. The
 * participle alone after a comma names the clause before it ("the woman ..., referred to in these
 * proceedings as "AW", complained").
 */
const PASSIVE_RE = new RegExp(
  `(?:\\b(?:is|are|was|be|been)\\s+(?:(?:referred\\s+to|known)${SCOPE_SOURCE}${ASIDE_SOURCE}\\s+as|called${ASIDE_SOURCE}(?:\\s+as)?)|,\\s*(?:referred\\s+to|known)${SCOPE_SOURCE}\\s+as)\\s+${NAME_SOURCE}`,
  'g',
);

/** "The appellant, to whom I shall refer as C": the person is the clause before the comma. */
const TO_WHOM_RE = new RegExp(`,?\\s*to\\s+whom\\s+(?:I|we)\\s+(?:shall\\s+|will\\s+)?(?:refer|be\\s+referring)\\s+as\\s+${NAME_SOURCE}`, 'g');

/**
 * "I refer to her only as", "We refer to him, as the ruling did, as", "I will call him": the person
 * is the object (a pronoun or a noun phrase), given in group 1.
 */
const ACTIVE_RE = new RegExp(
  `\\b(?:I|[Ww]e)\\s+(?:shall\\s+|will\\s+|propose\\s+to\\s+)?(?:refer\\s+to|call)\\s+(him|her|(?:the|a|an)\\s+[^,.;"“]{1,80}?)${ASIDE_SOURCE}\\s+(?:(?:only|simply)\\s+)?(?:as\\s+)?${NAME_SOURCE}`,
  'g',
);

/** "..., and to the young woman who was involved as J": a second person named in the same breath. */
const AND_TO_RE = new RegExp(`^\\s*,?\\s*and\\s+to\\s+((?:the|a|an)\\s+[^,.;]{1,80}?)\\s+as\\s+${NAME_SOURCE}`);

/** Who the name is for, when it is an officer: their names are labels, not complainants. */
const OFFICER_REFERENT_RE = /\b(?:officers?|constable|sergeant|inspector|interested\s+party|IP|PC|PS|DC|DS|DI)\b/i;

/** A quoted name that stands for a person: a cipher, a courtesy title and letter, or "the <...> mother". */
const PERSON_NAME_RE =
  /^(?:(?:Mr|Mrs|Ms|Miss)\s+)?[A-Z]{1,3}\d{0,2}$|^the\s+(?:[a-z'’-]+\s+){0,3}(?:complainant|deceased|victim|mother|father|parent|sister|brother|son|daughter|widow|widower|wife|husband|partner|woman|man|girl|boy|child|witness|family|relative)$/i;

/** A label that names an officer: "Officer K", "PC Q". */
const OFFICER_NAME_RE = /^(?:Officer|PC|DC|PS|DS|Sgt)\s/;

/** The party roles a complainant can hold, so their role reference gives way to the name. */
const ROLE_REFERENT_RE = /^(?:(?:In\s+this\s+judgment|Below|Here),?\s+)?[Tt]he\s+(claimant|appellant|applicant)$/;

/**
 * A courtesy title and a letter in quotation marks ("Mr T"): the court's cipher for a private person
 * whom the conduct concerned, given where they are first described ("the associates, "Mr T" and
 * "Mr U","). Group 1 the name.
 */
const QUOTED_CIPHER_RE = /["“]((?:Mr|Mrs|Ms|Miss|Mx)\s+[A-Z]\d{0,2})["”]/g;

/** A cipher given to a witness, a professional or an officer's colleague, who is no complainant. */
const NOT_COMPLAINANT_BEFORE_RE = /\b(?:witness|solicitor|barrister|counsel|representative|colleague|officer|constable|sergeant|doctor|expert)\s*,?\s*$/i;

/** Where a clause starts: a sentence, a comma clause or a numbered paragraph. */
const CLAUSE_BREAK_RE = /[.;:,(]\s|\n\s*\d{1,3}\.\s/g;

interface Named {
  reference: string;
  role: string | null;
  start: number;
  end: number;
}

/** The clause that ends right before `at`, a trailing comma dropped: the person a passive naming is about. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 200), at).replace(/[\s,]+$/, '');
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK_RE)) from = (m.index ?? 0) + m[0].length;
  return before.slice(from).replace(/\s+/g, ' ').trim();
}

function accept(name: string | undefined, quoted: boolean, referent: string): string | null {
  if (!name || OFFICER_NAME_RE.test(name) || OFFICER_REFERENT_RE.test(referent) || /^(?:which|that|it)\b/i.test(referent)) return null;
  if (quoted && !PERSON_NAME_RE.test(name)) return null;
  return name;
}

/** Every complainant or victim the opening of the judgment gives a name to, in text order. */
export function namedComplainants(text: string): Named[] {
  const start = bodyStart(text);
  const opening = text.slice(start, start + OPENING_CHARS);
  const out: Named[] = [];
  const add = (m: RegExpExecArray | RegExpMatchArray, referent: string, nameGroup: number, offset: number) => {
    const quoted = m[nameGroup] !== undefined;
    const name = accept(m[nameGroup] ?? m[nameGroup + 1], quoted, referent);
    if (!name) return;
    const role = ROLE_REFERENT_RE.exec(referent)?.[1]?.toLowerCase() ?? null;
    const at = start + offset + (m.index ?? 0);
    out.push({ reference: name, role, start: at, end: at + m[0].length });
  };
  const andTo = (end: number) => {
    const m = AND_TO_RE.exec(opening.slice(end));
    if (m) add(m, m[1] ?? '', 2, end);
  };
  for (const m of opening.matchAll(PASSIVE_RE)) {
    add(m, clauseBefore(opening, m.index ?? 0), 1, 0);
    andTo((m.index ?? 0) + m[0].length);
  }
  for (const m of opening.matchAll(TO_WHOM_RE)) add(m, clauseBefore(opening, m.index ?? 0), 1, 0);
  for (const m of opening.matchAll(ACTIVE_RE)) {
    add(m, m[1] ?? '', 2, 0);
    andTo((m.index ?? 0) + m[0].length);
  }
  for (const m of opening.matchAll(QUOTED_CIPHER_RE)) {
    const at = m.index ?? 0;
    // A cipher the opening already introduced ("I refer to her as Ms Q") is that person.
    if (out.some((n) => n.reference === m[1]) || NOT_COMPLAINANT_BEFORE_RE.test(opening.slice(Math.max(0, at - 40), at))) continue;
    out.push({ reference: m[1]!, role: null, start: start + at, end: start + at + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The complainants found otherwise, with the judgment's own names for them added and a party's
 * role reference ("the claimant") dropped where the judgment names that party.
 */
export function withNamedComplainants(doc: DocText, found: readonly ComplainantFact[], officerLabels: ReadonlySet<string>): ComplainantFact[] {
  const named = namedComplainants(doc.text).filter((n) => !officerLabels.has(n.reference.toLowerCase()));
  if (!named.length) return [...found];
  const roles = new Set(
    named
      .map((n) => n.role)
      .filter((r): r is string => r !== null)
      .map((r) => `the ${r}`),
  );
  const kept = found.filter((c) => !roles.has(c.reference.toLowerCase()));
  const seen = new Set(kept.map((c) => c.reference.toLowerCase()));
  const out = [...kept];
  for (const n of named) {
    if (seen.has(n.reference.toLowerCase())) continue;
    seen.add(n.reference.toLowerCase());
    out.push({ reference: n.reference, pseudonym: false, source: doc.span(n.start, n.end) });
  }
  return out;
}
