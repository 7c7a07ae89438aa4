// A neighbourhood in one statement: this centre (an id merged away is followed
// to its survivor), then one neighbourhood_level per hop of depth, then
// neighbourhood_graph. `kept` holds the nodes nearest first, then by id, and
// `distances` their hops from the centre, in the same order.
OPTIONAL MATCH (x:Redirect {id: $id})
MATCH (c:Entity {id: coalesce(x.target, $id)})
WITH [c] AS kept, [0] AS distances, [c] AS frontier, false AS truncated, 0 AS level, [] AS edges
