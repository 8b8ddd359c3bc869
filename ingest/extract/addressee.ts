/**
 * A notice served on a former officer: the addressee alone on a line, maybe after "To:", and their old
 * rank on the next line with nothing there but the rank, a number and the force ("To: Mr Jo Bloggs" /
 * "formerly Police Sergeant 1432, Gwent Police"). Redaction keeps that name (redact/roles.ts) and the
 * officer finder reads it as the subject (officers.ts), so the two read one shape. A line naming someone
 * else after the rank ("Former DC 2093 Ben Hall") is no addressee's.
 */
import { RANK_SOURCE } from './ranks.js';

/** The addressee's line up to the name: its start, an optional "To:" and an honorific. */
export const ADDRESSEE_OPENING = '(?:^|\\n)[ \\t]*(?:T[Oo][ \\t]*:?[ \\t]*)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[ \\t]+)?';
/** The line after the name: the old rank (captured), a number and the force, and nothing else. */
export const FORMER_RANK_LINE = `[ \\t]*\\n[ \\t]*(?:[Ff]ormerly|[Ff]ormer|[Rr]etired|FORMERLY|FORMER|RETIRED)[ \\t]+(?:an?[ \\t]+)?(${RANK_SOURCE})\\.?(?:[ \\t]+\\d{2,6})?[ \\t]*(?:,[^\\n]*)?(?=\\n|$)`;
