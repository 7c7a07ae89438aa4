// Found from its start, by primary key and then the start's own relationships: Kùzu indexes
// no relationship id, and a scan of the table took about 2 s at 10^6 entities.
MATCH (a:Entity {id: $from})-[r:Related]->()
WHERE r.id = $id
DELETE r
