MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{relationshipTypes}}*..{{maxLength}}]-(b))
RETURN [n IN nodes(p) | n.id] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS rels
LIMIT $limit
