MATCH (a:Entity)<-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
RETURN a.id AS key, b.id AS from, a.id AS to, type(r) AS type, properties(r) AS properties
