MATCH (n:Entity)
WHERE n.kind IN $kinds
RETURN n.id AS id
ORDER BY id
SKIP $offset LIMIT $limit
