// One relationship's properties, found from its start by primary key and then the start's
// own relationships: Kùzu indexes no relationship id (see shortestPaths in kuzuStore.ts).
MATCH (a:Entity {id: $id})-[r:Related]->()
WHERE r.id = $relationship
RETURN r.properties AS properties
