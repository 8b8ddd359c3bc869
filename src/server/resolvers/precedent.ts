import { decisionChain, type ChainStep } from '../../graph/decisionChain.js';
import { relatedRulings, type RelatedRulingRow } from '../../graph/relatedRulings.js';
import { sanctionPrecedents, type SanctionExampleRow } from '../../graph/sanctionPrecedents.js';
import { STANDARDS } from '../../domain/vocabulary.js';
import { ErrorCode } from '../../errors.js';
import { toGraphQLError } from '../graphqlError.js';
import { pageSize } from '../cursor.js';
import { badInput } from './common.js';
import type { Context } from '../context.js';
import type { CaseRow, CitationRow } from '../../graph/rows.js';
import { asTreatment } from '../vocabulary.js';

interface SanctionArgs {
  standards?: string[] | null;
  finding?: string | null;
  force?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  text?: string | null;
  first?: number | null;
}

export const precedentResolvers = {
  Query: {
    decisionChain(_: unknown, args: { proceedingId?: string | null; rulingId?: string | null }, ctx: Context) {
      if (!args.proceedingId === !args.rulingId) badInput('decisionChain takes one of proceedingId or rulingId');
      return decisionChain(ctx.read, args);
    },
    relatedRulings: (_: unknown, args: { rulingId: string; first?: number | null }, ctx: Context) =>
      relatedRulings(ctx.read, args.rulingId, pageSize(args.first ?? 5, ctx.config.api.maxPageSize)),
    async sanctionPrecedents(_: unknown, args: SanctionArgs, ctx: Context) {
      const standards = args.standards ?? [];
      const unknown = standards.filter((s) => !(STANDARDS as readonly string[]).includes(s));
      if (unknown.length) badInput(`Unknown Standard ${JSON.stringify(unknown[0])}; one of: ${STANDARDS.join(', ')}`);
      if (args.fromYear != null && args.toYear != null && args.fromYear > args.toYear) badInput('fromYear is after toYear');
      const text = args.text?.trim() || null;
      try {
        return await sanctionPrecedents(ctx.read, {
          standards,
          finding: args.finding ?? null,
          force: args.force ?? null,
          fromYear: args.fromYear ?? null,
          toYear: args.toYear ?? null,
          text,
          first: pageSize(args.first ?? 3, ctx.config.api.maxPageSize),
        });
      } catch (err) {
        // Lucene rejects malformed syntax inside the procedure; the user should hear it was their words.
        if ((err as { code?: string }).code === 'Neo.ClientError.Procedure.ProcedureCallFailed') {
          throw toGraphQLError(ErrorCode.BAD_USER_INPUT, 'The text could not be parsed; check quotes, brackets and operators');
        }
        throw err;
      }
    },
  },

  RelatedRuling: {
    ruling: (r: RelatedRulingRow, _: unknown, ctx: Context) => ctx.loaders.document.load(r.rulingId),
    sharedAuthorities: async (r: RelatedRulingRow, _: unknown, ctx: Context): Promise<CaseRow[]> =>
      Promise.all(r.sharedAuthorities.map(async (citation) => (await ctx.loaders.case.load(citation)) ?? { citation, court: null, stub: true })),
    coCitedBy: async (r: RelatedRulingRow, _: unknown, ctx: Context) =>
      (await Promise.all(r.coCitedBy.map((id) => ctx.loaders.document.load(id)))).filter((d) => d !== null),
  },

  SanctionExample: {
    proceeding: async (e: SanctionExampleRow, _: unknown, ctx: Context) => ctx.loaders.proceeding.load(e.proceedingId),
    reviewedBy: (e: SanctionExampleRow) => e.reviews,
  },

  ChainStep: {
    document: (s: ChainStep, _: unknown, ctx: Context) => (s.documentId ? ctx.loaders.document.load(s.documentId) : null),
    proceeding: (s: ChainStep, _: unknown, ctx: Context) => (s.proceedingId ? ctx.loaders.proceeding.load(s.proceedingId) : null),
  },

  Citation: {
    treatment: (c: CitationRow) => asTreatment(c.treatment),
    caseWarning: (c: CitationRow, _: unknown, ctx: Context) => ctx.loaders.caseWarning.load(c.citation),
  },

  Case: {
    treatment: (c: CaseRow) => ({ citation: c.citation }),
  },

  CaseTreatment: {
    async counts(t: { citation: string }, _: unknown, ctx: Context) {
      const rows = await ctx.loaders.caseTreatmentCounts.load(t.citation);
      return rows.flatMap((r) => {
        const treatment = asTreatment(r.treatment);
        return treatment ? [{ treatment, documents: r.documents }] : [];
      });
    },
    negative: async (t: { citation: string }, _: unknown, ctx: Context) => (await ctx.loaders.caseWarning.load(t.citation)) !== null,
    warning: (t: { citation: string }, _: unknown, ctx: Context) => ctx.loaders.caseWarning.load(t.citation),
  },
};
