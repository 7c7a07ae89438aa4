MATCH ()-[r:Related]->()
WHERE r.origin = $origin
RETURN r.id AS id, r.fromId AS from
ORDER BY id
