// Ends merged away are followed to their survivors (their Redirects).
OPTIONAL MATCH (x:Redirect {id: $from})
OPTIONAL MATCH (y:Redirect {id: $to})
WITH coalesce(x.target, $from) AS from, coalesce(y.target, $to) AS to
MATCH (a:Entity {id: from}), (b:Entity {id: to})
MATCH p = allShortestPaths((a)-[:{{relationshipTypes}}*..{{maxLength}}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS rels
LIMIT $limit
