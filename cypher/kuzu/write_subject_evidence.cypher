// Each row a whole subject's evidence, gathered by the adapter (src/store/kuzu/evidence.ts).
UNWIND $rows AS row
MERGE (s:SubjectEvidence {subject: row.subject})
SET s.items = row.items
