// entities_by_id for a reader that needs only an entity's id, kind and name.
UNWIND $ids AS asked
OPTIONAL MATCH (x:Redirect {id: asked})
MATCH (n:Entity {id: coalesce(x.target, asked)})
RETURN asked, n.id AS id, n.kind AS kind, n.name AS name
