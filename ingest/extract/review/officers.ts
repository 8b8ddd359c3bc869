/**
 * Officers a review names: "PC Wayne Couzens", "former PC Gavin Troughton", "a serving officer,
 * Wayne Couzens", "David Carrick, a serving Met officer", "David Carrick pleaded guilty". A review
 * names them once or twice in passing, so the subject filter of the notice extractor (named more
 * than once, or in a subject field) would drop them; here every such name is a mention, so ingest
 * can resolve it to the officer other documents describe. Chief officers quoted on the force's
 * behalf and officers who only speak to the review are not subjects and are left out.
 */
import type { OfficerFact } from '../../../src/domain/extraction.js';
import type { Rank } from '../../../src/domain/vocabulary.js';
import { PSEUDONYM_PATTERN } from '../../anonymise.js';
import type { DocText } from '../../text.js';
import { NAME_WORD, POSSESSIVE, isNameWord, squash, titleCase } from '../names.js';
import { foldName } from '../../../src/domain/names.js';
import { RANK_SOURCE, normaliseRank } from '../ranks.js';

const NAME = `(?:${NAME_WORD})`;
/** Two to four name words on one line: a full name. */
const FULL_NAME = `${NAME}(?:[ \\t]+${NAME}){1,3}`;

/** "former PC Gavin Troughton", "PS Nicola Strand", "Detective Constable Jo Bloggs": a rank, then a name. */
const RANKED_NAME_RE = new RegExp(`(?<![A-Za-z])(?:([Ff]ormer|[Ee]x-|[Rr]etired)\\s*)?(${RANK_SOURCE})\\.?[ \\t]+(${NAME}(?:[ \\t]+${NAME}){0,3})`, 'g');

/** "a serving police officer, Wayne Couzens", "the former officer David Carrick": a full name after "officer". */
const OFFICER_THEN_NAME_RE = new RegExp(
  `\\b(?:([Ss]erving|[Ff]ormer|[Oo]ff-duty|[Aa]rmed|[Pp]olice|Met|[Rr]etired)[ \\t]+)(?:Met(?:ropolitan)?[ \\t]+)?(?:[Pp]olice[ \\t]+)?[Oo]fficer,?[ \\t]+(${FULL_NAME})`,
  'g',
);

/** "David Carrick, a serving Met officer", "Jo Bloggs, then a police officer": a full name, then "officer". */
const NAME_THEN_OFFICER_RE = new RegExp(
  `(${FULL_NAME}),?\\s+(?:(?:who\\s+was|then)\\s+)?(?:a|an)\\s+((?:serving|former|retired|then)\\s+)?(?:(?:Met|Metropolitan|armed|firearms|police|probationary|special)\\s+){0,2}(?:officer|constable)\\b`,
  'g',
);

/**
 * A full name that offended or was dealt with: "Wayne Couzens was convicted", "David Carrick
 * pleaded guilty", "Carrick's offending". Victims are "murdered" or "attacked", never these.
 */
const OFFENDER_RE = new RegExp(
  `(${FULL_NAME})(?:['’]s\\s+(?:offending|offences|crimes|convictions?|vetting)\\b|\\s+(?:was|had\\s+been|is)\\s+(?:later\\s+|subsequently\\s+|finally\\s+)?(?:convicted|sentenced|jailed|charged|dismissed|vetted|re-vetted|suspended)\\b|\\s+pleaded\\s+guilty\\b)`,
  'g',
);

/**
 * "Officer B, a constable in the firearms unit": a review that anonymises the officers in its case
 * studies gives each a label and a rank. Groups: 1 label, 2 status, 3 rank.
 */
const LABEL_DESCRIBED_RE = new RegExp(
  `(?<![A-Za-z])(Officer[ \\t]+[A-Z]\\d{0,3})(?![A-Za-z0-9]),\\s+(?:(?:who\\s+was|then)\\s+)?(?:a|an)\\s+(?:([Ff]ormer|[Rr]etired|[Ss]erving)\\s+)?(?:[Pp]olice\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
  'g',
);

/** A speaker quoted by the review ("Superintendent Jo Bloggs told the Review"), not a subject. */
const SPEAKER_AFTER_RE = /^[^.\n]{0,40}?\b(?:told|said|says|explained|described|commented)\b/;

/** "former" or "ex-" before the rank: the officer has left. */
const FORMER_RE = /former|ex/i;

/** "former" or "retired" before "officer": the officer has left. */
const LEFT_RE = /former|retired/i;

/** Chief officers speak for the force in a review; they are not the officers it is about. */
const CHIEF_RANKS: ReadonlySet<Rank> = new Set<Rank>([
  'Commander',
  'Deputy Assistant Commissioner',
  'Assistant Commissioner',
  'Deputy Commissioner',
  'Commissioner',
  'Assistant Chief Constable',
  'Deputy Chief Constable',
  'Chief Constable',
]);

/** Separators between the words of a captured name. */
const NAME_GAP_RE = /[ \t]+/;

function cleanName(raw: string): string | null {
  const words = squash(raw).replace(POSSESSIVE, '').split(NAME_GAP_RE);
  while (words.length && !isNameWord(words[words.length - 1] ?? '')) words.pop();
  if (!words.length || !words.every(isNameWord)) return null;
  return titleCase(words.join(' '));
}

interface Named {
  name: string;
  label?: string;
  rank: Rank | null;
  rankText: string | null;
  former: boolean | null;
  start: number;
  end: number;
}

/**
 * Officers the review names that `existing` (the subjects found already) does not hold, keyed on
 * from `o{existing.length + 1}`. `notOfficers` holds complainants' folded names and labels.
 */
export function findNamedOfficers(doc: DocText, existing: readonly OfficerFact[], notOfficers: ReadonlySet<string>, force: string | null): OfficerFact[] {
  const text = doc.text;
  const found: Named[] = [];
  for (const m of text.matchAll(RANKED_NAME_RE)) {
    const name = cleanName(m[3] ?? '');
    const rankText = squash(m[2] ?? '');
    const rank = normaliseRank(rankText);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!name || !rank || CHIEF_RANKS.has(rank) || SPEAKER_AFTER_RE.test(text.slice(end, end + 60))) continue;
    found.push({ name, rank, rankText, former: m[1] ? FORMER_RE.test(m[1]) : null, start, end });
  }
  for (const m of text.matchAll(OFFICER_THEN_NAME_RE)) {
    const name = cleanName(m[2] ?? '');
    const start = m.index ?? 0;
    if (name && name.includes(' ')) found.push({ name, rank: null, rankText: null, former: LEFT_RE.test(m[1] ?? '') ? true : null, start, end: start + m[0].length });
  }
  for (const m of text.matchAll(NAME_THEN_OFFICER_RE)) {
    const name = cleanName(m[1] ?? '');
    const start = m.index ?? 0;
    if (name && name.includes(' ')) found.push({ name, rank: null, rankText: null, former: LEFT_RE.test(m[2] ?? '') ? true : null, start, end: start + m[0].length });
  }
  for (const m of text.matchAll(OFFENDER_RE)) {
    const name = cleanName(m[1] ?? '');
    const start = m.index ?? 0;
    if (name && name.includes(' ')) found.push({ name, rank: null, rankText: null, former: null, start, end: start + (m[1] ?? '').length });
  }
  for (const m of text.matchAll(LABEL_DESCRIBED_RE)) {
    const rankText = squash(m[3] ?? '');
    const rank = normaliseRank(rankText);
    const start = m.index ?? 0;
    const status = (m[2] ?? '').toLowerCase();
    const former = status === 'serving' ? false : status ? true : null;
    if (rank) found.push({ name: '', label: squash(m[1] ?? ''), rank, rankText, former, start, end: start + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);

  const surname = (n: string) => foldName(n.split(' ').pop() ?? n);
  const known = new Set(existing.filter((o) => o.name).map((o) => surname(o.name as string)));
  // A label is its own key: "Officer B" is never the "B" of a surname.
  for (const o of existing) if (o.label) known.add(`label:${foldName(o.label)}`);
  const out: OfficerFact[] = [];
  const bySurname = new Map<string, OfficerFact>();
  for (const f of found) {
    const key = f.label ? `label:${foldName(f.label)}` : surname(f.name);
    if (known.has(key) || notOfficers.has(foldName(f.name)) || PSEUDONYM_PATTERN.test(f.name)) continue;
    const prior = bySurname.get(key);
    if (prior) {
      // Later mentions add what the first did not say: the full name, the rank, having left.
      if (!f.label && f.name.split(' ').length > (prior.name?.split(' ').length ?? 0)) prior.name = f.name;
      prior.rank ??= f.rank;
      prior.rankText ??= f.rankText;
      prior.former ??= f.former;
      continue;
    }
    const o: OfficerFact = {
      key: `o${existing.length + out.length + 1}`,
      name: f.label ? null : f.name,
      label: f.label ?? null,
      rank: f.rank,
      rankText: f.rankText,
      warrantNumber: null,
      former: f.former,
      force,
      unit: null,
      source: doc.span(f.start, f.end),
    };
    bySurname.set(key, o);
    out.push(o);
  }
  return out;
}
