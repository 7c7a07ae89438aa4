// One relationship per call, its ends found by primary key (see src/store/kuzu/steps.ts);
// the type comes from the write plan's slot (an ontology enum), like every store's.
// It answers the relationship's id, so a call whose ends are missing is known to have
// written nothing (src/store/kuzu/indexChanges.ts).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:Related {id: $id}]->(b)
SET r.type = '{{relationshipType}}', r.properties = $properties, r.origin = $origin
RETURN r.id AS id
