// One entity per call, found by primary key (see entity_by_id); the relationship comes
// back whole: its _src tells which end `a` is.
MATCH (a:Entity {id: $id})<-[r]-(b:Entity)
WHERE label(r) IN $types
RETURN a.id AS key, id(a) AS keyNode, b.id AS other, label(r) AS type, r AS rel
