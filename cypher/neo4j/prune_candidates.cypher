MATCH (c:Candidate)
WHERE c.article = $article AND NOT c.id IN $keep AND c.state = 'proposed'
DELETE c
