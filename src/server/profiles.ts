import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { OFFICER_LISTS, readOfficerProfile, readUnitProfile, type OfficerList } from '../graph/profiles.js';
import { profileColumns } from './columns.js';
import type { Context } from './context.js';
import type { Carried, DocumentRow, OfficerRow, ReviewRow, SourceRow, UnitRow } from '../graph/rows.js';

/**
 * Query.officer and Query.unit read the profile the request asks for in one statement
 * (src/graph/profiles.ts) and prime the per-field loaders with it, so the field resolvers below
 * (Officer.mentions, Source.document, UnitMembership.officer...) are answered from the loaders'
 * cache and run no statement of their own. Anything not read here still goes through its loader.
 */

/** Names of the fields selected directly under this field, through fragments. @skip/@include are not evaluated: at worst a list is read unasked. */
function selected(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return out;
}

/**
 * The nodes a profile's items point at are primed into the loaders (for any other field of the
 * request that asks for them) and stay on the items, so the items' own resolvers
 * (UnitMembership.officer, Source.document, Review.ruling) answer at once: a resolver that returns
 * a promise for each of a hundred members costs graphql-js a promise per item and per object.
 */
function primeCarried(ctx: Context, items: readonly Carried[] | undefined): void {
  for (const c of items ?? []) {
    if (c.carriedDocument) ctx.loaders.document.prime(c.carriedDocument.id, c.carriedDocument);
    if (c.carriedOfficer) ctx.loaders.officer.prime(c.carriedOfficer.id, c.carriedOfficer);
    if (c.carriedUnit) ctx.loaders.unit.prime(c.carriedUnit.id, c.carriedUnit);
  }
}

/** Primes the documents a profile read and hands each item's source (or ruling) its document. */
function carryDocuments(ctx: Context, documents: readonly DocumentRow[], sources: readonly SourceRow[], rulings: readonly (ReviewRow & Carried)[] = []): void {
  const byId = new Map<string, DocumentRow>();
  for (const d of documents) {
    ctx.loaders.document.prime(d.id, d);
    byId.set(d.id, d);
  }
  for (const s of sources) s.carriedDocument = byId.get(s.docId);
  for (const r of rulings) r.carriedDocument = byId.get(r.rulingId);
}

export async function loadOfficerProfile(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<OfficerRow | null> {
  const fields = selected(info);
  const lists = new Set((Object.keys(OFFICER_LISTS) as OfficerList[]).filter((k) => fields.has(k)));
  const p = await readOfficerProfile(ctx.read, id, lists, profileColumns(info));
  if (!p) return null;
  const l = ctx.loaders;
  l.officer.prime(id, p.officer);
  const sources = [p.mentions, p.units, p.allegations, p.outcomes, p.ranks].flatMap((list) => (list ?? []).map((x) => x.source));
  carryDocuments(ctx, p.documents, sources, p.rulings);
  primeCarried(ctx, p.units);
  if (p.mentions) l.officerMentions.prime(id, p.mentions);
  if (p.units) l.officerUnits.prime(id, p.units);
  if (p.proceedings) l.officerProceedings.prime(id, p.proceedings);
  // An allegation's or outcome's proceeding is one of these.
  for (const x of p.proceedings ?? []) l.proceeding.prime(x.id, x);
  if (p.allegations) l.officerAllegations.prime(id, p.allegations);
  if (p.outcomes) l.officerOutcomes.prime(id, p.outcomes);
  if (p.ranks) l.officerRanks.prime(id, p.ranks);
  if (p.rulings) l.officerRulings.prime(id, p.rulings);
  return p.officer;
}

export async function loadUnitProfile(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<UnitRow | null> {
  const fields = selected(info);
  const p = await readUnitProfile(ctx.read, id, { officerCount: fields.has('force'), members: fields.has('members') }, profileColumns(info));
  if (!p) return null;
  ctx.loaders.unit.prime(id, p.unit);
  if (p.unit.force && p.officerCount !== undefined && p.officerCount !== null) ctx.loaders.forceOfficerCount.prime(p.unit.force, p.officerCount);
  if (p.members) {
    carryDocuments(
      ctx,
      p.documents ?? [],
      p.members.map((m) => m.source),
    );
    primeCarried(ctx, p.members);
    ctx.loaders.unitMembers.prime(id, p.members);
  }
  return p.unit;
}
