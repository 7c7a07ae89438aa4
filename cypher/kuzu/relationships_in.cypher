// The relationship comes back whole: its _src tells which end `a` is.
MATCH (a:Entity)<-[r]-(b:Entity)
WHERE a.id IN $ids AND label(r) IN $types
RETURN a.id AS key, id(a) AS keyNode, b.id AS other, label(r) AS type, r AS rel
