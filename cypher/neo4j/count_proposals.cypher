// The filter of proposals.cypher, counted.
MATCH (p:Proposal)
WHERE ($state = '' OR p.state = $state) AND ($article = '' OR p.article = $article)
RETURN count(p) AS total
