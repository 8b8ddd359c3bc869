/**
 * What a judgment says a party is, in the words it uses to introduce them: "The claimant, a former
 * police constable", "the interested party, Jo Bloggs, a serving sergeant", "The Claimant, who was
 * then a police constable with the X force", "The appellant was assaulted while serving as a police
 * officer" — or "The claimant is the sister of ..." (a relative or complainant, not an officer).
 */
import type { PartyRole, Rank } from '../../../src/domain/vocabulary.js';
import { foldName } from '../../../src/domain/names.js';
import { RANK_SOURCE, normaliseRank } from '../ranks.js';

export interface PartyRef {
  roles: ReadonlySet<PartyRole>;
  /** Folded surname (or label) of the party, to match a name given in apposition. */
  surname: string;
}

export interface PartyDescription {
  /** Described as a police officer or with a rank. */
  officer: boolean;
  /** Described as a complainant, relative or member of the public, and never as an officer. */
  notOfficer: boolean;
  rank: Rank | null;
  rankText: string | null;
  /** True for "former", "retired", "was", "was then"; false for "is a serving"; null when unsaid. */
  former: boolean | null;
  start: number;
  end: number;
}

/** The words a judgment uses for a party by role; "IP" abbreviates the interested party. */
const ROLE_REF = '(?:[Cc]laimant|[Aa]ppellant|[Aa]pplicant|(?:[Ff]irst\\s+|[Ss]econd\\s+)?[Ii]nterested\\s+[Pp]arty|IP|[Rr]espondent)';

/** Status words before the rank; any two may stand together ("a former probationary constable"). */
const STATUS = '(?:[Ff]ormer|[Rr]etired|[Ss]erving|[Pp]robationary|[Tt]emporary|[Aa]cting)';

/** "until March 2023", "until 22 May 2026", "until March of this year", "until recently": a service that has ended. */
const UNTIL = '(?:until\\s+(?:recently|(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:(?:[A-Z][a-z]+|the\\s+end)\\s+(?:of\\s+)?)?(?:(?:19|20)\\d{2}|this\\s+year|last\\s+year)))';

/**
 * An aside naming the party the way the judgment will ("whom I shall call Officer P as the panel
 * did,", "whom we refer to as B,"): it stands between the role and the description, and says
 * nothing of the person itself. Bounded and comma-free, so the pattern stays linear.
 */
const WHOM_ASIDE = '(?:whom\\s+[^,.;]{1,80},\\s*)?';

/**
 * A clause of the party's history before the description ("The respondent, Mr X, joined the force in
 * 2003 and was a police constable ..."): no comma or full stop in it, so it stays in one clause.
 */
const JOINED_AND = '(?:[^.;,]{1,80}?\\band\\s+)?';

/**
 * "holds the rank of police sergeant": a rank stated without an article or a verb of being. It says
 * what the rank is, not whether the person still serves, so it leaves the status to a status word.
 */
const HOLDS_RANK = '(?:holds|held|has\\s+held)\\s+the\\s+rank\\s+of';

/** The short name the judgment gives the party in brackets ("the Second Interested Party ("the officer"), a police constable"). */
const ALIAS = '(?:\\s*\\(\\s*["“][^"”()\\n]{1,30}["”]\\s*\\))?';

/**
 * "the ROLE[, Name,] [whom ...,] [who] ([is|was|had been] [then] a | holds the rank of) [status] (police officer | [police] RANK)".
 * Groups: 1 role, 2 name in apposition, 3 verb, 4 "then" or "until 2023", 5 first status, 6 "officer", 7 rank.
 * Every part is a fixed word or a bounded run of capitalised words, so the pattern is linear.
 */
const DESCRIBED_RE = new RegExp(
  `\\b[Tt]he\\s+(${ROLE_REF})${ALIAS}\\s*,?\\s+(?:((?:[A-Z][A-Za-z'’-]+\\s+){0,3}[A-Z][A-Za-z'’-]+)\\s*,\\s*)?${WHOM_ASIDE}${JOINED_AND}(?:who\\s+)?(?:(?:(is|was|had\\s+been|has\\s+been)\\s*,?\\s+)?(?:(then|at\\s+the\\s+(?:material|relevant)?\\s*times?|${UNTIL})\\s*,?\\s+)?(?:a|an)|${HOLDS_RANK})\\s+(?:(${STATUS})\\s+)?(?:${STATUS}\\s+)?(?:([Pp]olice\\s+officer|officer)|(?:[Pp]olice\\s+)?(${RANK_SOURCE}))(?![A-Za-z])`,
  'g',
);

/**
 * "the hearing of a serving police constable, the Second Interested Party": the description before
 * the role. Groups: 1 first status, 2 "officer", 3 rank, 4 role.
 */
const DESCRIBED_BEFORE_RE = new RegExp(
  `\\b(?:a|an)\\s+(?:(${STATUS})\\s+)?(?:${STATUS}\\s+)?(?:([Pp]olice\\s+officer|officer)|(?:[Pp]olice\\s+)?(${RANK_SOURCE})),\\s+the\\s+(${ROLE_REF})(?![A-Za-z])`,
  'g',
);

/** "The appellant ... while serving as a police officer": officer, with no rank or status said. */
const SERVING_AS_RE = new RegExp(
  `\\b[Tt]he\\s+(${ROLE_REF})\\b[^.]{0,160}?\\b(?:serving|served|employed|working|worked)\\s+as\\s+(?:an?\\s+)?(?:(?:[Pp]olice\\s+)?officer|(?:[Pp]olice\\s+)?(${RANK_SOURCE}))(?![A-Za-z])`,
  'g',
);

/** "The claimant is the sister of ...", "the claimant, a local resident, complained": not an officer. */
const NOT_OFFICER_RE = new RegExp(
  `\\b[Tt]he\\s+(${ROLE_REF})\\b[^.]{0,80}?\\b(?:(?:is|was)\\s+(?:the|a|an)\\s+(?:[a-z]+\\s+){0,2}(?:sister|brother|mother|father|son|daughter|widow|widower|husband|wife|partner|parent|relative|niece|nephew|friend|complainant|victim|resident|journalist|member\\s+of\\s+the\\s+public)|complained|made\\s+(?:a|the)\\s+complaint|was\\s+arrested|was\\s+detained)\\b`,
  'g',
);

function roleOf(word: string): PartyRole {
  const w = word.toLowerCase();
  if (w.startsWith('claimant') || w.startsWith('applicant')) return 'claimant';
  if (w.startsWith('appellant')) return 'appellant';
  if (w.startsWith('respondent')) return 'respondent';
  return 'interested_party';
}

/** The one party a description is about: the only one with the role, or the one the apposition names. */
function partyFor<P extends PartyRef>(parties: readonly P[], role: PartyRole, named: string | undefined): P | null {
  const withRole = parties.filter((p) => p.roles.has(role));
  if (named) {
    const surname = foldName(named.split(/\s+/).pop() ?? '');
    return withRole.find((p) => p.surname === surname) ?? null;
  }
  return withRole.length === 1 ? (withRole[0] as P) : null;
}

/** The first description of each party in `text` (the judgment's opening). */
export function describedParties<P extends PartyRef>(text: string, parties: readonly P[]): Map<P, PartyDescription> {
  const out = new Map<P, PartyDescription>();
  const blank = (start: number, end: number): PartyDescription => ({ officer: false, notOfficer: false, rank: null, rankText: null, former: null, start, end });
  for (const m of text.matchAll(DESCRIBED_RE)) {
    const p = partyFor(parties, roleOf(m[1] ?? ''), m[2]);
    if (!p || out.get(p)?.officer) continue;
    const rank = m[7] ? normaliseRank(m[7]) : null;
    if (!rank && !m[6]) continue;
    const status = (m[5] ?? '').toLowerCase();
    const verb = (m[3] ?? '').toLowerCase();
    // "a serving sergeant" (with "is" or in apposition) is still in service, as is "is a constable" in
    // the present tense; "was ... serving" speaks of the past, and "was until 2023 a" of a service
    // that ended, and "who was then a" contrasts then with now. "Was at the material time" only
    // dates the rank to the events and says nothing of now.
    const when = (m[4] ?? '').toLowerCase();
    const ended = status === 'former' || status === 'retired' || when.startsWith('until') || when === 'then';
    const former = ended || (!when && (verb === 'was' || verb === 'had been')) ? true : status === 'serving' || verb === 'is' ? false : null;
    const start = m.index ?? 0;
    out.set(p, { ...blank(start, start + m[0].length), officer: true, rank, rankText: rank ? (m[7] ?? null) : null, former });
  }
  for (const m of text.matchAll(DESCRIBED_BEFORE_RE)) {
    const p = partyFor(parties, roleOf(m[4] ?? ''), undefined);
    if (!p || out.get(p)?.officer) continue;
    const rank = m[3] ? normaliseRank(m[3]) : null;
    if (!rank && !m[2]) continue;
    const status = (m[1] ?? '').toLowerCase();
    const former = status === 'former' || status === 'retired' ? true : status === 'serving' ? false : null;
    const start = m.index ?? 0;
    out.set(p, { ...blank(start, start + m[0].length), officer: true, rank, rankText: rank ? (m[3] ?? null) : null, former });
  }
  for (const m of text.matchAll(SERVING_AS_RE)) {
    const p = partyFor(parties, roleOf(m[1] ?? ''), undefined);
    if (!p || out.get(p)?.officer) continue;
    const rank = m[2] ? normaliseRank(m[2]) : null;
    const start = m.index ?? 0;
    out.set(p, { ...blank(start, start + m[0].length), officer: true, rank, rankText: rank ? (m[2] ?? null) : null });
  }
  for (const m of text.matchAll(NOT_OFFICER_RE)) {
    const p = partyFor(parties, roleOf(m[1] ?? ''), undefined);
    if (!p || out.has(p)) continue;
    const start = m.index ?? 0;
    out.set(p, { ...blank(start, start + m[0].length), notOfficer: true });
  }
  return out;
}
