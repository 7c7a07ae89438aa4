MATCH ()-[r]->()
RETURN label(r) AS key, count(*) AS count
