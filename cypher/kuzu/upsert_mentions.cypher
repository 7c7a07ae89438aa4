UNWIND $rows AS row
MERGE (m:Mention {id: row.id})
SET m.article = row.article, m.entity = row.entity, m.offsetStart = CAST(row.offsetStart AS INT64), m.offsetEnd = CAST(row.offsetEnd AS INT64),
    m.surface = row.surface, m.quote = row.quote
