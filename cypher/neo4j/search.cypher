// The full-text index finds the candidates (each word as a prefix); the same
// CONTAINS tests as on the embedded store then decide the match and its tier.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n
WITH n
WHERE n.kind IN $kinds AND all(w IN $words WHERE n.searchText CONTAINS w)
WITH n, n.id AS id,
     CASE WHEN n.searchText CONTAINS $exact THEN 0 WHEN n.searchText CONTAINS $prefix THEN 1 ELSE 2 END AS tier
ORDER BY tier, id
SKIP $offset LIMIT $limit
RETURN id, tier, properties(n) AS node
