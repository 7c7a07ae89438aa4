// Relationships no evidence supports: the data-quality figure `kg stats` reports.
MATCH ()-[r:Related]->()
WHERE NOT EXISTS { MATCH (s:SubjectEvidence) WHERE s.subject = r.id }
RETURN count(*) AS count
