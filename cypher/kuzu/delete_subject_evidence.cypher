MATCH (s:SubjectEvidence {subject: $id})
DELETE s
