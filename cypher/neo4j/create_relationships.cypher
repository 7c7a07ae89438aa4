// Bulk import into a store that holds none of the origin's items (see create_entities).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:{{relationshipType}}]->(b)
SET r = row.properties, r.id = row.id, r.origin = $origin
