/**
 * Relationship pages built from a store's basic batched reads, for a store
 * where several reads cost little more than one (the embedded one, whose
 * reads are in-process probes). Neo4j answers the same in one statement.
 */
import type { Evidence, IndexedEntity } from "../domain/records.js";
import type { GraphStore, PageIncludes, RelationshipPage, RelationshipPageQuery } from "./port.js";

type BasicReads = Pick<GraphStore, "relationshipsOf" | "entitiesById" | "evidenceFor">;

const unique = (ids: Iterable<string>) => [...new Set(ids)];

/** Articles are read through the evidence that cites them, so asking for articles asks for evidence too. */
export const wantsEvidence = (include: PageIncludes) => include.evidence || include.articles;

export async function pagesFromReads(store: BasicReads, queries: readonly RelationshipPageQuery[]): Promise<RelationshipPage[]> {
  const [entities, lists] = await Promise.all([store.entitiesById(queries.map((q) => q.entityId)), store.relationshipsOf(queries)]);
  const pages = lists.map((list, i) => list.slice(queries[i].offset, queries[i].offset + queries[i].limit));
  const endIds = unique(pages.flatMap((page, i) => (queries[i].include.ends ? page.flatMap((r) => [r.from, r.to]) : [])));
  const subjects = unique(pages.flatMap((page, i) => (wantsEvidence(queries[i].include) ? page.map((r) => r.id) : [])));
  const [ends, evidence] = await Promise.all([
    endIds.length ? store.entitiesById(endIds) : [],
    subjects.length ? store.evidenceFor(subjects) : [],
  ]);
  const evidenceOf = new Map<string, Evidence[]>(subjects.map((subject, i) => [subject, evidence[i]]));
  const citedBy = (i: number) => pages[i].flatMap((r) => evidenceOf.get(r.id)!.map((e) => e.article));
  const articleIds = unique(queries.flatMap((q, i) => (q.include.articles ? citedBy(i) : [])));
  const articles = articleIds.length ? await store.entitiesById(articleIds) : [];
  const byId = new Map<string, IndexedEntity>();
  for (const entity of [...ends, ...articles]) if (entity) byId.set(entity.id, entity);
  const entitiesOf = (ids: Iterable<string>) => unique(ids).flatMap((id) => byId.get(id) ?? []);
  return queries.map(({ include }, i) => ({
    entity: entities[i],
    total: lists[i].length,
    relationships: pages[i],
    ends: include.ends ? entitiesOf(pages[i].flatMap((r) => [r.from, r.to])) : [],
    evidence: wantsEvidence(include) ? pages[i].map((r) => evidenceOf.get(r.id)!) : [],
    articles: include.articles ? entitiesOf(citedBy(i)) : [],
  }));
}
