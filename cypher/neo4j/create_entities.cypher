// Bulk import into a store that holds none of the origin's items: CREATE skips
// the lookup MERGE makes per row; the id constraint still refuses a duplicate.
UNWIND $rows AS row
CREATE (n:Entity:{{label}})
SET n = row, n.origin = $origin
