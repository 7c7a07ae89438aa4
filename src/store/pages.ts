/**
 * Relationship pages built from a store's basic batched reads, for a store
 * where several reads cost little more than one (the embedded one, whose
 * reads are in-process probes). Neo4j answers the same in one statement.
 */
import { YEAR_BASIS_ATTRIBUTE } from "../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { Citation, EntitySummary, GraphStore, PageIncludes, RelationshipPage, RelationshipPageQuery } from "./port.js";

type BasicReads = Pick<GraphStore, "entitiesById" | "entitySummaries" | "evidenceFor"> & {
  /** Each query's whole list, ordered by type then id, with properties when its include asks for them. */
  relationshipsOf(queries: readonly RelationshipPageQuery[]): Promise<Relationship[][]>;
};

const unique = (ids: Iterable<string>) => [...new Set(ids)];

/** Articles are read through the evidence that cites them, so asking for articles asks for evidence too. */
export const wantsEvidence = (include: PageIncludes) => include.evidence || include.articles !== "none";

/** The article attributes a citation holds, beside the id. */
export const CITATION_ATTRIBUTES = ["title", "publisher", "url", "language", "published", YEAR_BASIS_ATTRIBUTE] as const;

/** A citation from its properties (an article's attributes, or a store row holding only these); absent ones are null. */
export function citationFrom(id: string, attributes: Readonly<Record<string, unknown>>): Citation {
  const text = (name: (typeof CITATION_ATTRIBUTES)[number]) => (typeof attributes[name] === "string" ? (attributes[name] as string) : null);
  return {
    id, title: text("title"), publisher: text("publisher"), url: text("url"), language: text("language"),
    published: text("published"), yearBasis: text(YEAR_BASIS_ATTRIBUTE),
  };
}

export const citationOf = (article: IndexedEntity): Citation => citationFrom(article.id, article.attributes);

export async function pagesFromReads(store: BasicReads, queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]> {
  const [entities, lists] = await Promise.all([store.entitiesById(queries.map((q) => q.entityId)), store.relationshipsOf(queries)]);
  const pages = lists.map((list, i) => list.slice(queries[i].offset, queries[i].offset + queries[i].limit));
  const endsOf = (i: number) => pages[i].flatMap((r) => [r.from, r.to]);
  const wholeEndIds = unique(queries.flatMap((q, i) => (q.include.ends === "whole" ? endsOf(i) : [])));
  const summaryEndIds = unique(queries.flatMap((q, i) => (q.include.ends === "summaries" ? endsOf(i) : [])));
  const subjects = unique(pages.flatMap((page, i) => (wantsEvidence(queries[i].include) ? page.map((r) => r.id) : [])));
  const [ends, summaries, evidence] = await Promise.all([
    wholeEndIds.length ? store.entitiesById(wholeEndIds) : [],
    summaryEndIds.length ? store.entitySummaries(summaryEndIds) : [],
    subjects.length ? store.evidenceFor(subjects) : [],
  ]);
  const evidenceOf = new Map<string, Evidence[]>(subjects.map((subject, i) => [subject, evidence[i]]));
  const citedBy = (i: number) => pages[i].flatMap((r) => evidenceOf.get(r.id)!.map((e) => e.article));
  const articleIds = unique(queries.flatMap((q, i) => (q.include.articles !== "none" ? citedBy(i) : [])));
  const articles = articleIds.length ? await store.entitiesById(articleIds) : [];
  const byId = new Map<string, IndexedEntity>();
  for (const entity of [...ends, ...articles]) if (entity) byId.set(entity.id, entity);
  const summaryById = new Map<string, EntitySummary>();
  for (const summary of summaries) if (summary) summaryById.set(summary.id, summary);
  const entitiesOf = (ids: Iterable<string>) => unique(ids).flatMap((id) => byId.get(id) ?? []);
  return queries.map(({ include }, i) => ({
    entity: entities[i],
    total: lists[i].length,
    relationships: pages[i],
    ends: include.ends === "whole" ? entitiesOf(endsOf(i)) : [],
    endSummaries: include.ends === "summaries" ? unique(endsOf(i)).flatMap((id) => summaryById.get(id) ?? []) : [],
    evidence: wantsEvidence(include) ? pages[i].map((r) => evidenceOf.get(r.id)!) : [],
    articles: include.articles === "whole" ? entitiesOf(citedBy(i)) : [],
    citations: include.articles === "citations" ? entitiesOf(citedBy(i)).map(citationOf) : [],
  }));
}
