// Each entity with one page of its relationships (by type, then id) and, as each
// query asks, the entities at their ends, their evidence and the articles it cites:
// an entity's relationship list in one round trip. Keyed by the query's key; an
// id merged away is followed to its survivor (its Redirect).
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
  [x IN page | {from: startNode(x.r).id, to: endNode(x.r).id, type: type(x.r), properties: properties(x.r)}] AS relationships,
  CASE WHEN q.ends THEN [properties(a)] + [x IN page | properties(x.b)] ELSE [] END AS ends,
  evidence,
  COLLECT {
    UNWIND CASE WHEN q.articles THEN evidence ELSE [] END AS cited
    WITH DISTINCT cited.article AS article
    MATCH (n:Entity {id: article})
    RETURN properties(n)
  } AS articles
