MATCH (x:Retracted)
RETURN x.id AS id
ORDER BY id
