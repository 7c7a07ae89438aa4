UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n.kind = row.kind, n.name = row.name, n.names = row.names, n.aliases = row.aliases,
    n.attributes = row.attributes, n.searchText = row.searchText, n.dateStart = row.dateStart,
    n.dateEnd = row.dateEnd, n.dateQuality = row.dateQuality, n.labels = row.labels, n.origin = $origin
