// The end of a neighbourhood (see neighbourhood_centre): the kept nodes (what a
// drawing needs of them) with their hops from the centre, and each relationship kept once.
CALL (edges) {
  UNWIND edges AS r
  RETURN collect(DISTINCT r) AS once
}
RETURN truncated, kept, distances,
  COLLECT { UNWIND kept AS id MATCH (n:Entity {id: id}) RETURN n {.id, .kind, .name} } AS nodes,
  [r IN once | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}] AS edges
