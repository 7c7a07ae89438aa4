MATCH (m:Mention)
WHERE m.article = $article AND NOT m.id IN $keep
DELETE m
