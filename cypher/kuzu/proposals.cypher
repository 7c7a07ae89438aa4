// An empty $state or $article filters nothing: no state or article id is empty.
MATCH (p:Proposal)
WHERE ($state = '' OR p.state = $state) AND ($article = '' OR p.article = $article)
RETURN p.id AS id, p.article AS article, p.type AS type, p.from AS from, p.to AS to, p.properties AS properties,
       p.quote AS quote, p.offsetStart AS offsetStart, p.offsetEnd AS offsetEnd, p.method AS method, p.confidence AS confidence,
       p.state AS state, p.change AS change, p.reviewedBy AS reviewedBy, p.reviewedAt AS reviewedAt
ORDER BY article, offsetStart, type, id
SKIP $offset LIMIT $limit
