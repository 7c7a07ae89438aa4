// Bulk import of evidence, gathered per subject as SubjectEvidence holds it. See copy_entities.
COPY SubjectEvidence FROM (
  LOAD WITH HEADERS (id STRING, subject STRING, article STRING, quote STRING, gloss STRING, method STRING, confidence DOUBLE, reviewState STRING, origin STRING)
  FROM <files> (HEADER=true, DELIM=',', QUOTE='"', ESCAPE='"', AUTO_DETECT=false, NULL_STRINGS=['\\N'], PARALLEL=true)
  RETURN subject, collect({id: id, article: article, quote: quote, gloss: gloss, method: method, confidence: confidence, reviewState: reviewState, origin: origin})
)
