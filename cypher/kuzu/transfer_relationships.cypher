// What the in-memory transfer index (src/store/kuzu/transferIndex.ts) is built from:
// every relationship of the types a transfer question reads, in one scan. A read written
// to a file (rows_to_file) takes no parameters, so the types are a list literal filled
// from the ontology's enum.
MATCH (a:Entity)-[r:Related]->(b:Entity)
WHERE r.type IN {{relationshipTypeList}}
RETURN r.id AS id, r.type AS type, a.id AS from, b.id AS to, r.properties AS properties
