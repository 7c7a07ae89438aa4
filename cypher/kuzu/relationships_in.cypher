// One entity per call, found by primary key (see entity_by_id), then its adjacency list.
MATCH (a:Entity {id: $id})<-[r:Related]-(b:Entity)
WHERE r.type IN $types
RETURN $id AS key, r.id AS id, r.type AS type, b.id AS from, $id AS to, r.properties AS properties
