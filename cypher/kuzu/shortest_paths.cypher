// Kùzu cannot take a parameter inside a recursive pattern's predicate, so the types
// followed are a list literal filled from the ontology's enum.
MATCH p = (a:Entity {id: $from})-[:Related* ALL SHORTEST 1..{{maxLength}} (r, n | WHERE r.type IN {{relationshipTypeList}})]-(b:Entity {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS rels
LIMIT $limit
