MATCH (m:Mention)
WHERE m.article = $article
RETURN m.id AS id, m.article AS article, m.entity AS entity, m.offsetStart AS offsetStart, m.offsetEnd AS offsetEnd, m.surface AS surface, m.quote AS quote
ORDER BY offsetStart, entity
