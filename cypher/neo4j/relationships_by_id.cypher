// Statement ids name no type, so the pattern lists every type: the planner seeks
// each type's index on r.id (relationship_index) and unions the hits.
UNWIND $ids AS asked
MATCH (a:Entity)-[r:{{relationshipTypes}}]->(b:Entity)
WHERE r.id = asked
RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS properties
