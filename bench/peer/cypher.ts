/**
 * Hand-written Cypher for the query mix: the `@cypher` fields of the peer's
 * schema, and — wrapped into one statement per request — the raw-Cypher
 * baseline. Each gives the answer our API gives: the same ordering (type then
 * id, tier then id, nearest then id) and the same limits, so answers can be
 * compared id for id. `{{types}}` is the traversal types, filled from the ontology.
 */
import { TRAVERSAL_TYPES } from "../../src/domain/ontology.js";

/** `this`: the entity; $first: page size. Accepted sources, by article then id, as our API lists them. */
const links = `MATCH (this)-[r]-(o:Entity)
WITH r, o ORDER BY type(r), r.id LIMIT $first
RETURN {
  id: r.id, type: type(r), direction: CASE WHEN startNode(r) = this THEN 'OUT' ELSE 'IN' END,
  node: {id: o.id, name: o.name},
  sources: COLLECT {
    MATCH (e:Evidence {subject: r.id}) WHERE e.reviewState = 'accepted'
    OPTIONAL MATCH (a:Entity {id: e.article})
    WITH e, a ORDER BY e.article, e.id
    RETURN {quote: e.quote, gloss: e.gloss, title: a.title, publisher: a.publisher}
  }
} AS link`;

const linkCount = "RETURN COUNT { (this)-[]-(:Entity) } AS count";

/** The full-text index finds candidates; the same containment tests as our store's decide and rank them. */
const search = `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n
WITH n, size([w IN $words WHERE n.searchText CONTAINS w]) AS matchedWords
WHERE matchedWords >= $required
WITH n, matchedWords, CASE WHEN n.searchText CONTAINS $exact THEN 0 WHEN any(q IN $qualified WHERE n.searchText CONTAINS q) THEN 1
  WHEN n.searchText CONTAINS $prefix THEN 2 ELSE 3 END AS tier
ORDER BY matchedWords DESC, tier, n.id LIMIT $first
RETURN {id: n.id, name: n.name, kind: n.kind, tier: tier} AS hit`;

/** Of all shortest paths up to 6 hops, the first by node ids then relationship ids, as our API picks it. */
const path = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{types}}*..6]-(b))
WITH [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS rels
ORDER BY nodes, rels LIMIT 1
RETURN {nodes: nodes} AS path`;

/**
 * Two hops, nearest first then by id, up to $limit nodes; edges are those met
 * while expanding (from the centre, then from the first ring unless it was cut)
 * whose ends are both kept — our API's neighbourhood, in one statement. Each hop
 * groups the relationships found by their far end, beside the nodes already
 * kept, so one aggregation tells a far end kept or new: the way our store
 * writes it, as testing each end against a list of ids scans the list.
 */
const neighbourhood = `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r:{{types}}]-(n:Entity)
  WITH n, collect(r) AS found ORDER BY n.id
  RETURN collect(CASE WHEN n = c THEN found END) AS toCentre, collect(CASE WHEN n <> c THEN {n: n, found: found} END) AS reached1
}
WITH c, toCentre, reached1[..$limit - 1] AS next1, size(reached1) >= $limit AS cut1
WITH c, [x IN next1 | x.n] AS ring1, cut1, COLLECT { UNWIND toCentre + [x IN next1 | x.found] AS found UNWIND found AS r RETURN r } AS edges1
CALL (c, ring1, cut1) {
  CALL (c, ring1, cut1) {
    UNWIND [c] + ring1 AS n
    RETURN n, 1 AS old, null AS r
    UNION ALL
    UNWIND CASE WHEN cut1 THEN [] ELSE ring1 END AS f
    MATCH (f)-[r:{{types}}]-(n:Entity)
    RETURN n, 0 AS old, r
  }
  WITH n, max(old) = 1 AS wasKept, collect(r) AS found ORDER BY n.id
  RETURN collect(CASE WHEN wasKept THEN found END) AS toKept, collect(CASE WHEN NOT wasKept THEN {n: n, found: found} END) AS reached2
}
WITH c, ring1, cut1, edges1, toKept, reached2, $limit - 1 - size(ring1) AS room
WITH [c] + ring1 + [x IN reached2[..room] | x.n] AS nodes, cut1 OR size(reached2) > room AS truncated,
     edges1 + COLLECT { UNWIND toKept + [x IN reached2[..room] | x.found] AS found UNWIND found AS r RETURN r } AS edges
CALL (edges) {
  UNWIND edges AS r
  WITH DISTINCT r ORDER BY r.id
  RETURN collect({id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r)}) AS once
}
RETURN {truncated: truncated, nodes: [n IN nodes | {id: n.id, label: n.name, kind: n.kind}], edges: once} AS graph`;

/** A statement with its `{{types}}` filled: every traversal type of the ontology. */
export const withTraversalTypes = (text: string) => text.replaceAll("{{types}}", TRAVERSAL_TYPES.join("|"));

/** Agreements whose recipient is the country or based in it, and their transfers, by agreement then id. */
const transfersTo = `MATCH (c:Entity {id: $country})
CALL (c) {
  MATCH (c)-[p:PARTY_TO]->(a:Entity) WHERE p.role = 'RECIPIENT' RETURN a
  UNION
  MATCH (c)<-[:BASED_IN]-(:Entity)-[p:PARTY_TO]->(a:Entity) WHERE p.role = 'RECIPIENT' RETURN a
}
WITH DISTINCT a
MATCH (a)-[t:TRANSFERS]->(product:Entity)
WITH a, t, product ORDER BY a.id, t.id
WITH collect({a: a, product: product}) AS rows
WITH size(rows) AS totalCount, rows[..$first] AS page`;

const providersOf = "COLLECT { MATCH (a)<-[p:PARTY_TO]-(provider:Entity) WHERE p.role = 'PROVIDER' WITH provider, p ORDER BY p.id RETURN provider.id }";

/** The first page of the transfers to a country, with the count of all, as one value: the peer's `@cypher` field. */
const peerTransfers = `${transfersTo}
CALL (page) {
  UNWIND page AS x
  WITH x.a AS a, x.product AS product
  RETURN collect({from: {id: a.id, name: a.name}, to: {id: product.id, name: product.name}, providers: ${providersOf}}) AS edges
}
RETURN {totalCount: totalCount, edges: edges} AS page`;

export const PEER_CYPHER = { links, linkCount, search, path, neighbourhood, transfers: peerTransfers } as const;

/** The same page as rows, one per transfer, each row carrying the count of all. */
const transfers = `${transfersTo}
UNWIND page AS x
WITH totalCount, x.a AS a, x.product AS product
RETURN totalCount, {id: a.id, name: a.name} AS from, {id: product.id, name: product.name} AS to, ${providersOf} AS providers`;

/** One statement per request of the mix, through neo4j-driver: the baseline a GraphQL layer adds to. */
export const RAW_CYPHER = {
  entity: `MATCH (this:Entity {id: $id})
RETURN this.id AS id, this.name AS name, this.kind AS kind, COUNT { (this)-[]-(:Entity) } AS totalCount,
  COLLECT { ${links} } AS links`,
  search,
  neighbourhood,
  path,
  transfers,
  batch200: "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id, n.name AS name, n.kind AS kind",
} as const;
