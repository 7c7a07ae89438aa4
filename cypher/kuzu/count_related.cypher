MATCH ()-[r:Related]->()
RETURN count(*) AS count
