// Each row a whole subject's evidence, gathered by the adapter (src/store/kuzu/steps.ts).
// Numbers in a list parameter arrive as text (numbersAsText in src/store/kuzu/parameters.ts): the cast to
// the column's type turns the confidence back into a number.
UNWIND $rows AS row
MERGE (s:SubjectEvidence {subject: row.subject})
SET s.items = CAST(row.items AS STRUCT(id STRING, article STRING, quote STRING, gloss STRING, method STRING, confidence DOUBLE, reviewState STRING, origin STRING)[])
