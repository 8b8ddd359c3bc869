/**
 * Reviews' facts (sections, recommendations, quoted figures, findings about units and forces) and
 * the structure of judgments (parties, numbered paragraphs, appeals). Every field loads through a
 * per-request DataLoader, so a list of documents or units costs one query per field, not one per
 * parent.
 */
import type DataLoader from 'dataloader';
import { listLoader, oneLoader } from '../batch.js';
import type { Read } from '../../graph/read.js';
import type { Context } from '../context.js';
import { connection, decodeCursor, pageSize, type Keyed } from '../cursor.js';
import { project, type CaseRow, type CitationRow, type DocumentRow, type ForceRow, type PageRow, type SourceRow, type UnitRow } from '../rows.js';
import { badInput } from './common.js';

export interface PartyRow {
  key: string;
  name: string;
  role: string;
  anonymised: boolean | null;
  source: SourceRow;
}

export interface ParagraphRow {
  id: string;
  docId: string;
  label: string;
  number: number;
  page: number;
  start: number;
  endPage: number | null;
  end: number;
  quote: string | null;
}

export interface SectionRow {
  id: string;
  label: string | null;
  title: string;
  kind: string;
  level: number;
  source: SourceRow;
}

export interface RecommendationRow {
  id: string;
  label: string;
  kind: string;
  text: string;
  addressee: string | null;
  unitIds: string[];
  source: SourceRow;
}

export interface StatisticRow {
  value: number;
  text: string;
  unit: string;
  measure: string | null;
  description: string;
  paragraph: string | null;
  source: SourceRow;
}

export interface FindingRow {
  id: string;
  text: string;
  cue: string | null;
  paragraph: string | null;
  about: { unitId: string | null; force: string | null; text: string | null; via: string | null }[];
  source: SourceRow;
}

export interface AppealRow {
  appealId: string;
  citation: string;
  method: string | null;
  source: SourceRow;
}

interface ParagraphsKey {
  docId: string;
  afterPage: number | null;
  afterStart: number | null;
  /** Page size plus one, to tell whether a next page exists. */
  limit: number;
}

const paragraph = (v: string) => `${v} {.id, .label, .number, .page, .start, .endPage, .end, .quote, docId: d.id}`;
const finding = `{id: f.id, text: f.text, cue: f.cue, paragraph: f.paragraph, source: ${project.source('f', 'f.docId')},
  about: [(f)-[a:ABOUT]->(s) | {unitId: CASE WHEN s:Unit THEN s.id END, force: CASE WHEN s:Force THEN s.name END, text: a.text, via: a.via}]}`;
const recommendation = `{id: rec.id, label: rec.label, kind: rec.kind, text: rec.text, addressee: rec.addressee,
  unitIds: [(rec)-[:ABOUT]->(u:Unit) | u.id], source: ${project.source('rec', 'rec.docId')}}`;
const appeal = `{appealId: d.id, citation: c.citation, method: r.method, source: ${project.source('r', 'd.id')}}`;
// Oldest document first (by its decision date, else when it was ingested), then reading order.
const DOCUMENT_ORDER = `coalesce(d.decisionDate, toString(d.ingestedAt)), d.id`;

function createReviewLoaders(read: Read) {
  return {
    parties: listLoader<string, PartyRow>(
      read,
      `MATCH (d:Document {id: key})-[r:PARTY]->(p:Party) WITH i, d, r, p ORDER BY r.page, r.start, r.role
       RETURN i, collect({key: p.key, name: coalesce(r.name, p.name), role: r.role, anonymised: p.anonymised, source: ${project.source('r', 'd.id')}}) AS items`,
    ),
    partyRulings: listLoader<string, DocumentRow>(
      read,
      `MATCH (:Party {key: key})<-[:PARTY]-(d:Document) WITH DISTINCT i, d ORDER BY ${DOCUMENT_ORDER}
       RETURN i, collect(${project.document('d')}) AS items`,
    ),
    paragraphs: listLoader<ParagraphsKey, ParagraphRow>(
      read,
      `MATCH (d:Document {id: key.docId})-[:HAS_PARAGRAPH]->(pa:Paragraph)
       WHERE key.afterPage IS NULL OR pa.page > key.afterPage OR (pa.page = key.afterPage AND pa.start > key.afterStart)
       WITH i, key, d, pa ORDER BY pa.page, pa.start
       WITH i, key, collect(${paragraph('pa')}) AS ps
       RETURN i, ps[0..toInteger(key.limit)] AS items`,
    ),
    paragraphCount: oneLoader<string, number>(read, `MATCH (d:Document {id: key}) RETURN i, COUNT { (d)-[:HAS_PARAGRAPH]->(:Paragraph) } AS item`),
    sections: listLoader<string, SectionRow>(
      read,
      `MATCH (d:Document {id: key})-[:HAS_SECTION]->(s:Section) WITH i, d, s ORDER BY s.page, s.start
       RETURN i, collect(s {.id, .label, .title, .kind, .level, source: ${project.source('s', 'd.id')}}) AS items`,
    ),
    sectionParagraphs: listLoader<string, ParagraphRow>(
      read,
      `MATCH (s:Section {id: key})-[:CONTAINS]->(pa:Paragraph)<-[:HAS_PARAGRAPH]-(d:Document) WITH i, d, pa ORDER BY pa.page, pa.start
       RETURN i, collect(${paragraph('pa')}) AS items`,
    ),
    recommendations: listLoader<string, RecommendationRow>(
      read,
      `MATCH (:Document {id: key})-[:HAS_RECOMMENDATION]->(rec:Recommendation) WITH i, rec ORDER BY rec.page, rec.start
       RETURN i, collect(${recommendation}) AS items`,
    ),
    statistics: listLoader<string, StatisticRow>(
      read,
      `MATCH (d:Document {id: key})-[:HAS_STATISTIC]->(st:Statistic) WITH i, d, st ORDER BY st.page, st.start, st.id
       RETURN i, collect(st {.value, .text, .unit, .measure, .description, .paragraph, source: ${project.source('st', 'd.id')}}) AS items`,
    ),
    documentFindings: listLoader<string, FindingRow>(
      read,
      `MATCH (:Document {id: key})-[:HAS_FINDING]->(f:ReviewFinding) WITH i, f ORDER BY f.page, f.start
       RETURN i, collect(${finding}) AS items`,
    ),
    unitFindings: listLoader<string, FindingRow>(
      read,
      `MATCH (:Unit {id: key})<-[:ABOUT]-(f:ReviewFinding)<-[:HAS_FINDING]-(d:Document) WITH i, d, f ORDER BY ${DOCUMENT_ORDER}, f.page, f.start
       RETURN i, collect(${finding}) AS items`,
    ),
    unitRecommendations: listLoader<string, RecommendationRow>(
      read,
      `MATCH (:Unit {id: key})<-[:ABOUT]-(rec:Recommendation)<-[:HAS_RECOMMENDATION]-(d:Document) WITH i, d, rec ORDER BY ${DOCUMENT_ORDER}, rec.page, rec.start
       RETURN i, collect(${recommendation}) AS items`,
    ),
    forceFindings: listLoader<string, FindingRow>(
      read,
      `MATCH (:Force {name: key})<-[:ABOUT]-(f:ReviewFinding)<-[:HAS_FINDING]-(d:Document) WITH i, d, f ORDER BY ${DOCUMENT_ORDER}, f.page, f.start
       RETURN i, collect(${finding}) AS items`,
    ),
    appealFrom: oneLoader<string, AppealRow>(
      read,
      `MATCH (d:Document {id: key})-[r:APPEALS]->(c:Case) WITH i, d, r, c ORDER BY c.citation
       RETURN i, head(collect(${appeal})) AS item`,
    ),
    caseAppeals: listLoader<string, AppealRow>(
      read,
      `MATCH (c:Case {citation: key})<-[r:APPEALS]-(d:Document) WITH i, d, r, c ORDER BY ${DOCUMENT_ORDER}
       RETURN i, collect(${appeal}) AS items`,
    ),
    citationLabel: oneLoader<{ docId: string; page: number | null; start: number | null; citation: string }, string>(
      read,
      `MATCH (:Document {id: key.docId})-[r:CITES {page: key.page, start: key.start}]->(:Case {citation: key.citation})
       RETURN i, head(collect(r.paragraphLabel)) AS item`,
    ),
  };
}

type ReviewLoaders = ReturnType<typeof createReviewLoaders>;

/** One set per request, like the core loaders: the context is the request's, so nothing is shared between callers. */
const perRequest = new WeakMap<Context, ReviewLoaders>();
function loaders(ctx: Context): ReviewLoaders {
  let l = perRequest.get(ctx);
  if (!l) {
    l = createReviewLoaders(ctx.read);
    perRequest.set(ctx, l);
  }
  return l;
}

async function documentOf(ctx: Context, id: string): Promise<DocumentRow> {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw new Error(`Document ${id} referenced by a fact does not exist`);
  return doc;
}

async function unitOf(ctx: Context, id: string): Promise<UnitRow> {
  return (await ctx.loaders.unit.load(id)) ?? { id, name: id.slice(id.indexOf('/') + 1), force: null };
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

const load = <K, V>(pick: (l: ReviewLoaders) => DataLoader<K, V>, key: K, ctx: Context) => pick(loaders(ctx)).load(key);

export const reviewResolvers = {
  Document: {
    parties: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.parties, d.id, ctx),
    async paragraphs(d: DocumentRow, args: { first?: number | null; after?: string | null }, ctx: Context) {
      const size = pageSize(args.first, ctx.config.api.maxPageSize);
      const after = decodeCursor(args.after, ['int', 'int']);
      if (after && !after.every((n) => typeof n === 'number' && Number.isInteger(n))) badInput('Invalid cursor');
      const rows = await load((l) => l.paragraphs, { docId: d.id, afterPage: (after?.[0] as number) ?? null, afterStart: (after?.[1] as number) ?? null, limit: size + 1 }, ctx);
      const keyed: Keyed<ParagraphRow>[] = rows.map((p) => ({ node: p, key: [p.page, p.start] }));
      return { ...connection(keyed, size), totalCount: async () => (await load((l) => l.paragraphCount, d.id, ctx)) ?? 0 };
    },
    sections: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.sections, d.id, ctx),
    recommendations: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.recommendations, d.id, ctx),
    statistics: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.statistics, d.id, ctx),
    reviewFindings: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.documentFindings, d.id, ctx),
    appealFrom: (d: DocumentRow, _: unknown, ctx: Context) => load((l) => l.appealFrom, d.id, ctx),
  },

  ParagraphConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },

  Party: {
    anonymised: (p: PartyRow) => p.anonymised ?? false,
    rulings: (p: PartyRow, _: unknown, ctx: Context) => load((l) => l.partyRulings, p.key, ctx),
  },

  Paragraph: {
    endPage: (p: ParagraphRow) => p.endPage ?? p.page,
    text: (p: ParagraphRow, _: unknown, ctx: Context) => paragraphText(ctx, p),
    document: (p: ParagraphRow, _: unknown, ctx: Context) => documentOf(ctx, p.docId),
  },

  Section: {
    paragraphs: (s: SectionRow, _: unknown, ctx: Context) => load((l) => l.sectionParagraphs, s.id, ctx),
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
    appeals: (c: CaseRow, _: unknown, ctx: Context) => load((l) => l.caseAppeals, c.citation, ctx),
  },

  Unit: {
    reviewFindings: (u: UnitRow, _: unknown, ctx: Context) => load((l) => l.unitFindings, u.id, ctx),
    recommendations: (u: UnitRow, _: unknown, ctx: Context) => load((l) => l.unitRecommendations, u.id, ctx),
  },

  Force: {
    reviewFindings: (f: ForceRow, _: unknown, ctx: Context) => load((l) => l.forceFindings, f.name, ctx),
  },

  Citation: {
    paragraphLabel: (c: CitationRow, _: unknown, ctx: Context) =>
      load((l) => l.citationLabel, { docId: c.citingId, page: c.source.page, start: c.source.start, citation: c.citation }, ctx),
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
