// Whether any entity carries the origin; stops at the first one found.
MATCH (n:Entity)
WHERE n.origin = $origin
RETURN n.id AS id
LIMIT 1
