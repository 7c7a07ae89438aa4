UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e = row, e.origin = $origin
