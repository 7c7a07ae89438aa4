// What the in-memory transfer index (src/store/kuzu/transferIndex.ts) is built from:
// every relationship of the types a transfer question reads, in one scan.
MATCH ()-[r:Related]->()
WHERE r.type IN $types
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties
