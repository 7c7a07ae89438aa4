UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row, n:{{label}}, n.origin = $origin
