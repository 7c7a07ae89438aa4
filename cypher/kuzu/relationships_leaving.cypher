MATCH (a:Entity {id: $id})-[r:Related]->(b:Entity)
RETURN r.id AS id, r.type AS type, $id AS from, b.id AS to, r.properties AS properties, r.origin AS origin
