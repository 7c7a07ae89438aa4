// Relationships no evidence supports: the data-quality figure `kg stats` reports.
MATCH ()-[r]->()
WHERE NOT EXISTS { MATCH (e:Evidence {subject: r.id}) }
RETURN count(*) AS count
