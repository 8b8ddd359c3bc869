/**
 * Reviews' facts (sections, recommendations, quoted figures, findings about units and forces) and
 * the structure of judgments (parties, numbered paragraphs, appeals). Every field loads through the
 * request's loaders (../loaders.ts), so a list of documents or units costs one query per field, not
 * one per parent.
 */
import type { ForceRow, CaseRow, CitationRow, DocumentRow, PageRow, UnitRow } from '../../graph/rows.js';
import type { AppealRow, ParagraphRow, PartyRow } from '../../graph/lookups/judgments.js';
import type { FindingRow, RecommendationRow, SectionRow } from '../../graph/lookups/reviews.js';
import type { Context } from '../context.js';
import { connection, decodeCursor, pageSize, type Keyed } from '../cursor.js';
import { badInput, unitOf } from './common.js';

async function documentOf(ctx: Context, id: string): Promise<DocumentRow> {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw new Error(`Document ${id} referenced by a fact does not exist`);
  return doc;
}

/** The paragraph's text from its pages: from its start on the first page to its end on the last. */
async function paragraphText(ctx: Context, p: ParagraphRow): Promise<string> {
  const last = p.endPage ?? p.page;
  const numbers = Array.from({ length: last - p.page + 1 }, (_, k) => p.page + k);
  const pages = (await ctx.loaders.page.loadMany(numbers.map((number) => ({ docId: p.docId, number })))) as (PageRow | Error | null)[];
  return pages
    .map((pg, k) => {
      const text = pg && !(pg instanceof Error) ? pg.text : '';
      const from = k === 0 ? p.start : 0;
      const to = k === pages.length - 1 ? p.end : text.length;
      return text.slice(from, to);
    })
    .join('\n');
}

export const reviewResolvers = {
  Document: {
    parties: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.parties.load(d.id),
    async paragraphs(d: DocumentRow, args: { first?: number | null; after?: string | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['int', 'int']);
      if (after && !after.every((n) => typeof n === 'number' && Number.isInteger(n))) badInput('Invalid cursor');
      const rows = await ctx.loaders.paragraphs.load({
        docId: d.id,
        afterPage: (after?.[0] as number) ?? null,
        afterStart: (after?.[1] as number) ?? null,
        limit: size + 1,
      });
      const keyed: Keyed<ParagraphRow>[] = rows.map((p) => ({ node: p, key: [p.page, p.start] }));
      return { ...connection(keyed, size), totalCount: async () => (await ctx.loaders.paragraphCount.load(d.id)) ?? 0 };
    },
    sections: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.sections.load(d.id),
    recommendations: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.recommendations.load(d.id),
    statistics: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.statistics.load(d.id),
    reviewFindings: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentFindings.load(d.id),
    appealFrom: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.appealFrom.load(d.id),
  },

  ParagraphConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },

  Party: {
    anonymised: (p: PartyRow) => p.anonymised ?? false,
    rulings: (p: PartyRow, _: unknown, ctx: Context) => ctx.loaders.partyRulings.load(p.key),
  },

  Paragraph: {
    endPage: (p: ParagraphRow) => p.endPage ?? p.page,
    text: (p: ParagraphRow, _: unknown, ctx: Context) => paragraphText(ctx, p),
    document: (p: ParagraphRow, _: unknown, ctx: Context) => documentOf(ctx, p.docId),
  },

  Section: {
    paragraphs: (s: SectionRow, _: unknown, ctx: Context) => ctx.loaders.sectionParagraphs.load(s.id),
  },

  Recommendation: {
    units: (r: RecommendationRow, _: unknown, ctx: Context) => Promise.all(r.unitIds.map((id) => unitOf(ctx, id))),
    document: (r: RecommendationRow, _: unknown, ctx: Context) => documentOf(ctx, r.source.docId),
  },

  ReviewFinding: {
    document: (f: FindingRow, _: unknown, ctx: Context) => documentOf(ctx, f.source.docId),
  },

  FindingSubject: {
    unit: (s: FindingRow['about'][number], _: unknown, ctx: Context) => (s.unitId ? unitOf(ctx, s.unitId) : null),
    force: (s: FindingRow['about'][number]): ForceRow | null => (s.force ? { name: s.force } : null),
  },

  Appeal: {
    appeal: (a: AppealRow, _: unknown, ctx: Context) => documentOf(ctx, a.appealId),
    async case(a: AppealRow, _: unknown, ctx: Context): Promise<CaseRow> {
      return (await ctx.loaders.case.load(a.citation)) ?? { citation: a.citation, court: null, stub: true };
    },
  },

  Case: {
    appeals: (c: CaseRow, _: unknown, ctx: Context) => ctx.loaders.caseAppeals.load(c.citation),
  },

  Unit: {
    reviewFindings: (u: UnitRow, _: unknown, ctx: Context) => ctx.loaders.unitFindings.load(u.id),
    recommendations: (u: UnitRow, _: unknown, ctx: Context) => ctx.loaders.unitRecommendations.load(u.id),
  },

  Force: {
    reviewFindings: (f: ForceRow, _: unknown, ctx: Context) => ctx.loaders.forceFindings.load(f.name),
  },

  Citation: {
    paragraphLabel: (c: CitationRow, _: unknown, ctx: Context) =>
      ctx.loaders.citationLabel.load({ docId: c.citingId, page: c.source.page, start: c.source.start, citation: c.citation }),
  },
};

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Adds these resolvers to the server's map type by type, so Document, Unit, Force, Case and
 * Citation keep the fields other files resolve.
 */
export function withReviewResolvers<T extends ResolverMap>(base: T): T {
  const out: ResolverMap = { ...base };
  for (const [type, fields] of Object.entries(reviewResolvers)) out[type] = { ...(out[type] ?? {}), ...fields };
  return out as T;
}
