MATCH (a:Entity)-[r:Related]->()
WHERE r.origin = $origin
RETURN r.id AS id, a.id AS from
ORDER BY id
