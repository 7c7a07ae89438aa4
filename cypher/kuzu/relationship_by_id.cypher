MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id = $id
RETURN r.id AS id, label(r) AS type, a.id AS from, b.id AS to, r.properties AS properties, r.origin AS origin
