MATCH (p:Proposal)
WHERE p.article = $article AND NOT p.id IN $keep AND p.state = 'proposed'
DELETE p
