MATCH ()-[r:Related]->()
WHERE r.origin = $origin AND NOT r.id IN $keep
DELETE r
