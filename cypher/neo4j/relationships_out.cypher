// Keyed by the id asked; one merged away is followed to its survivor (its Redirect).
UNWIND $ids AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (a:Entity {id: coalesce(x.target, asked)})-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN asked AS key, a.id AS from, b.id AS to, type(r) AS type, properties(r) AS properties
