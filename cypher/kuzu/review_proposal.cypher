MATCH (p:Proposal {id: $id})
SET p.state = $state, p.change = $outcome, p.reviewedBy = $actor, p.reviewedAt = $at
RETURN p.id AS id
