// What the in-memory transfer index (src/store/kuzu/transferIndex.ts) is built from:
// every relationship of the types a transfer question reads, in one scan. A read written
// to a file (rows_to_file) takes no parameters, so the types are a list literal filled
// from the ontology's enum.
MATCH ()-[r:Related]->()
WHERE r.type IN {{relationshipTypeList}}
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties
