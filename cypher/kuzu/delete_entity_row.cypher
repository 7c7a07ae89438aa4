// An entity whose relationships detach_entity_out and detach_entity_in deleted.
MATCH (n:Entity {id: $id})
DELETE n
