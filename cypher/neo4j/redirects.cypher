MATCH (r:Redirect)
RETURN r.id AS id, r.target AS target
ORDER BY id
