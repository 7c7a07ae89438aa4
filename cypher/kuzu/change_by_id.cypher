MATCH (c:Change {id: $id})
RETURN c.id AS id, c.actor AS actor, c.at AS at, c.action AS action, c.subject AS subject, c.summary AS summary,
       c.request AS request
