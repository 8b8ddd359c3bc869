/**
 * The officer a judgment is about: the person whose misconduct proceedings, dismissal or appeal the
 * court reviews. Judgments name many officers (witnesses, colleagues, people in cited cases) and
 * many persons who are not officers (counsel, judges, complainants), so the subject is read from
 * the caption first: a person party with a rank ("POLICE SERGEANT X, Interested Party"), a person
 * party the text describes as an officer ("the claimant, a former police constable"), the person
 * whose case a chief constable brings against a tribunal (the interested party), or a person who
 * challenges a police discipline body and is not described as a complainant. Only when the caption
 * gives no person at all are the officers found in the text kept.
 */
import type { JudgmentFacts, OfficerFact, PartyFact } from '../../../src/domain/extraction.js';
import type { PartyRole, Rank } from '../../../src/domain/vocabulary.js';
import type { DocText } from '../../text.js';
import { escapeRegex } from '../names.js';
import { foldName } from '../../../src/domain/names.js';
import type { OfficerMention } from '../officers.js';
import { RANK_SOURCE, normaliseRank } from '../ranks.js';
import { bodyStart } from './body.js';
import { partyForce } from './force.js';
import { describedParties, type PartyDescription } from './partyDescription.js';
import { CIPHER } from './names.js';

export interface JudgmentOfficers {
  officers: OfficerFact[];
  mentions: OfficerMention[];
}

/** A caption party that is an office or a body, not a person (checked after any rank is removed). */
const INSTITUTION_RE =
  /\b(?:chief|commissioner|police|panel|tribunal|office|authority|council|secretary|director|king|queen|constabulary|commission|court|service|force|association|society|federation|trust|network|limited|ltd|llp|plc|ministry|department|government|minister|mayor|ombudsman|college|committee|board|union|chair|coroner|agency|executive|general|crown|state|conduct)\b/i;

/** Rank, former status and warrant number printed before a party's name: "POLICE CONSTABLE 6102 IMRAN AFTAB", "Former PC X". */
const CAPTION_RANK_RE = new RegExp(
  `^(?:([Ff]ormer|FORMER|[Rr]etired|RETIRED|[Ee]x-|EX-)\\s*)?(?:(?:[Tt]emporary|TEMPORARY|[Aa]cting|ACTING)\\s+)?(${RANK_SOURCE})\\.?\\s+(?:(\\d{2,6})\\s+)?(?=\\S)`,
);

/** A courtesy title before a name. */
const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR)\.?\s+/;

/** A party known only by a letter or a letter and number ("P", "A1", "Officer W80"): an anonymity label, not a name. */
const LABEL_NAME_RE = /^(?:Officer\s+)?[A-Z]\d{0,3}$/;

/** A police discipline body as a party: the tribunal or panel whose decision is challenged. */
const DISCIPLINE_BODY_RE =
  /\b(?:police\s+appeals?\s+tribunal|misconduct\s+(?:panel|tribunal|hearing|meeting)|disciplinary\s+(?:panel|board|tribunal)|panel\s+chair|police\s+misconduct)\b/i;

/** The police appeals tribunal as a party: only officers appeal to it. */
const APPEALS_TRIBUNAL_RE = /\bpolice\s+appeals?\s+tribunal\b/i;

/**
 * A police employer as a party: a chief officer, a force or its authority (not an oversight body
 * such as the IOPC, whose decisions complainants challenge too).
 */
const POLICE_EMPLOYER_RE = /\b(?:chief\s+constable|commissioner\s+of\s+police|police\s+authority|constabulary)\b/i;
const isEmployer = (name: string) => POLICE_EMPLOYER_RE.test(name) || partyForce(name) !== null;

/**
 * Words in the opening of a judgment that make a person challenging a police employer likely to be
 * its officer or former officer (a probationer, a dismissed constable, an employment claim).
 */
const SERVICE_EVIDENCE_RE =
  /\b(?:police\s+officers?|probation(?:er|ary)|constable|unfair(?:ly)?\s+dismiss\w*|his\s+dismissal|her\s+dismissal|misconduct|disciplinary)\b/i;

/** How much of the body is read for evidence of service and for descriptions of the parties. */
const OPENING_CHARS = 6000;

/** "in his capacity as a Temporary Chief Inspector": the subject's rank when the caption gives none. */
const CAPACITY_RE = new RegExp(
  `\\b(?:his|her|their)\\s+(?:capacity|role|position|rank)\\s+as\\s+(?:an?\\s+)?(?:(?:[Tt]emporary|[Aa]cting)\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
);

/** "he had been unfairly dismissed": the subject no longer serves. */
const WAS_DISMISSED_RE = /\b(?:he|she)\s+(?:had\s+been|was)\s+(?:unfairly\s+|summarily\s+)?dismissed\b/i;

export interface PersonParty {
  party: PartyFact;
  roles: Set<PartyRole>;
  name: string | null;
  label: string | null;
  surname: string;
  rank: Rank | null;
  rankText: string | null;
  former: boolean | null;
  warrant: string | null;
}

/** The person behind a caption name, or null when the party is a body. */
export function personOf(party: PartyFact): PersonParty | null {
  let rest = party.name.trim();
  const r = CAPTION_RANK_RE.exec(rest);
  const rank = r ? normaliseRank(r[2] ?? '') : null;
  if (r && rank) rest = rest.slice(r[0].length);
  rest = rest.replace(HONORIFIC_RE, '').trim();
  if (!rest || INSTITUTION_RE.test(rest)) return null;
  const label = LABEL_NAME_RE.test(rest) || CIPHER.test(rest) ? rest : null;
  const words = rest.split(/\s+/);
  return {
    party,
    roles: new Set([party.role]),
    name: label ? null : rest,
    label,
    surname: foldName(label ?? words[words.length - 1] ?? ''),
    rank,
    rankText: rank ? (r?.[2] ?? null) : null,
    former: r?.[1] ? true : null,
    warrant: rank ? (r?.[3] ?? null) : null,
  };
}

/** One entry per person: a party who is both claimant and respondent is one person. */
function personParties(parties: readonly PartyFact[]): PersonParty[] {
  const out: PersonParty[] = [];
  for (const p of parties) {
    const person = personOf(p);
    if (!person) continue;
    const same = out.find((o) => o.surname === person.surname && (o.name ?? o.label) === (person.name ?? person.label));
    if (same) same.roles.add(p.role);
    else out.push(person);
  }
  return out;
}

/** Edit distance of at most one: a judgment may spell a caption surname differently ("McClean", "McLean"). */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const tail = (x: string, skip: number) => x.slice(i + skip);
  return tail(a, 1) === tail(b, 1) || tail(a, 1) === tail(b, 0) || tail(a, 0) === tail(b, 1);
}

/** The officer found in the text who is this party: same surname, or nearly so with the same first name. */
function candidateFor(p: PersonParty, candidates: readonly OfficerFact[]): OfficerFact | null {
  if (p.label) return candidates.find((c) => c.label && foldName(c.label) === p.surname) ?? null;
  const first = foldName(p.name?.split(/\s+/)[0] ?? '');
  return (
    candidates.find((c) => c.name && foldName(c.name.split(/\s+/).pop() ?? '') === p.surname) ??
    candidates.find((c) => {
      const words = (c.name ?? '').split(/\s+/);
      return words.length > 1 && foldName(words[0] ?? '') === first && nearlySame(foldName(words[words.length - 1] ?? ''), p.surname);
    }) ??
    null
  );
}

const hasRole = (p: PersonParty, ...roles: PartyRole[]) => roles.some((r) => p.roles.has(r));
const CHALLENGER_ROLES: PartyRole[] = ['claimant', 'appellant'];
const hasChallengerRole = (q: PartyFact) => CHALLENGER_ROLES.includes(q.role);

/** The police complaints body, which brings appeals against officers too. */
const OVERSIGHT_RE = /\b(?:Independent\s+Office\s+for\s+Police\s+Conduct|IOPC|Independent\s+Police\s+Complaints\s+Commission|IPCC)\b/i;

/**
 * Which person parties are officers under review. In order: those the caption or the text gives
 * a rank or calls officers; else the interested party whose case a police body brings against a
 * tribunal or panel; else a challenger of a discipline body or of their police employer, unless the
 * text says the challenger is a complainant or a relative.
 */
function subjectParties(
  persons: PersonParty[],
  parties: readonly PartyFact[],
  described: Map<PersonParty, PartyDescription>,
  candidates: readonly OfficerFact[],
  opening: string,
): PersonParty[] | null {
  const free = persons.filter((p) => !described.get(p)?.notOfficer);
  const officers = free.filter((p) => p.rank || described.get(p)?.officer || candidateFor(p, candidates)?.rank);
  if (officers.length) return officers;
  const others = (p: PersonParty) => parties.filter((q) => !p.roles.has(q.role)).map((q) => q.name);
  // A chief officer or a complainant challenging a tribunal or panel: the interested party is the officer.
  const interested = free.filter((p) => hasRole(p, 'interested_party'));
  if (interested.length && parties.some((q) => DISCIPLINE_BODY_RE.test(q.name))) return interested;
  // Only an officer appeals to the appeals tribunal, so whoever challenges its decision in person is one.
  const challengers = free.filter((p) => hasRole(p, ...CHALLENGER_ROLES));
  const againstTribunal = challengers.filter((p) => others(p).some((n) => APPEALS_TRIBUNAL_RE.test(n)));
  if (againstTribunal.length) return againstTribunal;
  // A chief officer (or the IOPC) bringing the claim or appeal against a person: that person is its officer.
  const answering = free.filter(
    (p) => hasRole(p, 'defendant', 'respondent') && parties.some((q) => hasChallengerRole(q) && (isEmployer(q.name) || OVERSIGHT_RE.test(q.name))),
  );
  if (answering.length) return answering;
  // The text names officers with ranks and the caption none of them: the caption's persons are
  // not shown to be officers, so the text's officers stand.
  if (candidates.some((c) => c.rank)) return null;
  const againstBody = challengers.filter((p) => others(p).some((n) => DISCIPLINE_BODY_RE.test(n)));
  if (againstBody.length) return againstBody;
  if (!SERVICE_EVIDENCE_RE.test(opening)) return [];
  return challengers.filter((p) => others(p).some(isEmployer));
}

/** Where the party's name is printed, for the mention's quote. */
function nameSpan(doc: DocText, p: PersonParty): { start: number; end: number } | null {
  const words = (p.name ?? p.label ?? '').split(/\s+/).filter(Boolean).map(escapeRegex);
  if (!words.length) return null;
  const m = new RegExp(`\\b${words.join('\\s+')}\\b`, 'i').exec(doc.text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** Every place the subject's surname or label is written, so later facts can be tied to them. */
function surnameMentions(doc: DocText, p: PersonParty, key: string): OfficerMention[] {
  const word = p.label ?? p.name?.split(/\s+/).pop();
  if (!word) return [];
  const re = new RegExp(`(?<![A-Za-z])${escapeRegex(word)}(?![A-Za-z])`, p.label ? 'g' : 'gi');
  return [...doc.text.matchAll(re)].map((m) => ({ key, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * The officers a judgment is about, replacing the officers the text extractor found when the
 * caption names the subject; the text extractor's officers stay when the caption names no person.
 */
export function judgmentOfficers(doc: DocText, judgment: JudgmentFacts | null, found: JudgmentOfficers): JudgmentOfficers {
  const parties = judgment?.parties ?? [];
  const persons = personParties(parties);
  if (!persons.length) return found;
  const start = bodyStart(doc.text);
  const opening = doc.text.slice(start, start + OPENING_CHARS);
  const described = describedParties(doc.text.slice(0, start + OPENING_CHARS), persons);
  const subjects = subjectParties(persons, parties, described, found.officers, opening);
  if (!subjects) return found;
  if (!subjects.length) return { officers: [], mentions: [] };

  const used = new Set(found.officers.map((o) => o.key));
  let next = found.officers.length + 1;
  const freshKey = () => {
    while (used.has(`o${next}`)) next++;
    used.add(`o${next}`);
    return `o${next}`;
  };
  const officers: OfficerFact[] = [];
  const mentions: OfficerMention[] = [];
  const head = doc.text.slice(0, start + OPENING_CHARS);
  const capacity = subjects.length === 1 ? CAPACITY_RE.exec(head) : null;
  for (const p of subjects) {
    const c = candidateFor(p, found.officers);
    const d = described.get(p);
    const key = c?.key ?? freshKey();
    const rankFromText = d?.rank ?? (capacity ? normaliseRank(capacity[1] ?? '') : null);
    const rank = p.rank ?? rankFromText ?? c?.rank ?? null;
    const rankText = p.rank ? p.rankText : rankFromText ? (d?.rankText ?? capacity?.[1] ?? null) : (c?.rankText ?? null);
    const dismissed = subjects.length === 1 && WAS_DISMISSED_RE.test(head) ? true : null;
    const span = nameSpan(doc, p);
    officers.push({
      key,
      name: p.name,
      label: p.label,
      rank,
      rankText,
      warrantNumber: p.warrant ?? c?.warrantNumber ?? null,
      // A caption that prints the rank without "former" is the court's statement of it; a status the
      // text extractor read nearby ("a sergeant who had since retired") may be someone else's.
      former: p.former ?? d?.former ?? dismissed ?? (p.rank ? null : c?.former) ?? null,
      force: null,
      unit: null,
      source: span ? doc.span(span.start, span.end) : p.party.source,
    });
    if (c) mentions.push(...found.mentions.filter((m) => m.key === c.key));
    else mentions.push(...surnameMentions(doc, p, key));
  }
  mentions.sort((a, b) => a.start - b.start);
  return { officers, mentions };
}
