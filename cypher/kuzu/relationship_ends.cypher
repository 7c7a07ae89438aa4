// What the in-memory adjacency index (src/store/kuzu/adjacencyIndex.ts) is built from:
// every relationship's id, type and ends, without its properties, in one scan.
MATCH ()-[r:Related]->()
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to
