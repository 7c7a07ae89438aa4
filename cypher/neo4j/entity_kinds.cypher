MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind
