/**
 * Ranks a review gives its anonymised officers before their labels: "a police constable in the
 * response team, referred to here as Officer C", "a member of police staff working as a call
 * handler, referred to as Officer D". An inspection describes the officer first and names the
 * label after, so the subject extractor, which reads a rank beside a label, finds the label alone.
 */
import type { OfficerFact } from '../../../src/domain/extraction.js';
import type { DocText } from '../../text.js';
import { squash } from '../names.js';
import { RANK_SOURCE, normaliseRank } from '../ranks.js';
import { ROLE_WORD_SOURCE } from '../roleWords.js';

/**
 * "a [former] <rank> <description>, referred to (here) as <label>", or the label in brackets after the
 * description ("a detective sergeant ("Officer Q") in ..."): the description stays in one sentence (no
 * full stop or semicolon), so a rank named in an earlier sentence is never taken. Groups: 1 status, 2
 * rank, 3 label; 4-6 the same for the bracketed label.
 */
const RANK_THEN_LABEL_RE = new RegExp(
  `(?<![A-Za-z])[Aa]n?\\s+(?:([Ff]ormer|[Rr]etired|[Ss]erving)\\s+)?(?:${ROLE_WORD_SOURCE}\\s+)?(${RANK_SOURCE})(?![A-Za-z])[^.;]{0,160}?(?:,?\\s+|\\s*\\(\\s*)(?:referred\\s+to|known)\\s+(?:here\\s+|below\\s+|in\\s+this\\s+report\\s+)?as\\s+["“]?(Officer[ \\t]+[A-Z]\\d{0,3})(?![A-Za-z0-9])` +
    `|(?<![A-Za-z])[Aa]n?\\s+(?:([Ff]ormer|[Rr]etired|[Ss]erving)\\s+)?(?:${ROLE_WORD_SOURCE}\\s+)?(${RANK_SOURCE})(?![A-Za-z])[^.;()]{0,80}?\\s*\\(\\s*["“]?(Officer[ \\t]+[A-Z]\\d{0,3})["”]?\\s*\\)`,
  'g',
);

/**
 * The label first, then its rank in the same sentence: "Officer 1 joined in 2014 and by 2023 was a
 * detective constable", "Officer 2, a call handler employed as police staff". A case study introduces
 * its officer this way too. Groups: 1 label, 2 status, 3 rank.
 */
const LABEL_THEN_RANK_RE = new RegExp(
  `(?<![A-Za-z])(Officer[ \\t]+(?:[A-Z]\\d{0,3}|\\d{1,2}))(?![A-Za-z0-9])(?:,|[^.;]{0,80}?\\b(?:was|is))\\s+(?:a|an)\\s+(?:([Ff]ormer|[Rr]etired|[Ss]erving)\\s+)?(?:[a-z-]+\\s+){0,3}?(?:employed\\s+as\\s+|working\\s+as\\s+)?(${RANK_SOURCE})(?![A-Za-z])`,
  'g',
);

/** Fills the rank (and having left) of labelled officers whose description comes before the label. */
export function withDescribedLabelRanks(doc: DocText, officers: readonly OfficerFact[]): void {
  const byLabel = new Map(officers.filter((o) => o.label && !o.rank).map((o) => [(o.label as string).toLowerCase(), o]));
  if (!byLabel.size) return;
  const described = [
    ...[...doc.text.matchAll(RANK_THEN_LABEL_RE)].map((m) => ({ at: m.index ?? 0, status: m[1] ?? m[4], rank: m[2] ?? m[5], label: m[3] ?? m[6] })),
    ...[...doc.text.matchAll(LABEL_THEN_RANK_RE)].map((m) => ({ at: m.index ?? 0, status: m[2], rank: m[3], label: m[1] })),
  ].sort((a, b) => a.at - b.at);
  for (const m of described) {
    const o = byLabel.get(squash(m.label ?? '').toLowerCase());
    const rankText = squash(m.rank ?? '');
    const rank = normaliseRank(rankText);
    if (!o || o.rank || !rank) continue;
    o.rank = rank;
    o.rankText = rankText;
    const status = (m.status ?? '').toLowerCase();
    if (status) o.former ??= status !== 'serving';
  }
}
