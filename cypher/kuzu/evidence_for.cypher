MATCH (e:Evidence)
WHERE e.subject IN $subjects
RETURN e.id AS id, e.subject AS subject, e.article AS article, e.quote AS quote, e.gloss AS gloss,
       e.method AS method, e.confidence AS confidence, e.reviewState AS reviewState
