UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:{{relationshipType}} {id: row.id}]->(b)
SET r.properties = row.properties, r.origin = $origin
