// One relationship's properties, found from its end by primary key and then the end's
// own relationships: Kùzu indexes no relationship id (see shortestPaths in kuzuStore.ts).
MATCH (a:Entity {id: $id})<-[r:Related]-()
WHERE r.id = $relationship
RETURN r.properties AS properties
