MATCH (e:Evidence)
WHERE e.origin = $origin AND NOT e.id IN $keep
DELETE e
