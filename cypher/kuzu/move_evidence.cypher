// Evidence of the entity itself; a relationship's evidence names the relationship, which keeps its id.
MATCH (e:Evidence)
WHERE e.subject = $from
SET e.subject = $to
