// A re-ingest refreshes what the article says and leaves a curator's review alone.
UNWIND $rows AS row
MERGE (c:Candidate {id: row.id})
ON CREATE SET c.state = row.state, c.entity = row.entity, c.reviewedBy = '', c.reviewedAt = ''
SET c.article = row.article, c.kind = row.kind, c.name = row.name, c.language = row.language, c.quote = row.quote,
    c.offsetStart = CAST(row.offsetStart AS INT64), c.offsetEnd = CAST(row.offsetEnd AS INT64)
