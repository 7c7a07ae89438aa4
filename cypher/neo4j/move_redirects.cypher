MATCH (r:Redirect)
WHERE r.target = $from
SET r.target = $to
