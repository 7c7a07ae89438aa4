MATCH p = (a:Entity {id: $from})-[:{{relationshipTypes}}* ALL SHORTEST 1..{{maxLength}}]-(b:Entity {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS rels
LIMIT $limit
