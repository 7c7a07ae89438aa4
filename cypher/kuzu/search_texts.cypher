// What the in-memory name index (src/store/kuzu/searchIndex.ts) is built from.
MATCH (n:Entity)
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.searchText AS searchText
