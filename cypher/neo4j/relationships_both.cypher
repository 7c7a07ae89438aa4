MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids AND type(r) IN $types
RETURN a.id AS key, startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, properties(r) AS properties
