MATCH ()-[r:Related]->()
WHERE r.origin = $origin
RETURN r.id AS id
ORDER BY id
