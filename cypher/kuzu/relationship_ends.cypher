// What the in-memory adjacency index (src/store/kuzu/adjacencyIndex.ts) is built from:
// every relationship's id, type and ends, without its properties, in one scan.
MATCH (a:Entity)-[r:Related]->(b:Entity)
RETURN r.id AS id, r.type AS type, a.id AS from, b.id AS to
