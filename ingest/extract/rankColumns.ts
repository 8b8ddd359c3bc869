/**
 * A table that gives each officer's rank in its own column ("No. | Officer | Rank | ... | Outcome"):
 * a force's annual summary or register of hearings. The officer's cell holds a name or a label
 * ("Officer 2") with no rank before it, so the ranked-name readers find neither the named officers
 * nor the labelled officers' ranks. The row is the structure that ties them: the cell under the
 * officer column is the subject, the cell under the rank column their rank.
 */
import { cellUnder, modelOf, type Cell } from '../model/index.js';
import type { DocText } from '../text.js';
import { NAME_WORD, squash } from './names.js';
import { RANK_SOURCE } from './ranks.js';

/** The column naming the officer ("Officer", "Name", "Subject officer", "Officer's name"). */
export const OFFICER_COLUMN = /^(?:(?:subject\s+)?officer(?:['’]s\s+name)?|name(?:\s+of\s+officer)?|subject)$/i;
/** The column giving the rank ("Rank", "Rank / role", "Rank or grade"). */
export const RANK_COLUMN = /^rank(?:\s*(?:\/|or|and)\s*(?:role|grade|post))?$/i;
/** A rank cell: the rank alone, maybe with a status before it ("Former PCSO", "Retired DI"). */
const RANK_CELL = new RegExp(`^(?:((?:former|ex-?|retired)\\s+)?)(?:acting\\s+|temporary\\s+)?(${RANK_SOURCE})\\.?$`, 'i');
/** An officer's cell: a name of two to four words, or an anonymity label ("Officer 2", "Officer C"). */
const NAME_CELL = new RegExp(`^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+)?((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})$`);
const LABEL_CELL = /^Officer\s+([A-Z]\d{0,3}|\d{1,3})$/;
/** A cell that opens with its own rank ("Sergeant Jo Bloggs") is a ranked name, which the ranked-name reader reads. */
const RANKED_CELL = new RegExp(`^(?:${RANK_SOURCE})(?![A-Za-z])`);

export interface RankColumnOfficer {
  /** The officer's cell. */
  cell: Cell;
  name: string | null;
  /** The label's identifier ("2" of "Officer 2"). */
  labelId: string | null;
  rankText: string;
  former: boolean;
}

/** Every officer a table with officer and rank columns lists, one per row. */
export function rankColumnOfficers(doc: DocText): RankColumnOfficer[] {
  const out: RankColumnOfficer[] = [];
  for (const t of modelOf(doc).tables) {
    if (!t.header?.some((h) => OFFICER_COLUMN.test(h.trim())) || !t.header.some((h) => RANK_COLUMN.test(h.trim()))) continue;
    for (const row of t.rows) {
      const who = cellUnder(t, row, OFFICER_COLUMN);
      const rank = cellUnder(t, row, RANK_COLUMN);
      const r = rank ? RANK_CELL.exec(squash(rank.text)) : null;
      if (!who || !r) continue;
      const text = squash(who.text);
      if (RANKED_CELL.test(text)) continue;
      const name = NAME_CELL.exec(text)?.[1] ?? null;
      const labelId = name ? null : (LABEL_CELL.exec(text)?.[1] ?? null);
      if (name || labelId) out.push({ cell: who, name, labelId, rankText: squash(r[2] ?? ''), former: Boolean(r[1]) });
    }
  }
  return out;
}
