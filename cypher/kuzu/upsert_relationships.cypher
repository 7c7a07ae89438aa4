// The type comes from the write plan's slot (an ontology enum), like every store's.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:Related {id: row.id}]->(b)
SET r.type = '{{relationshipType}}', r.fromId = row.from, r.toId = row.to, r.properties = row.properties, r.origin = $origin
