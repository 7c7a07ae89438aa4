MATCH (a:Entity)-[r]->(b:Entity {id: $id})
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties, r.origin AS origin
