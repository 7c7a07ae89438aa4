UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
SET e.subject = row.subject, e.article = row.article, e.quote = row.quote, e.gloss = row.gloss,
    e.method = row.method, e.confidence = row.confidence, e.reviewState = row.reviewState, e.origin = $origin
