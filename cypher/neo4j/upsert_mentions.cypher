UNWIND $rows AS row
MERGE (m:Mention {id: row.id})
SET m.article = row.article, m.entity = row.entity, m.offsetStart = toInteger(row.offsetStart), m.offsetEnd = toInteger(row.offsetEnd),
    m.surface = row.surface, m.quote = row.quote
