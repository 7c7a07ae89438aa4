// Ends merged away are followed to their survivors (their Redirects).
OPTIONAL MATCH (x:Redirect {id: $from})
OPTIONAL MATCH (y:Redirect {id: $to})
WITH coalesce(x.target, $from) AS from, coalesce(y.target, $to) AS to
MATCH (a:Entity {id: from}), (b:Entity {id: to})
MATCH p = allShortestPaths((a)-[:{{relationshipTypes}}*..{{maxLength}}]-(b))
// The embedded store sees as many paths; both then take the first by node ids, then relationship ids.
WITH p LIMIT $considered
WITH p, [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS relationshipIds
ORDER BY nodes, relationshipIds
LIMIT $limit
RETURN nodes, [n IN nodes(p) | CASE WHEN $wholeEntities THEN properties(n) ELSE {id: n.id, kind: n.kind, name: n.name} END] AS entities,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                 properties: CASE WHEN $relationshipProperties THEN properties(r) ELSE {id: r.id} END}] AS rels
