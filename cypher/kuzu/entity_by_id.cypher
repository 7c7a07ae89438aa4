// One id per call: a primary-key probe. Kùzu plans `id IN $ids` as a scan of the whole
// table (≈0.5 s for 200 ids at 10^6 entities), while a probe costs ≈0.2 ms whatever the size.
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.kind AS kind, n.name AS name, n.names AS names, n.aliases AS aliases,
       n.attributes AS attributes, n.searchText AS searchText, n.dateStart AS dateStart,
       n.dateEnd AS dateEnd, n.dateQuality AS dateQuality, n.labels AS labels
