MERGE (r:Redirect {id: $id})
SET r.target = $target
