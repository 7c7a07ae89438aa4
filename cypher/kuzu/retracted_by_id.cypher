MATCH (x:Retracted {id: $id})
RETURN x.id AS id
