MATCH (b:Entity {id: $id})<-[r:Related]-(a:Entity)
RETURN r.id AS id, r.type AS type, a.id AS from, $id AS to, r.properties AS properties, r.origin AS origin
