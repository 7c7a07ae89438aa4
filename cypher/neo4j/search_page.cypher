// The page alone, a row a hit (see search_matches and search_total): ranking
// stops at the page's last hit, where counting sorts every match. At 10^6
// entities a first name's 3,600 matches take 12 ms so, 15 ms counted.
SKIP $offset LIMIT $limit
RETURN n.id AS id, matchedWords, tier,
       CASE WHEN $wholeEntities THEN properties(n) ELSE {id: n.id, kind: n.kind, name: n.name} END AS node
