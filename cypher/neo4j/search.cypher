// The full-text index finds the candidates (each driving word as a prefix, any of
// them); the same CONTAINS tests as on the embedded store then decide the match:
// at least $required of the query's words held, ranked by words held, then tier;
// each hit whole or, unless $wholeEntities, as its id, kind and name only. $kinds
// is null when every kind is asked for: the test would read each candidate's kind
// for nothing (a tenth of the statement at 10^6 entities).
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n
WITH n, size([w IN $words WHERE n.searchText CONTAINS w]) AS matchedWords
WHERE ($kinds IS NULL OR n.kind IN $kinds) AND matchedWords >= $required
WITH n, matchedWords,
     CASE WHEN n.searchText CONTAINS $exact THEN 0
          WHEN any(q IN $qualified WHERE n.searchText CONTAINS q) THEN 1
          WHEN n.searchText CONTAINS $prefix THEN 2 ELSE 3 END AS tier
ORDER BY matchedWords DESC, tier, n.id
WITH collect({n: n, matchedWords: matchedWords, tier: tier}) AS matches
RETURN size(matches) AS total,
       [m IN matches[$offset..$offset + $limit] | {id: m.n.id, matchedWords: m.matchedWords, tier: m.tier,
         node: CASE WHEN $wholeEntities THEN properties(m.n) ELSE {id: m.n.id, kind: m.n.kind, name: m.n.name} END}] AS hits
