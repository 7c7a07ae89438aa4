// Bulk import into a store that holds none of the origin's items (see create_entities).
UNWIND $rows AS row
CREATE (e:Evidence)
SET e = row, e.origin = $origin
