// The end of a neighbourhood (see neighbourhood_centre): the kept nodes, in
// their order, with what a drawing needs of them and their hops from the
// centre, and each relationship kept once. The node list carries the order
// and the hops itself: `kept` and `distances` would send every id twice. An edge's
// other properties come only when $edgeProperties: a drawing of ids and types needs none.
CALL (edges) {
  UNWIND edges AS r
  RETURN collect(DISTINCT r) AS once
}
RETURN truncated,
  COLLECT {
    UNWIND range(0, size(kept) - 1) AS i
    MATCH (n:Entity {id: kept[i]})
    RETURN n {.id, .kind, .name, distance: distances[i]} ORDER BY i
  } AS nodes,
  [r IN once | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: CASE WHEN $edgeProperties THEN properties(r) ELSE {id: r.id} END}] AS edges
