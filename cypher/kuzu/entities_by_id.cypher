MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.names AS names, n.aliases AS aliases,
       n.attributes AS attributes, n.searchText AS searchText, n.dateStart AS dateStart,
       n.dateEnd AS dateEnd, n.dateQuality AS dateQuality
