MATCH ()-[r]->()
WHERE r.id = $id
DELETE r
