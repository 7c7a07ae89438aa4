MATCH (n:Entity)
WHERE n.origin = $origin AND NOT n.id IN $keep
DETACH DELETE n
