// Kùzu indexes no relationship property: this scans the relationship table once for the whole batch.
MATCH (a:Entity)-[r:Related]->(b:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties
