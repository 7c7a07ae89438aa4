MATCH (s:SubjectEvidence)
RETURN coalesce(sum(size(s.items)), 0) AS count
