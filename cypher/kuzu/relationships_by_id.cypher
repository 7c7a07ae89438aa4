// Kùzu indexes no relationship property: this scans the relationship table once for the
// whole batch (≈250 ms at 485,000 relationships, `kg generate --entities 100000`).
MATCH (a:Entity)-[r:Related]->(b:Entity)
WHERE r.id IN $ids
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties
