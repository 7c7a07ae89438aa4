MATCH (n:Entity)
WHERE n.origin = $origin
RETURN n.id AS id
ORDER BY id
