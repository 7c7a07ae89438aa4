// The matches of a search, ranked (followed by search_total or search_page): the
// full-text index finds the candidates (each driving word as a prefix, any of
// them); the same CONTAINS tests as on the embedded store then decide the match:
// at least $required of the query's words held, ranked by words held, then tier.
// $kinds is null when every kind is asked for: the test would read each
// candidate's kind for nothing (a tenth of the statement at 10^6 entities).
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n
WITH n, size([w IN $words WHERE n.searchText CONTAINS w]) AS matchedWords
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND matchedWords >= $required
WITH n, matchedWords,
     CASE WHEN n.searchText CONTAINS $exact THEN 0
          WHEN any(q IN $qualified WHERE n.searchText CONTAINS q) THEN 1
          WHEN n.searchText CONTAINS $prefix THEN 2 ELSE 3 END AS tier
ORDER BY matchedWords DESC, tier, n.id
