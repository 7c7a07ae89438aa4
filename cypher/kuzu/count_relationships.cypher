MATCH ()-[r:Related]->()
RETURN r.type AS key, count(*) AS count
