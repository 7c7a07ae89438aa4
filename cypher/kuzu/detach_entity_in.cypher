// An entity's relationships entering it, deleted before the entity itself (see detach_entity_out).
MATCH (n:Entity {id: $id})<-[r:Related]-()
DELETE r
