// An id merged away answers with its survivor (its Redirect), in the same query.
UNWIND $ids AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (n:Entity {id: coalesce(x.target, asked)})
RETURN asked, properties(n) AS node
