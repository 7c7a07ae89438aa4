// Each direction is its own query: UNION ALL with parameters crashes Kùzu 0.11.
MATCH (a:Entity {id: $id})-[r]->(b:Entity)
RETURN r.id AS id, label(r) AS type, a.id AS from, b.id AS to, r.properties AS properties, r.origin AS origin
