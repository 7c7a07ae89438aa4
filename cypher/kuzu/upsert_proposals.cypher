// A re-ingest refreshes what the article says and leaves a curator's review alone.
UNWIND $rows AS row
MERGE (p:Proposal {id: row.id})
ON CREATE SET p.state = row.state, p.change = row.change, p.reviewedBy = '', p.reviewedAt = ''
SET p.article = row.article, p.type = row.type, p.from = row.from, p.to = row.to, p.properties = row.properties,
    p.quote = row.quote, p.offsetStart = CAST(row.offsetStart AS INT64), p.offsetEnd = CAST(row.offsetEnd AS INT64), p.method = row.method, p.confidence = CAST(row.confidence AS DOUBLE)
