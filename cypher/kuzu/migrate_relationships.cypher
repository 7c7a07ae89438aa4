// Moves one type's rows of a store written before the shared Related table (see migrate.ts).
MATCH (a:Entity)-[r:{{relationshipType}}]->(b:Entity)
CREATE (a)-[:Related {type: '{{relationshipType}}', id: r.id, properties: r.properties, origin: r.origin}]->(b)
