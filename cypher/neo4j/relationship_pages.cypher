// Each entity with one page of its relationships (by type, then id) and, as each
// query asks, their properties (else only their ids), the entities at their ends
// (whole, or only id, kind and name), their evidence and the articles it cites
// (whole, or only what a citation shows): an entity's relationship list in one
// round trip, no bigger than its reader needs.
// Keyed by the query's key; an id merged away is followed to its survivor (its Redirect).
UNWIND $queries AS q
OPTIONAL MATCH (x:Redirect {id: q.id})
MATCH (a:Entity {id: coalesce(x.target, q.id)})
WITH q, a, COLLECT {
  MATCH (a)-[r]-(b:Entity)
  WHERE type(r) IN q.types AND (q.direction = 'BOTH' OR (startNode(r) = a) = (q.direction = 'OUT'))
  WITH r, b ORDER BY type(r), r.id
  RETURN {r: r, b: b}
} AS listed
WITH q, a, size(listed) AS total, listed[q.offset..q.offset + q.limit] AS page
WITH q, a, total, page, COLLECT {
  UNWIND [x IN page WHERE q.evidence | x.r.id] AS subject
  MATCH (e:Evidence {subject: subject})
  RETURN e {.subject, .id, .article, .quote, .gloss, .method, .confidence, .reviewState}
} AS evidence
RETURN q.key AS key, properties(a) AS entity, total,
  [x IN page | {from: startNode(x.r).id, to: endNode(x.r).id, type: type(x.r),
                properties: CASE WHEN q.properties THEN properties(x.r) ELSE {id: x.r.id} END}] AS relationships,
  CASE q.ends
    WHEN 'whole' THEN [properties(a)] + [x IN page | properties(x.b)]
    WHEN 'summaries' THEN [{id: a.id, kind: a.kind, name: a.name}] + [x IN page | {id: x.b.id, kind: x.b.kind, name: x.b.name}]
    ELSE []
  END AS ends,
  evidence,
  COLLECT {
    UNWIND CASE WHEN q.articles = 'none' THEN [] ELSE evidence END AS cited
    WITH DISTINCT cited.article AS article
    MATCH (n:Entity {id: article})
    RETURN CASE q.articles WHEN 'whole' THEN properties(n) ELSE n {.id, .title, .publisher, .url, .language, .published, .yearBasis} END
  } AS articles
