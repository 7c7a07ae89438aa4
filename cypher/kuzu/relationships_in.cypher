// One entity per call, found by primary key (see entity_by_id), then its adjacency list.
MATCH (a:Entity {id: $id})<-[r:Related]-()
WHERE r.type IN $types
RETURN $id AS key, r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties
