// An empty $subject asks for every change: no id is empty.
MATCH (c:Change)
WHERE $subject = '' OR c.subject = $subject OR c.merged = $subject
RETURN c.id AS id, c.actor AS actor, c.at AS at, c.action AS action, c.subject AS subject, c.summary AS summary, c.seq AS seq
ORDER BY at DESC, seq DESC
SKIP $offset LIMIT $limit
