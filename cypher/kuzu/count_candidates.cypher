// The filter of candidates.cypher, counted.
MATCH (c:Candidate)
WHERE ($state = '' OR c.state = $state) AND ($article = '' OR c.article = $article)
RETURN count(c) AS total
