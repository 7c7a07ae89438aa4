// Every match counted, then the page: each hit whole or, unless $wholeEntities,
// as its id, kind and name only (see search_matches).
WITH collect({n: n, matchedWords: matchedWords, tier: tier}) AS matches
RETURN size(matches) AS total,
       [m IN matches[$offset..$offset + $limit] | {id: m.n.id, matchedWords: m.matchedWords, tier: m.tier,
         node: CASE WHEN $wholeEntities THEN properties(m.n) ELSE {id: m.n.id, kind: m.n.kind, name: m.n.name} END}] AS hits
