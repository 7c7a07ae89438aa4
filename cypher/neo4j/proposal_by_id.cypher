MATCH (p:Proposal {id: $id})
RETURN p.id AS id, p.article AS article, p.type AS type, p.from AS from, p.to AS to, p.properties AS properties,
       p.quote AS quote, p.offsetStart AS offsetStart, p.offsetEnd AS offsetEnd, p.method AS method, p.confidence AS confidence,
       p.state AS state, p.change AS change, p.reviewedBy AS reviewedBy, p.reviewedAt AS reviewedAt
