// One subject per call: a primary-key probe (see entity_by_id).
MATCH (s:SubjectEvidence {subject: $id})
RETURN s.subject AS subject, s.items AS items
