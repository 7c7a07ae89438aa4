MATCH (c:Candidate {id: $id})
SET c.state = $state, c.entity = $outcome, c.reviewedBy = $actor, c.reviewedAt = $at
RETURN c.id AS id
