MATCH (r:Redirect)
WHERE r.id IN $ids
RETURN r.id AS id, r.target AS target
