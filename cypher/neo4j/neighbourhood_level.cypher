// One hop of a neighbourhood (see neighbourhood_centre): the frontier's
// relationships; the ends not yet kept, by id, as many as there is room for;
// and the relationships found whose ends are both kept. Once a hop is cut
// short by the limit, no later hop expands.
// (`reached` is collected in the same aggregation as `found`: a DISTINCT in a
// subquery would hash the lists it imports once per row.)
CALL (frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f
  MATCH (:Entity {id: f})-[r:{{relationshipTypes}}]-(n:Entity)
  RETURN collect(DISTINCT r) AS found, collect(DISTINCT n.id) AS reached
}
WITH kept, distances, edges, truncated, level + 1 AS level, found,
     COLLECT { UNWIND reached AS id WITH id WHERE NOT id IN kept RETURN id ORDER BY id } AS next
WITH kept, distances, edges, truncated, level, found, next, $limit - size(kept) AS room
WITH kept + next[..room] AS kept, distances + [n IN next[..room] | level] AS distances, next[..room] AS frontier,
     truncated OR size(next) > room AS truncated, level, found, edges
WITH kept, distances, frontier, truncated, level,
     edges + [r IN found WHERE startNode(r).id IN kept AND endNode(r).id IN kept] AS edges
