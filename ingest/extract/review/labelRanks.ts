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

/**
 * "a [former] <rank> <description>, referred to (here) as <label>": the description stays in one
 * sentence (no full stop or semicolon), so a rank named in an earlier sentence is never taken.
 * Groups: 1 status, 2 rank, 3 label.
 */
const RANK_THEN_LABEL_RE = new RegExp(
  `(?<![A-Za-z])[Aa]n?\\s+(?:([Ff]ormer|[Rr]etired|[Ss]erving)\\s+)?(${RANK_SOURCE})(?![A-Za-z])[^.;]{0,160}?,?\\s+(?:referred\\s+to|known)\\s+(?:here\\s+|below\\s+|in\\s+this\\s+report\\s+)?as\\s+(Officer[ \\t]+[A-Z]\\d{0,3})(?![A-Za-z0-9])`,
  'g',
);

/** Fills the rank (and having left) of labelled officers whose description comes before the label. */
export function withDescribedLabelRanks(doc: DocText, officers: readonly OfficerFact[]): void {
  const byLabel = new Map(officers.filter((o) => o.label && !o.rank).map((o) => [(o.label as string).toLowerCase(), o]));
  if (!byLabel.size) return;
  for (const m of doc.text.matchAll(RANK_THEN_LABEL_RE)) {
    const o = byLabel.get(squash(m[3] ?? '').toLowerCase());
    const rankText = squash(m[2] ?? '');
    const rank = normaliseRank(rankText);
    if (!o || o.rank || !rank) continue;
    o.rank = rank;
    o.rankText = rankText;
    const status = (m[1] ?? '').toLowerCase();
    if (status) o.former ??= status !== 'serving';
  }
}
