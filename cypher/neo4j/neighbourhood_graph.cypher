// The end of a neighbourhood (see neighbourhood_centre): the kept nodes, in
// their order, with what a drawing needs of them and their hops from the
// centre, and each relationship kept once (one between two frontier nodes is
// found from both). An edge's other properties come only when $edgeProperties:
// a drawing of ids and types needs none.
CALL (edges) {
  UNWIND edges AS r
  RETURN collect(DISTINCT r) AS once
}
RETURN truncated,
  [i IN range(0, size(kept) - 1) | {id: kept[i].id, kind: kept[i].kind, name: kept[i].name, distance: distances[i]}] AS nodes,
  [r IN once | {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: CASE WHEN $edgeProperties THEN properties(r) ELSE {id: r.id} END}] AS edges
