MATCH (n:Entity)
RETURN n.kind AS key, count(*) AS count
