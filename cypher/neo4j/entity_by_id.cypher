// The live entity with this id; curation reads it inside its transaction, and a merged id is not followed.
MATCH (n:Entity {id: $id})
RETURN properties(n) AS node
