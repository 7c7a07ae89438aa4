MATCH (c:Candidate {id: $id})
RETURN c.id AS id, c.article AS article, c.kind AS kind, c.name AS name, c.language AS language, c.quote AS quote,
       c.offsetStart AS offsetStart, c.offsetEnd AS offsetEnd, c.state AS state, c.entity AS entity, c.reviewedBy AS reviewedBy, c.reviewedAt AS reviewedAt
