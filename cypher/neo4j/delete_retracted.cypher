MATCH (x:Retracted {id: $id})
DELETE x
