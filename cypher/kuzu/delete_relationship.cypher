MATCH ()-[r:Related]->()
WHERE r.id = $id
DELETE r
