// One hop of a neighbourhood (see neighbourhood_centre): the frontier's
// relationships; the ends not yet kept, by id, as many as there is room for;
// and the relationships found whose ends are both kept. Once a hop is cut
// short by the limit, no later hop expands.
CALL (frontier, truncated) {
  UNWIND CASE WHEN truncated THEN [] ELSE frontier END AS f
  MATCH (:Entity {id: f})-[r:{{relationshipTypes}}]-(:Entity)
  RETURN collect(DISTINCT r) AS found
}
WITH kept, distances, edges, truncated, level + 1 AS level, found, COLLECT {
  UNWIND found AS r
  UNWIND [startNode(r).id, endNode(r).id] AS end
  WITH DISTINCT end WHERE NOT end IN kept
  RETURN end ORDER BY end
} AS next
WITH kept, distances, edges, truncated, level, found, next, $limit - size(kept) AS room
WITH kept + next[..room] AS kept, distances + [n IN next[..room] | level] AS distances, next[..room] AS frontier,
     truncated OR size(next) > room AS truncated, level, found, edges
WITH kept, distances, frontier, truncated, level,
     edges + [r IN found WHERE startNode(r).id IN kept AND endNode(r).id IN kept] AS edges
