MATCH (n:Entity)
WHERE n.id IN $ids
RETURN properties(n) AS node
