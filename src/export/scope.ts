/**
 * What an export holds — a neighbourhood, the paths between two entities, or
 * the whole graph — read through the GraphStore port alone, so every store
 * exports alike. The graph reaches a format as pages of nodes, then pages of
 * edges, each edge with its sources, so the whole graph is never in memory:
 * it is listed a page of entities at a time, and each relationship is read
 * once, from the entity it starts at.
 */
import { RELATIONSHIP_TYPES, type RelationshipType } from "../domain/ontology.js";
import type { Evidence, IndexedEntity, Relationship } from "../domain/records.js";
import type { GraphStore } from "../store/port.js";

export type ExportScope =
  | { readonly kind: "neighbourhood"; readonly id: string; readonly depth: number; readonly limit: number; readonly types: readonly RelationshipType[] }
  | { readonly kind: "path"; readonly from: string; readonly to: string; readonly maxLength: number; readonly limit: number; readonly types: readonly RelationshipType[] }
  | { readonly kind: "graph" };

/** A source of an edge, with what a reader needs to reach the article. */
export interface ExportSource {
  readonly evidence: Evidence;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly title: string | null;
  /** The article's language code (vi, en, id, no): the language of the quote. */
  readonly language: string | null;
}

export interface ExportEdge {
  readonly relationship: Relationship;
  readonly sources: readonly ExportSource[];
}

/**
 * What a format receives: all node pages first, then all edge pages, then the
 * end. A node page comes with the sources of its entities' attributes.
 */
export interface ExportSink {
  nodes(page: readonly IndexedEntity[], sources: readonly ExportSource[]): Promise<void>;
  edges(page: readonly ExportEdge[]): Promise<void>;
  end(): Promise<void>;
}

export class ExportScopeError extends Error {}

/** The scope names an entity the graph does not hold. */
export class ExportNotFoundError extends ExportScopeError {}

/**
 * Subjects per evidence lookup. The embedded store finds evidence by scanning
 * it against the list of subjects, so a whole page's statements at once can
 * outlast the store's time budget on a large graph; small batches keep each
 * lookup short.
 */
const EVIDENCE_BATCH = 200;

async function evidenceOf(store: GraphStore, subjects: readonly string[]): Promise<Evidence[][]> {
  const found: Evidence[][] = [];
  for (let i = 0; i < subjects.length; i += EVIDENCE_BATCH) found.push(...(await store.evidenceFor(subjects.slice(i, i + EVIDENCE_BATCH))));
  return found;
}

/** Entities read per page of the whole graph: a few round trips per page, a page's relationships in memory. */
export const DEFAULT_PAGE_SIZE = 500;

type ArticleFacts = Omit<ExportSource, "evidence">;

const NO_FACTS: ArticleFacts = { url: null, publisher: null, published: null, title: null, language: null };

/**
 * What sources cite of each article, read once per export: an export cites
 * few articles, many times. Only those facts are kept, not the article's text.
 */
class ArticleCache {
  private readonly byId = new Map<string, ArticleFacts>();

  constructor(private readonly store: GraphStore) {}

  /** Reads the articles not read yet, in one round trip. */
  async load(evidence: readonly Evidence[]): Promise<void> {
    const missing = [...new Set(evidence.map((e) => e.article))].filter((id) => !this.byId.has(id));
    if (!missing.length) return;
    (await this.store.entitiesById(missing)).forEach((article, i) => {
      const attributes = article?.attributes ?? {};
      const text = (name: string) => (typeof attributes[name] === "string" ? (attributes[name] as string) : null);
      this.byId.set(missing[i]!, {
        url: text("url"), publisher: text("publisher"), published: text("published"), title: text("title"), language: text("language"),
      });
    });
  }

  source(evidence: Evidence): ExportSource {
    return { evidence, ...(this.byId.get(evidence.article) ?? NO_FACTS) };
  }
}

/** The relationships with their sources: a few round trips for the page, however many relationships it holds. */
async function withSources(store: GraphStore, articles: ArticleCache, relationships: readonly Relationship[]): Promise<ExportEdge[]> {
  if (!relationships.length) return [];
  const evidence = await evidenceOf(store, relationships.map((r) => r.id));
  await articles.load(evidence.flat());
  return relationships.map((relationship, i) => ({ relationship, sources: evidence[i]!.map((e) => articles.source(e)) }));
}

async function entitySources(store: GraphStore, articles: ArticleCache, nodes: readonly IndexedEntity[]): Promise<ExportSource[]> {
  const evidence = (await evidenceOf(store, nodes.map((n) => n.id))).flat();
  await articles.load(evidence);
  return evidence.map((e) => articles.source(e));
}

async function writeSubgraph(store: GraphStore, nodes: readonly IndexedEntity[], relationships: readonly Relationship[], sink: ExportSink) {
  const articles = new ArticleCache(store);
  await sink.nodes(nodes, await entitySources(store, articles, nodes));
  await sink.edges(await withSources(store, articles, relationships));
}

async function exportNeighbourhood(store: GraphStore, scope: Extract<ExportScope, { kind: "neighbourhood" }>, sink: ExportSink) {
  const graph = await store.neighbourhood(scope);
  if (!graph) throw new ExportNotFoundError(`No entity has the id ${scope.id}`);
  const nodes = (await store.entitiesById(graph.nodes.map((n) => n.id))).filter((n): n is IndexedEntity => n !== null);
  await writeSubgraph(store, nodes, graph.edges, sink);
}

async function exportPaths(store: GraphStore, scope: Extract<ExportScope, { kind: "path" }>, sink: ExportSink) {
  const ends = await store.entitiesById([scope.from, scope.to]);
  ends.forEach((e, i) => {
    if (!e) throw new ExportNotFoundError(`No entity has the id ${i === 0 ? scope.from : scope.to}`);
  });
  const paths = await store.shortestPaths(scope);
  const ids = [...new Set([ends[0]!.id, ends[1]!.id, ...paths.flatMap((p) => p.nodes)])];
  const relationships = new Map(paths.flatMap((p) => p.relationships).map((r) => [r.id, r]));
  const nodes = (await store.entitiesById(ids)).filter((n): n is IndexedEntity => n !== null);
  await writeSubgraph(store, nodes, [...relationships.values()], sink);
}

async function* entityPages(store: GraphStore, pageSize: number): AsyncGenerator<IndexedEntity[]> {
  for (let offset = 0; ; offset += pageSize) {
    const ids = await store.listEntities({ kinds: [], limit: pageSize, offset });
    if (!ids.length) return;
    yield (await store.entitiesById(ids)).filter((n): n is IndexedEntity => n !== null);
    if (ids.length < pageSize) return;
  }
}

async function exportWholeGraph(store: GraphStore, sink: ExportSink, pageSize: number) {
  const articles = new ArticleCache(store);
  for await (const page of entityPages(store, pageSize)) await sink.nodes(page, await entitySources(store, articles, page));
  for await (const page of entityPages(store, pageSize)) {
    const outgoing = await store.relationshipsOf(page.map((n) => ({ entityId: n.id, types: RELATIONSHIP_TYPES, direction: "OUT" as const })));
    await sink.edges(await withSources(store, articles, outgoing.flat()));
  }
}

/** Reads the scope from the store into the sink, then ends the sink. */
export async function exportGraph(store: GraphStore, scope: ExportScope, sink: ExportSink, pageSize = DEFAULT_PAGE_SIZE): Promise<void> {
  if (scope.kind === "neighbourhood") await exportNeighbourhood(store, scope, sink);
  else if (scope.kind === "path") await exportPaths(store, scope, sink);
  else await exportWholeGraph(store, sink, pageSize);
  await sink.end();
}
