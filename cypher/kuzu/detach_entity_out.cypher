// An entity's relationships leaving it, deleted before the entity itself (see
// deleteEntities in src/store/kuzu/steps.ts for why not DETACH DELETE).
MATCH (n:Entity {id: $id})-[r:Related]->()
DELETE r
