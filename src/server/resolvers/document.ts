import type { Context } from '../context.js';
import { pageSize } from '../cursor.js';
import type { Carried, CaseRow, CitationRow, DocumentRow, PageRow, ReviewRow, SourceRow, UnitRefRow } from '../../graph/rows.js';
import { asJrResult, asKind, asStatus } from '../vocabulary.js';
import { badInput, unitOf } from './common.js';

async function documentOf(ctx: Context, id: string): Promise<DocumentRow> {
  const doc = await ctx.loaders.document.load(id);
  // A fact whose document vanished mid-request is a graph inconsistency, not a user error.
  if (!doc) throw new Error(`Document ${id} referenced by a fact does not exist`);
  return doc;
}

export const documentResolvers = {
  Document: {
    kind: (d: DocumentRow) => asKind(d.kind),
    // A document with no recognised status never finished ingest, which is what failed means to a reader.
    status: (d: DocumentRow) => asStatus(d.status) ?? 'failed',
    jrResult: (d: DocumentRow) => asJrResult(d.jrResult),
    caseNumbers: (d: DocumentRow) => d.caseNumbers ?? [],
    judges: (d: DocumentRow) => d.judges ?? [],
    page: (d: DocumentRow, args: { number: number }, ctx: Context) => ctx.loaders.page.load({ docId: d.id, number: args.number }),
    pages(d: DocumentRow, args: { fromPage?: number | null; first?: number | null }, ctx: Context) {
      const fromPage = args.fromPage ?? 1;
      if (!Number.isInteger(fromPage) || fromPage < 1) badInput('`fromPage` must be 1 or more');
      return ctx.loaders.pages.load({ docId: d.id, fromPage, first: pageSize(args.first, ctx.config.api.maxPageSize) });
    },
    officers: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentMentions.load(d.id),
    proceedings: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentProceedings.load(d.id),
    reports: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentReports.load(d.id),
    citations: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentCitations.load(d.id),
    legislation: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentLegislation.load(d.id),
    units: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentUnits.load(d.id),
    reviews: (d: DocumentRow, _: unknown, ctx: Context) => ctx.loaders.documentReviews.load(d.id),
    decisionBelow: (d: DocumentRow) =>
      d.decisionBelowBody
        ? {
            body: d.decisionBelowBody,
            result: asJrResult(d.decisionBelowResult ?? null),
            date: d.decisionBelowDate ?? null,
            source: {
              docId: d.id,
              page: d.decisionBelowPage ?? null,
              start: d.decisionBelowStart ?? null,
              end: d.decisionBelowEnd ?? null,
              quote: d.decisionBelowQuote ?? null,
            },
          }
        : null,
  },

  Page: {
    document: (p: PageRow, _: unknown, ctx: Context) => documentOf(ctx, p.docId),
    // Pages written before OCR existed have no flag: they came from a text layer.
    ocr: (p: PageRow) => p.ocr ?? false,
  },

  Source: {
    document: (s: SourceRow, _: unknown, ctx: Context) => s.carriedDocument ?? documentOf(ctx, s.docId),
    async ocrConfidence(s: SourceRow, _: unknown, ctx: Context) {
      if (s.page === null) return null;
      return (await ctx.loaders.page.load({ docId: s.docId, number: s.page }))?.ocrConfidence ?? null;
    },
  },

  UnitReference: {
    unit: (r: UnitRefRow, _: unknown, ctx: Context) => unitOf(ctx, r.unitId),
  },

  Review: {
    ruling: (r: ReviewRow & Carried, _: unknown, ctx: Context) => r.carriedDocument ?? documentOf(ctx, r.rulingId),
    proceeding: (r: ReviewRow, _: unknown, ctx: Context) => ctx.loaders.proceeding.load(r.proceedingId),
    officer: (r: ReviewRow, _: unknown, ctx: Context) => (r.officerId ? ctx.loaders.officer.load(r.officerId) : null),
    reasons: (r: ReviewRow) => r.reasons ?? [],
  },

  Case: {
    stub: (c: CaseRow) => c.stub ?? true,
    reportedBy: (c: CaseRow, _: unknown, ctx: Context) => ctx.loaders.caseReportedBy.load(c.citation),
    citedBy: (c: CaseRow, _: unknown, ctx: Context) => ctx.loaders.caseCitedBy.load(c.citation),
    cites: (c: CaseRow, _: unknown, ctx: Context) => ctx.loaders.caseCites.load(c.citation),
  },

  Citation: {
    citing: (c: CitationRow, _: unknown, ctx: Context) => documentOf(ctx, c.citingId),
    async case(c: CitationRow, _: unknown, ctx: Context): Promise<CaseRow> {
      return (await ctx.loaders.case.load(c.citation)) ?? { citation: c.citation, court: null, stub: true };
    },
  },
};
