MATCH (a:Entity)-[r:Related]->(b:Entity)
WHERE r.id = $id
RETURN r.id AS id, r.type AS type, a.id AS from, b.id AS to, r.properties AS properties, r.origin AS origin
