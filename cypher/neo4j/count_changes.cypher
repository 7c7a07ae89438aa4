// The filter of changes.cypher, counted.
MATCH (c:Change)
WHERE $subject = '' OR c.subject = $subject OR c.merged = $subject
RETURN count(c) AS total
