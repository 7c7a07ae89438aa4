MATCH ()-[r:Related]->()
WHERE r.id = $id
RETURN r.id AS id, r.type AS type, r.fromId AS from, r.toId AS to, r.properties AS properties, r.origin AS origin
