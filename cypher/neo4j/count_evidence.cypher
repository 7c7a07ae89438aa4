MATCH (e:Evidence)
RETURN count(*) AS count
