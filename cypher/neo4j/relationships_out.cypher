MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
RETURN a.id AS key, a.id AS from, b.id AS to, type(r) AS type, properties(r) AS properties
